import { describe, expect, it } from 'vitest';
import { catalogueV1 } from '../../worker/questionnaire/v1';
import type { Catalogue, Question } from '../api/shapes';
import { questionIdOfField } from './journey-search';
import { applyChange, emptyProgress, hasAnswers, isVisible, parseText, recheck, seeksAsGroup, validateStep, visibleSteps, type Progress } from './questionnaire';
import { sanitizeProgress } from './resume';
import { requestAnswers } from './request-answers';

const catalogue: Catalogue = catalogueV1;
const question = (id: string): Question => catalogue.questions.find((q) => q.id === id)!;
const progress = (p: Partial<Progress>): Progress => ({ ...emptyProgress(), ...p });

describe('which questions a seeker sees', () => {
  it('hides project-only questions and those for the other kind of seeker', () => {
    const household = progress({ values: { 'who.seekerType': 'household' } });
    const group = progress({ values: { 'who.seekerType': 'group' } });
    expect(isVisible(question('who.householdType'), group)).toBe(false);
    expect(isVisible(question('who.households'), household)).toBe(false);
    expect(isVisible(question('who.households'), group)).toBe(true);
    expect(isVisible(question('who.adults'), household)).toBe(true);
  });

  it('leaves out a step without a question for this seeker', () => {
    const projectOnly: Catalogue = {
      ...catalogue,
      steps: [...catalogue.steps, { id: 'extra', title: { de: 'X', en: 'X' }, intro: { de: 'X', en: 'X' } }],
      questions: [...catalogue.questions, { ...question('who.householdType'), id: 'extra.q', step: 'extra' }],
    };
    expect(visibleSteps(projectOnly, emptyProgress()).map((s) => s.id)).toEqual(['who', 'where', 'home', 'community', 'needs']);
  });
});

describe('parsing what was typed', () => {
  const adults = question('who.adults');
  const cost = question('money.maxMonthlyCost');
  const postcode = question('where.postcode');

  it('reads numbers with thousands separators and a euro sign', () => {
    expect(parseText(cost, '1.200')).toEqual({ value: 1200 });
    expect(parseText(cost, '1 200 €')).toEqual({ value: 1200 });
    expect(parseText(cost, '850€')).toEqual({ value: 850 });
  });

  it('names what is wrong with a number', () => {
    expect(parseText(adults, '2,5')).toEqual({ problem: { code: 'integer' } });
    expect(parseText(adults, '0')).toEqual({ problem: { code: 'range', min: 1, max: 60 } });
    expect(parseText(adults, '61')).toEqual({ problem: { code: 'range', min: 1, max: 60 } });
  });

  it('takes a five-digit postcode, spaces removed, and nothing for an empty field', () => {
    expect(parseText(postcode, '0276 3')).toEqual({ value: '02763' });
    expect(parseText(postcode, '2763')).toEqual({ problem: { code: 'postcode' } });
    expect(parseText(postcode, '   ')).toEqual({});
  });
});

describe('validating a step', () => {
  it('asks for the required answers of the step, and only those the seeker sees', () => {
    expect([...validateStep(catalogue, 'who', emptyProgress()).keys()]).toEqual(['who.seekerType', 'who.adults', 'who.children']);
    const group = progress({ values: { 'who.seekerType': 'group' }, texts: { 'who.adults': '4', 'who.children': '0', 'who.households': '1' } });
    expect(validateStep(catalogue, 'who', group)).toEqual(new Map([['who.households', { code: 'range', min: 2, max: 30 }]]));
  });

  it('passes a step with only optional questions left empty', () => {
    expect(validateStep(catalogue, 'community', emptyProgress()).size).toBe(0);
  });
});

