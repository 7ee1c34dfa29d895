import { describe, expect, it } from 'vitest';
import { GROUPS_CONSENT_VERSION, InitiativeRequestSchema, PoolEntryRequestSchema } from '../../worker/api/groups';
import { catalogueV1 } from '../../worker/questionnaire/v1';
import type { Answers } from '../api/shapes';
import {
  freshPoolDraft,
  GROUPS_TEXT_VERSION,
  groupProblemsOf,
  INITIATIVE_FIELDS,
  initiativeBody,
  initiativeDraftFrom,
  initiativeProfile,
  POOL_FIELDS,
  POOL_TEXT_MAX,
  poolBody,
  validateInitiative,
  validatePool,
  withoutSensitive,
  type InitiativeDraft,
} from './groups';

const answers: Answers = {
  'who.seekerType': { value: 'household' },
  'who.adults': { value: 2 },
  'who.children': { value: 1 },
  'who.ageBands': { value: ['30-44'], importance: 1 },
  'where.settlement': { value: ['village'], importance: 2 },
  'where.timeline': { value: '1to3y', importance: 1 },
  'money.legalForms': { value: ['cooperative', 'syndicate'], importance: 2 },
  'money.equity': { value: '10k-50k' },
  'community.meals': { value: 'weekly', importance: 2 },
  'community.decisions': { value: 'consensus', importance: 3 },
  'needs.barrierFree': { value: true, importance: 3 },
  'needs.atmosphere': { value: 'quiet', importance: 1 },
};
const context = { key: 'pk_demo_goerlitz', catalogue: catalogueV1, answers, locale: 'de' as const, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX' };

const filled = (changes: Partial<InitiativeDraft> = {}): InitiativeDraft => ({
  ...initiativeDraftFrom(answers),
  name: 'Hofgemeinschaft am Bach',
  text: 'Drei Haushalte suchen einen Hof.',
  openPlaces: '2',
  founderName: 'Jonas Beispiel',
  founderEmail: 'jonas@example.org',
  consent: true,
  ...changes,
});

describe('the groups forms', () => {
  it('send the consent text version the server expects', () => {
    expect(GROUPS_TEXT_VERSION).toBe(GROUPS_CONSENT_VERSION);
  });

  it('join the pool only with name, a valid address, a short text and the consent', () => {
    expect(validatePool(freshPoolDraft())).toEqual(
      new Map([
        ['name', 'required'],
        ['email', 'required'],
        ['text', 'required'],
        ['consent', 'consent'],
      ]),
    );
    const ok = { name: 'Erika', email: 'erika@example.org', text: 'Wir kochen gern.', consent: true };
    expect(validatePool(ok).size).toBe(0);
    expect(validatePool({ ...ok, email: 'erika@' }).get('email')).toBe('email');
    expect(validatePool({ ...ok, text: 'x'.repeat(POOL_TEXT_MAX + 1) }).get('text')).toBe('tooLong');
    expect(validatePool({ ...ok, text: `  ${'x'.repeat(POOL_TEXT_MAX)}  ` }).size).toBe(0);
  });

  it('build a pool entry the API accepts, without health-related answers', () => {
    const body = poolBody({ name: ' Erika ', email: 'erika@example.org ', text: ' Wir kochen gern. ', consent: true }, context);
    expect(PoolEntryRequestSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ name: 'Erika', email: 'erika@example.org', text: 'Wir kochen gern.', consent: { pool: true, textVersion: GROUPS_CONSENT_VERSION } });
    expect(Object.keys(body.answers)).not.toContain('needs.barrierFree');
    expect(Object.keys(body.answers)).toContain('needs.atmosphere');
  });

  it('fill a new initiative from the founder’s answers where the questionnaire asked the same', () => {
    expect(initiativeDraftFrom(answers)).toMatchObject({
      households: '1', adults: '2', children: '1', ageBands: ['30-44'], settlements: ['village'], timeline: '1to3y',
      legalForms: ['cooperative', 'syndicate'], equityBand: '10k-50k', openPlaces: '', consent: false,
    });
    const group = initiativeDraftFrom({ 'who.seekerType': { value: 'group' }, 'who.households': { value: 4 }, 'who.adults': { value: 7 }, 'who.children': { value: 0 } });
    expect(group).toMatchObject({ households: '4', adults: '7', children: '0', timeline: 'unknown', equityBand: 'unknown' });
    expect(initiativeDraftFrom({})).toMatchObject({ households: '1', adults: '', children: '0' });
  });

  it('take the initiative’s profile from the community step only', () => {
    expect(initiativeProfile(catalogueV1, answers)).toEqual({
      'community.meals': { value: 'weekly', importance: 2 },
      'community.decisions': { value: 'consensus', importance: 3 },
    });
    expect(withoutSensitive(catalogueV1, answers)['needs.barrierFree']).toBeUndefined();
  });

  it('check an initiative as the API would: names, numbers, at least one adult per household, budget order', () => {
    expect(validateInitiative(filled()).size).toBe(0);
    expect(validateInitiative(initiativeDraftFrom({}))).toEqual(
      new Map([
        ['name', 'required'],
        ['text', 'required'],
        ['adults', 'required'],
        ['openPlaces', 'required'],
        ['founderName', 'required'],
        ['founderEmail', 'required'],
        ['consent', 'consent'],
      ]),
    );
    expect(validateInitiative(filled({ name: 'Ab' })).get('name')).toBe('tooShort');
    expect(validateInitiative(filled({ households: '3', adults: '2' })).get('adults')).toBe('adults');
    expect(validateInitiative(filled({ households: '61' })).get('households')).toBe('number');
    expect(validateInitiative(filled({ children: '-1' })).get('children')).toBe('number');
    expect(validateInitiative(filled({ openPlaces: '2,5' })).get('openPlaces')).toBe('number');
    expect(validateInitiative(filled({ budgetMinBand: '800-1099', budgetMaxBand: '500-799' })).get('budgetMaxBand')).toBe('budgetOrder');
    expect(validateInitiative(filled({ budgetMinBand: '500-799', budgetMaxBand: '800-1099' })).size).toBe(0);
    expect(validateInitiative(filled({ area: 'x'.repeat(121) })).get('area')).toBe('tooLong');
  });

  it('build an initiative the API accepts from every draft that passes the checks', () => {
    const drafts = [
      filled(),
      filled({ propertyKinds: ['farmstead', 'plot'], area: ' Oberlausitz ', budgetMinBand: '500-799', budgetMaxBand: '1100-1499', ageBands: ['u30', '65+'] }),
      filled({ households: '60', adults: '200', children: '200', openPlaces: '0', timeline: 'unknown', settlements: [], legalForms: [] }),
    ];
    for (const d of drafts) {
      expect(validateInitiative(d).size).toBe(0);
      const parsed = InitiativeRequestSchema.safeParse(initiativeBody(d, context));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    const body = initiativeBody(drafts[1]!, context);
    expect(body.seeking).toEqual({ propertyKinds: ['farmstead', 'plot'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative', 'syndicate'], area: 'Oberlausitz' });
    expect(body.households).toMatchObject({ households: 1, adults: 2, children: 1, budgetMinBand: '500-799', budgetMaxBand: '1100-1499' });
    expect(body.profile).toEqual(initiativeProfile(catalogueV1, answers));
    expect(body.founder.answers['needs.barrierFree']).toBeUndefined();
    expect(initiativeBody(filled({ area: '  ' }), context).seeking.area).toBeNull();
  });

  it('show the API’s refusals at their fields, other failures not', () => {
    const refusal = (fields: string[], code = 'validation_failed', status = 400) => ({ code, status, fieldErrors: fields.map((field) => ({ field, message: 'Invalid' })) });
    expect(groupProblemsOf(refusal(['households.adults', 'founder.email', 'seeking.area', 'consent.listed']), INITIATIVE_FIELDS)).toEqual(
      new Map([
        ['adults', 'server'],
        ['founderEmail', 'email'],
        ['area', 'server'],
        ['consent', 'consent'],
      ]),
    );
    expect(groupProblemsOf(refusal(['email', 'consent.textVersion']), POOL_FIELDS)).toEqual(
      new Map([
        ['email', 'email'],
        ['consent', 'consent'],
      ]),
    );
    expect(groupProblemsOf(refusal([], 'turnstile_failed', 403), POOL_FIELDS)).toEqual(new Map([['turnstile', 'turnstile']]));
    expect(groupProblemsOf(refusal(['answers.who.adults']), POOL_FIELDS)).toBeUndefined();
    expect(groupProblemsOf(refusal(['email'], 'http_500', 500), POOL_FIELDS)).toBeUndefined();
  });
});
