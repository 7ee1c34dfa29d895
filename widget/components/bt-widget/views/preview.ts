/**
 * The contact form's preview: exactly what the project will see (the API's contact snapshot):
 * name, email, message, household summary, score and reasons, and the shared answers —
 * health-related answers and reasons about them only with `shareNeeds`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Answers, Catalogue, Locale, Reason as LocalizedReason } from '../../../api/shapes';
import type { ContactTexts } from '../../../locales/contact';
import type { CoreTexts } from '../../../locales/core';
import { formatNumber } from '../../../locales/format';
import type { ResultsTexts } from '../../../locales/results';
import { hasSensitiveAnswers, sharedAnswerTexts, sharedReasons } from '../../../state/contact';
import type { ContactDraft } from '../../../state/forms';

export interface PreviewContext {
  t: ContactTexts & { card: ResultsTexts['card']; question: CoreTexts['question'] };
  locale: Locale;
  catalogue: Catalogue;
  answers: Answers;
  group: boolean;
  draft: ContactDraft;
  score: { score: number; reasons: LocalizedReason[]; watchOuts: LocalizedReason[] } | null;
}

export function optionText(catalogue: Catalogue, id: string, value: unknown, locale: Locale): string {
  const q = catalogue.questions.find((x) => x.id === id);
  const one = (v: unknown) => q?.options?.find((o) => o.value === v)?.label[locale] ?? String(v);
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

/** "Ein Haushalt · 2 Erwachsene, 1 Kind" */
export function householdText(ctx: PreviewContext): string {
  const { t, answers, catalogue, locale } = ctx;
  const num = (id: string) => (typeof answers[id]?.value === 'number' ? (answers[id]!.value as number) : null);
  const parts: string[] = [];
  const type = answers['who.seekerType']?.value;
  if (type !== undefined) parts.push(optionText(catalogue, 'who.seekerType', type, locale));
  const people: string[] = [];
  const households = num('who.households');
  const adults = num('who.adults');
  const children = num('who.children');
  if (households !== null) people.push(t.contact.households(households));
  if (adults !== null) people.push(t.contact.adults(adults));
  if (children !== null) people.push(t.contact.children(children));
  if (people.length) parts.push(people.join(', '));
  return parts.join(' · ');
}

export function renderPreview(ctx: PreviewContext): TemplateResult {
  const { t, answers, catalogue, locale, draft, score } = ctx;
  const shareNeeds = draft.shareNeeds;
  const ages = answers['who.ageBands']?.value;
  const pets = answers['who.pets']?.value;
  const reasons = score ? sharedReasons(catalogue, score.reasons, shareNeeds) : [];
  const watchOuts = score ? sharedReasons(catalogue, score.watchOuts, shareNeeds) : [];
  const shared = sharedAnswerTexts(catalogue, answers, shareNeeds, locale, { yes: t.question.yes, no: t.question.no }, (n) => formatNumber(locale, n));
  const dash = '–';
  return html`
    <section class="preview" aria-labelledby="preview-heading" part="contact-preview">
      <h3 id="preview-heading">${ctx.group ? t.contact.previewTitleGroup : t.contact.previewTitle}</h3>
      <p class="hint">${t.contact.previewIntro}</p>
      <dl class="preview-list">
        <div><dt>${t.contact.name}</dt><dd>${draft.name.trim() || dash}</dd></div>
        <div><dt>${t.contact.email}</dt><dd>${draft.email.trim() || dash}</dd></div>
        <div><dt>${t.contact.message}</dt><dd class="message">${draft.message.trim() || dash}</dd></div>
        <div><dt>${ctx.group ? t.contact.group : t.contact.household}</dt><dd>${householdText(ctx) || dash}</dd></div>
        ${Array.isArray(ages) && ages.length
          ? html`<div><dt>${t.contact.ages}</dt><dd>${optionText(catalogue, 'who.ageBands', ages, locale)}</dd></div>`
          : nothing}
        ${typeof pets === 'string' ? html`<div><dt>${t.contact.pets}</dt><dd>${optionText(catalogue, 'who.pets', pets, locale)}</dd></div>` : nothing}
        <div>
          <dt>${t.contact.score}</dt>
          <dd>${score ? t.contact.scoreValue(score.score, t.card.scoreBand(score.score)) : dash}</dd>
        </div>
      </dl>
      ${reasons.length
        ? html`<h4>${t.card.reasons}</h4>
            <ul class="preview-reasons">${reasons.map((r) => html`<li>${r.text}</li>`)}</ul>`
        : nothing}
      ${watchOuts.length
        ? html`<h4>${t.card.watchOuts}</h4>
            <ul class="preview-reasons">${watchOuts.map((r) => html`<li>${r.text}</li>`)}</ul>`
        : nothing}
      ${hasSensitiveAnswers(catalogue, answers) ? html`<p class="needs-note"><strong>${shareNeeds ? t.contact.needsShared : t.contact.needsHidden}</strong></p>` : nothing}
      <details class="shared-answers">
        <summary>${t.contact.answers(shared.length)}</summary>
        <dl class="preview-list">
          ${shared.map((a) => html`<div data-question=${a.id}><dt>${a.label}</dt><dd>${a.value}</dd></div>`)}
        </dl>
      </details>
    </section>
  `;
}