describe('the answers sent to the API', () => {
  it('keeps visible, valid answers in catalogue order, with the default importance where weighted', () => {
    const p = progress({
      values: { 'who.pets': 'dog', 'who.seekerType': 'household', 'home.forms': [] },
      texts: { 'who.adults': '2', 'who.children': 'zwei', 'who.households': '3' },
      importance: { 'who.pets': 3 },
    });
    const answers = requestAnswers(catalogue, p);
    expect(Object.keys(answers)).toEqual(['who.seekerType', 'who.adults', 'who.pets']);
    expect(answers).toEqual({
      'who.seekerType': { value: 'household' },
      'who.adults': { value: 2 },
      'who.pets': { value: 'dog', importance: 3 },
    });
    expect(requestAnswers(catalogue, progress({ values: { 'community.meals': question('community.meals').options![0]!.value } }))).toEqual({
      'community.meals': { value: question('community.meals').options![0]!.value, importance: 1 },
    });
  });

  it('finds the question an API field error names (ids contain dots)', () => {
    expect(questionIdOfField(catalogue, 'answers.who.adults.value')).toBe('who.adults');
    expect(questionIdOfField(catalogue, 'answers.money.maxMonthlyCost')).toBe('money.maxMonthlyCost');
    expect(questionIdOfField(catalogue, 'answers.who.unknown')).toBeUndefined();
  });
});

describe('changes and corrections', () => {
  it('applies a change to a new progress and leaves the old one as it was', () => {
    const before = progress({ values: { 'who.pets': 'dog' } });
    const cleared = applyChange(before, { id: 'who.pets', type: 'value', value: undefined });
    const typed = applyChange(cleared, { id: 'who.adults', type: 'text', text: '3' });
    const weighted = applyChange(typed, { id: 'who.pets', type: 'importance', importance: 0 });
    expect(before.values).toEqual({ 'who.pets': 'dog' });
    expect(cleared.values).toEqual({});
    expect(weighted).toEqual({ values: {}, texts: { 'who.adults': '3' }, importance: { 'who.pets': 0 } });
  });

  it('checks a flagged field again as it is corrected, and leaves unflagged ones alone', () => {
    const flagged = new Map([['who.adults', { code: 'required' as const }]]);
    const stillWrong = recheck(catalogue, flagged, 'who.adults', progress({ texts: { 'who.adults': '0' } }));
    expect(stillWrong.get('who.adults')).toEqual({ code: 'range', min: 1, max: 60 });
    expect(recheck(catalogue, flagged, 'who.adults', progress({ texts: { 'who.adults': '2' } })).size).toBe(0);
    const untouched = recheck(catalogue, flagged, 'who.children', emptyProgress());
    expect(untouched).toBe(flagged);
    expect(flagged.get('who.adults')).toEqual({ code: 'required' });
  });
});

describe('a restored progress', () => {
  it('keeps only what fits the catalogue', () => {
    const restored = sanitizeProgress(catalogue, {
      values: { 'who.seekerType': 'alien', 'who.pets': 'dog', 'who.ageBands': ['u30', 'u30', 'x'], 'gone.question': 'x', 'money.wbs': 'yes' as unknown as boolean },
      texts: { 'who.adults': '1'.repeat(40), 'who.pets': 'text for a choice' },
      importance: { 'who.pets': 9 as 1, 'who.ageBands': 2, 'who.adults': 2 },
    });
    expect(restored).toEqual({
      values: { 'who.pets': 'dog', 'who.ageBands': ['u30'] },
      texts: { 'who.adults': '1'.repeat(32) },
      importance: { 'who.ageBands': 2 },
    });
  });

  it('tells answers and the seeker type apart', () => {
    expect(hasAnswers(emptyProgress())).toBe(false);
    expect(hasAnswers(progress({ texts: { 'who.adults': '  ' } }))).toBe(false);
    expect(hasAnswers(progress({ texts: { 'who.adults': '2' } }))).toBe(true);
    expect(seeksAsGroup(progress({ values: { 'who.seekerType': 'group' } }))).toBe(true);
    expect(seeksAsGroup(progress({ values: { 'who.seekerType': 'household' } }))).toBe(false);
  });
});
