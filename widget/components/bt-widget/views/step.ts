/**
 * One questionnaire step: progress, heading, the step's questions (`bring-together-question`),
 * the error summary whose links lead to the fields, back and next.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../../api/shapes';
import { formatNumber } from '../../../locales/format';
import { DEFAULT_IMPORTANCE, isAnswered, questionsForStep, type FieldProblem } from '../../../state/questionnaire';
import { styleProps } from '../../../styles/style-props';
import type { WidgetHost } from '../host';
import { renderIntro } from './intro';

/** A problem in words; the API's own messages are English, so they are shown only in English. */
function problemText(host: WidgetHost, problem: FieldProblem): string {
  const v = host.t.validation;
  const n = (x: number | undefined) => formatNumber(host.locale, x ?? 0);
  switch (problem.code) {
    case 'required':
      return v.required;
    case 'integer':
      return v.integer;
    case 'range':
      return v.range(n(problem.min), n(problem.max));
    case 'postcode':
      return v.postcode;
    case 'unknownPostcode':
      return v.unknownPostcode;
    case 'server':
      return host.locale === 'en' && problem.message ? problem.message : v.server;
  }
}

function renderQuestion(host: WidgetHost, q: Question): TemplateResult {
  const { progress, problems } = host.journey;
  const problem = problems.get(q.id);
  return html`<bring-together-question
    id=${`q-${q.id}`}
    exportparts="question"
    .question=${q}
    .locale=${host.locale}
    .texts=${host.t.question}
    .importanceLabels=${host.catalogue.importance}
    .value=${progress.values[q.id]}
    .text=${progress.texts[q.id] ?? ''}
    .importance=${progress.importance[q.id] ?? DEFAULT_IMPORTANCE}
    .answered=${isAnswered(q, progress)}
    .error=${problem ? problemText(host, problem) : ''}
  ></bring-together-question>`;
}

function renderSummary(host: WidgetHost, questions: Question[]): TemplateResult | typeof nothing {
  const { problems } = host.journey;
  if (!problems.size) return nothing;
  const listed = questions.filter((q) => problems.has(q.id));
  return html`
    <div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${host.t.validation.summaryTitle}</h3>
      <ul>
        ${listed.map(
          (q) => html`<li>
            <a href=${`#q-${q.id}`} @click=${(e: Event) => host.a11y.jumpTo(e, `[id="q-${q.id}"]`)}
              >${q.label?.[host.locale] ?? q.id} – ${problemText(host, problems.get(q.id)!)}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  `;
}

export function renderStep(host: WidgetHost): TemplateResult {
  const { steps, locale, questionnaire } = host;
  const index = Math.min(host.journey.step, steps.length - 1);
  const step = steps[index];
  if (!step) return renderIntro(host);
  const t = host.t.steps;
  // Rendered by position, not keyed (`repeat` would bring its code before the first question): a
  // question element is stateless and renders whichever question it is given.
  const questions = questionsForStep(host.catalogue, step.id, host.journey.progress);
  const percent = ((index + 1) / steps.length) * 100;
  return html`
    <form class="view step" novalidate @submit=${questionnaire.next} @bt-question-change=${questionnaire.change}>
      <div class="progress" part="progress" aria-hidden="true">
        <span class="progress-bar" ${styleProps({ width: `${percent}%` })}></span>
      </div>
      <h2 id="step-heading" class="heading" part="heading" tabindex="-1">
        <span class="caption">${t.progress(index + 1, steps.length)}</span>
        <span class="title">${step.title[locale]}</span>
      </h2>
      <p class="lead">${step.intro[locale]}</p>
      ${renderSummary(host, questions)}
      <div class="questions">
        ${questions.map((q) => renderQuestion(host, q))}
      </div>
      <div class="nav">
        <button type="button" class="button secondary" part="button button-secondary" @click=${questionnaire.back}>${t.back}</button>
        <button type="submit" class="button primary" part="button button-primary">${index === steps.length - 1 ? t.finish : t.next}</button>
      </div>
    </form>
  `;
}
