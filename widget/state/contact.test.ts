import { describe, expect, it } from 'vitest';
import { catalogueV1 } from '../../worker/questionnaire/v1';
import type { Answers, Catalogue, Reason } from '../api/shapes';
import { contactFieldOf, contactProblemsOf, hasSensitiveAnswers, isEmail, sharedAnswerTexts, sharedReasons, validateDraft } from './contact';
import { emptyDraft } from './forms';

const words = { yes: 'ja', no: 'nein' };
const answers: Answers = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.originPostcode': { value: '01067' },
  'who.ageBands': { value: ['u30', '65+'], importance: 1 },
  'money.maxMonthlyCost': { value: 1200, importance: 2 },
  'needs.barrierFree': { value: true, importance: 3 },
};

describe('what the project sees', () => {
  it('never the current postcode, health-related answers only with their consent', () => {
    const hidden = sharedAnswerTexts(catalogueV1, answers, false, 'de', words, String);
    expect(hidden.map((a) => a.id)).toEqual(['who.seekerType', 'who.adults', 'who.ageBands', 'money.maxMonthlyCost']);
    const shared = sharedAnswerTexts(catalogueV1, answers, true, 'de', words, String);
    expect(shared.map((a) => a.id)).toContain('needs.barrierFree');
    expect(shared.find((a) => a.id === 'needs.barrierFree')).toMatchObject({ value: 'ja', sensitive: true });
    expect(shared.map((a) => a.id)).not.toContain('who.originPostcode');
  });

  it('in the seeker’s words: option labels, numbers with their unit', () => {
    const en = sharedAnswerTexts(catalogueV1, answers, false, 'en', words, (n) => `#${n}`);
    expect(en.find((a) => a.id === 'who.ageBands')).toMatchObject({ label: 'Age groups of the adults', value: 'under 30, 65 and over' });
    expect(en.find((a) => a.id === 'money.maxMonthlyCost')?.value).toMatch(/^#1200 \S/);
  });

  it('reasons about health-related answers only with their consent', () => {
    const reasons = [
      { questionId: 'needs.support', code: 'x', text: 'Unterstützung passt' },
      { questionId: 'who.pets', code: 'y', text: 'Hund erlaubt' },
    ] as Reason[];
    expect(sharedReasons(catalogueV1, reasons, false).map((r) => r.text)).toEqual(['Hund erlaubt']);
    expect(sharedReasons(catalogueV1, reasons, true)).toHaveLength(2);
    expect(hasSensitiveAnswers(catalogueV1, answers)).toBe(true);
    expect(hasSensitiveAnswers(catalogueV1, { 'who.adults': { value: 1 } })).toBe(false);
  });

  it('treats as sensitive what the catalogue flags, whichever question it is', () => {
    const petsSensitive: Catalogue = { ...catalogueV1, questions: catalogueV1.questions.map((q) => (q.id === 'who.pets' ? { ...q, sensitive: true } : q)) };
    const withPets: Answers = { ...answers, 'who.pets': { value: 'dog', importance: 1 } };
    expect(sharedAnswerTexts(catalogueV1, withPets, false, 'de', words, String).map((a) => a.id)).toContain('who.pets');
    expect(sharedAnswerTexts(petsSensitive, withPets, false, 'de', words, String).map((a) => a.id)).not.toContain('who.pets');
    expect(hasSensitiveAnswers(petsSensitive, { 'who.pets': { value: 'dog' } })).toBe(true);
  });
});

describe('the contact form', () => {
  it('asks for name, email, message and consent', () => {
    expect(validateDraft(emptyDraft())).toEqual(
      new Map([
        ['name', 'required'],
        ['email', 'required'],
        ['message', 'required'],
        ['consentContact', 'consent'],
      ]),
    );
    const filled = { ...emptyDraft(), name: ' Ada ', email: 'ada@example', message: 'x'.repeat(4001), consentContact: true };
    expect(validateDraft(filled)).toEqual(
      new Map([
        ['email', 'email'],
        ['message', 'tooLong'],
      ]),
    );
    expect(validateDraft(filled, ['name', 'consentContact']).size).toBe(0);
  });

  it('knows an email address when it sees one', () => {
    expect(['ada@example.org', ' a.b@c.de ', 'x@sub.example.co.uk'].every(isEmail)).toBe(true);
    expect(['ada@example', 'a b@c.de', '@c.de', 'ada@.de', 'ada@example..org'].some(isEmail)).toBe(false);
  });

  it('puts the API refusals on its fields, and nothing else', () => {
    expect(contactFieldOf('consent.contact')).toBe('consentContact');
    expect(contactFieldOf('turnstileToken')).toBe('turnstile');
    expect(contactFieldOf('answers.who.adults')).toBeUndefined();
    const refused = contactProblemsOf({
      code: 'validation_failed',
      status: 400,
      fieldErrors: [
        { field: 'email', message: 'Invalid email' },
        { field: 'consent.contact', message: 'Required' },
        { field: 'name', message: 'Too small' },
      ],
    });
    expect(refused).toEqual(
      new Map([
        ['email', 'email'],
        ['consentContact', 'consent'],
        ['name', 'required'],
      ]),
    );
    expect(contactProblemsOf({ code: 'turnstile_failed', status: 403, fieldErrors: [] })).toEqual(new Map([['turnstile', 'turnstile']]));
    expect(contactProblemsOf({ code: 'http_500', status: 500, fieldErrors: [{ field: 'email', message: 'x' }] })).toBeUndefined();
    expect(contactProblemsOf({ code: 'validation_failed', status: 400, fieldErrors: [{ field: 'locale', message: 'x' }] })).toBeUndefined();
  });
});
