/**
 * The way through the questionnaire: intro → steps (back, next, inline validation), "start
 * over", and the intro's other ways ("Browse all", groups). Each step shown fires `bt-step`, moves focus to its heading (or its error summary) and,
 * the first time, sets the `bring-together:first-question` mark `npm run bench` measures.
 */
import { freshJourney } from '../../state/journey';
import { applyChange, recheck, validateStep, type Problems, type QuestionChange } from '../../state/questionnaire';
import type { WidgetHost } from './host';

/** User Timing marks for `npm run bench` (`bring-together:start` is the loader's first statement). */
export const mark = (name: string): void => {
  try {
    performance.mark(`bring-together:${name}`);
  } catch {
    // no User Timing API
  }
};

export class QuestionnaireFlow {
  private firstQuestionMarked = false;

  constructor(private readonly host: WidgetHost) {}

  start = (): void => this.showStep(0);

  back = (): void => {
    const { step } = this.host.journey;
    if (step > 0) return this.showStep(step - 1);
    this.host.patch({ screen: 'intro', problems: new Map() });
    void this.host.a11y.moveTo('#intro-heading');
  };

  /** "Next" (or Enter in a field): the step's problems, else the next step, after the last the results. */
  next = (e: SubmitEvent): void => {
    e.preventDefault();
    const { host } = this;
    const { step: index, progress } = host.journey;
    const step = host.steps[index];
    if (!step) return;
    const problems = validateStep(host.catalogue, step.id, progress);
    if (problems.size) {
      host.patch({ problems });
      void host.a11y.moveTo('#error-summary');
    } else if (index >= host.steps.length - 1) {
      // The search's chunk is usually there already (fetched after the first question); if it cannot
      // be fetched, the results screen says so in its place and offers a retry.
      void host.loadSearch().then(
        (search) => search.submit(true),
        () => host.patch({ screen: 'results' }),
      );
    } else {
      this.showStep(index + 1);
    }
  };

  showStep(index: number, problems: Problems = new Map()): void {
    this.host.requests.abort();
    this.host.patch({ screen: 'step', step: index, problems });
    this.stepShown();
    void this.host.a11y.moveTo(problems.size ? '#error-summary' : '#step-heading');
  }

  /** `bt-step` for the current step, and the first-question mark once. */
  stepShown(): void {
    const { host } = this;
    const index = host.journey.step;
    const step = host.steps[index];
    if (step) host.emit('bt-step', { step: step.id, index, total: host.steps.length });
    if (this.firstQuestionMarked) return;
    this.firstQuestionMarked = true;
    void host.updateComplete.then(() => {
      mark('first-question');
      // The search's chunk, fetched once the first question is on screen, so the last "next" needs no wait.
      requestAnimationFrame(() => setTimeout(() => void host.loadSearch().catch(() => undefined)));
    });
  }

  /** A question changed; a field flagged before is checked again as the seeker corrects it. */
  change = (e: Event): void => {
    const change = (e as CustomEvent<QuestionChange>).detail;
    const { journey, catalogue } = this.host;
    const progress = applyChange(journey.progress, change);
    this.host.patch({ progress, problems: recheck(catalogue, journey.problems, change.id, progress) });
  };

  /** "Browse all" (intro, results): every listing in the embed's scope, no questionnaire needed. */
  browse = (): void => {
    this.host.requests.abort();
    this.host.patch({ screen: 'browse' });
    void this.host.open('browse');
  };

  /** "Find fellow residents / start a group" (intro, results): initiatives that fit, the pool, founding. */
  groups = (): void => {
    this.host.requests.abort();
    this.host.patch({ screen: 'groups' });
    void this.host.open('groups');
  };

  optOut = (e: Event): void => this.host.patch({ statsOptOut: (e.target as HTMLInputElement).checked });

  /** Everything entered and answered goes (storage is emptied by the next save); the intro again. */
  startOver = (): void => {
    const { host } = this;
    host.requests.abort();
    host.journey = freshJourney();
    void host.a11y.moveTo('#intro-heading');
  };
}
