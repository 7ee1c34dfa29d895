/**
 * The way through the questionnaire: intro → steps (back, next, inline validation) and "start
 * over". Each step shown fires `bt-step`, moves focus to its heading (or its error summary) and,
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
      void host.search.submit(true);
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
    void host.updateComplete.then(() => mark('first-question'));
  }

  /** A question changed; a field flagged before is checked again as the seeker corrects it. */
  change = (e: Event): void => {
    const change = (e as CustomEvent<QuestionChange>).detail;
    const { journey, catalogue } = this.host;
    const progress = applyChange(journey.progress, change);
    this.host.patch({ progress, problems: recheck(catalogue, journey.problems, change.id, progress) });
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
