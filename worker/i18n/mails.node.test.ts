/**
 * Every mail builder speaks both languages: called with the same sample data in German and in
 * English, each gives a non-empty subject and text, and the two subjects differ. A new `…Mail`
 * builder in one of these modules must be added here (the last test fails until it is).
 */
import { describe, expect, it } from 'vitest';
import * as authMails from '../auth/mails';
import * as contactMails from '../contact/mails';
import * as unanswered from '../conversation/unanswered';
import * as curationMails from '../curation/mails';
import type { Listing } from '../db/schema';
import * as digest from '../digest/run';
import type { Env } from '../env';
import * as freshness from '../listings/freshness';
import * as groupMails from '../groups/mails';
import type { Mail } from '../mail/mailer';
import type { MatchResult } from '../matching/types';
import * as notify from '../properties/notify';
import * as alerts from '../saved-searches/alerts';
import * as savedSearchMails from '../saved-searches/mails';
import { LOCALES, type Locale } from '.';

const MODULES = { groupMails, alerts, authMails, contactMails, curationMails, digest, freshness, notify, savedSearchMails, unanswered };

const env = { AUTH_SECRET: 'test-only-secret-0123456789abcdef0123456789', ENVIRONMENT: 'development' } as Env;
const listing = { id: 'lst_1', title: 'Alte Schule', postcode: '02829', place: 'Markersdorf', summary: 'Ein Schulhaus mit Garten.', website: null } as Listing;
const match = {
  score: 82, seekerFit: 80, projectFit: 85, distanceKm: 4,
  reasons: [{ questionId: 'money.maxMonthlyCost', code: 'cost.within_budget', params: { cost: 650, budget: 900 } }], watchOuts: [],
} as unknown as MatchResult;
const period = { from: Date.UTC(2026, 0, 5), to: Date.UTC(2026, 0, 12) };
const digestContent = {
  region: { questionnaires: { kind: 'value', n: 12 }, topHouseholds: [{ key: 'couple', n: 7 }], topBudgets: [{ key: '800-1099', n: 6 }], regionRequests: { kind: 'small' } },
  pendingProviders: [{ id: 'org_p', name: 'Wohnprojekt Neiße' }],
  requests: [{ listingId: 'lst_1', title: 'Alte Schule', n: 2 }],
  confirmSoon: [{ listingId: 'lst_2', title: 'Mühle', pauseAt: Date.UTC(2026, 3, 1) }],
} as const;

/** Each builder with sample input, in a locale. */
const BUILDERS: Record<string, (locale: Locale) => Mail | Promise<Mail>> = {
  seekerConfirmationMail: (locale) =>
    contactMails.seekerConfirmationMail({ to: 'erika@example.org', locale, name: 'Erika', listingTitle: 'Alte Schule', score: 82, reasons: ['Passt'], manageUrl: 'https://bt.example/manage/t' }),
  newRequestMail: (locale) =>
    contactMails.newRequestMail({ to: 'kontakt@projekt.example', locale, seekerName: 'Erika', replyTo: 'reply+abc@reply.bt.example', listingTitle: 'Alte Schule', score: 82, inboxUrl: 'https://bt.example/admin/inbox/1' }),
  messageMail: (locale) =>
    contactMails.messageMail({ to: 'erika@example.org', locale, seekerName: 'Erika', author: 'Jonas', organization: 'Wohnprojekt Neiße', listingTitle: 'Alte Schule', message: 'Gern!', manageUrl: 'https://bt.example/manage/t', replyTo: 'reply+abc@reply.bt.example' }),
  answerMail: (locale) =>
    contactMails.answerMail({ to: 'kontakt@projekt.example', locale, seekerName: 'Erika', listingTitle: 'Alte Schule', message: 'Samstag passt.', inboxUrl: 'https://bt.example/admin/inbox/1' }),
  attachmentRefusedMail: (locale) => contactMails.attachmentRefusedMail({ to: 'erika@example.org', locale, subject: 'Re: Alte Schule', link: 'https://bt.example/manage' }),
  withdrawnMail: (locale) => contactMails.withdrawnMail({ to: 'kontakt@projekt.example', locale, seekerName: 'Erika', listingTitle: 'Alte Schule' }),
  magicLinkMail: (locale) => authMails.magicLinkMail('erika@example.org', 'https://bt.example/verify', locale),
  invitationMail: (locale) => authMails.invitationMail('erika@example.org', 'Wohnprojekt Neiße', 'Jonas', 'editor', 'https://bt.example/admin/invitations/1', locale),
  decisionMail: (locale) => curationMails.decisionMail({ email: 'kontakt@projekt.example', locale }, 'Landkreis Görlitz', 'approved', 'Willkommen', 'https://bt.example/admin/visibility'),
  savedSearchConfirmationMail: (locale) => savedSearchMails.savedSearchConfirmationMail({ to: 'erika@example.org', locale, confirmUrl: 'https://bt.example/c', manageUrl: 'https://bt.example/m' }),
  freshnessMail: (locale) => freshness.freshnessMail('reminder', { email: 'team@projekt.example', locale }, 'Alte Schule', 'https://bt.example/admin/listings/lst_1'),
  reminderMail: (locale) => unanswered.reminderMail({ email: 'team@projekt.example', locale }, { days: 3, seeker: 'Erika', listing: 'Alte Schule', inboxUrl: 'https://bt.example/admin/inbox/1' }),
  warningMail: (locale) =>
    unanswered.warningMail({ email: 'team@projekt.example', locale }, { listing: 'Alte Schule', waiting: 2, pauseAt: Date.UTC(2026, 3, 1), inboxUrl: 'https://bt.example/admin/inbox?listing=lst_1' }),
  unansweredPausedMail: (locale) =>
    unanswered.unansweredPausedMail({ email: 'team@projekt.example', locale }, { listing: 'Alte Schule', inboxUrl: 'https://bt.example/admin/inbox', listingUrl: 'https://bt.example/admin/listings/lst_1' }),
  seekerUnansweredMail: (locale) =>
    unanswered.seekerUnansweredMail({
      to: 'erika@example.org', locale, name: 'Erika', listing: 'Alte Schule', organization: 'Wohnprojekt Neiße',
      similar: [{ title: 'Mühle', place: 'Zittau', url: 'https://bt.example/listings/lst_2/muehle' }, { title: 'Hof', place: 'Oybin', url: 'https://bt.example/listings/lst_3/hof' }], site: 'https://gemeinde.example',
    }),
  notificationMail: (locale) =>
    notify.notificationMail(env, 'https://bt.example', listing, { savedSearchId: 'ss_1', email: 'erika@example.org', locale, embed: { allowedOrigins: ['https://gemeinde.example'] } as notify.Fitting['embed'], match }),
  alertMail: (locale) =>
    alerts.alertMail(env, 'https://bt.example', { savedSearchId: 'ss_1', email: 'erika@example.org', locale }, [
      { listing: { ...listing, kind: 'project' }, match },
      { listing: { ...listing, id: 'lst_2', kind: 'property', title: 'Mühle' }, match },
    ]),
  poolConfirmationMail: (locale) => groupMails.poolConfirmationMail({ to: 'erika@example.org', locale, confirmUrl: 'https://bt.example/c', manageUrl: 'https://bt.example/m' }),
  initiativeConfirmationMail: (locale) => groupMails.initiativeConfirmationMail({ to: 'jonas@example.org', locale, name: 'Hofgemeinschaft', confirmUrl: 'https://bt.example/c', manageUrl: 'https://bt.example/m' }),
  cofounderMail: (locale) => groupMails.cofounderMail({ to: 'mira@example.org', locale, name: 'Hofgemeinschaft', confirmUrl: 'https://bt.example/c', manageUrl: 'https://bt.example/m' }),
  interestMail: (locale) => groupMails.interestMail({ to: 'erika@example.org', locale, from: groupMails.partyLabel(locale, { kind: 'initiative', name: 'Hofgemeinschaft' }), message: 'Hallo!', manageUrl: 'https://bt.example/m' }),
  connectedMail: (locale) => groupMails.connectedMail({ to: 'erika@example.org', locale, other: groupMails.partyLabel(locale, { kind: 'pool' }), contacts: [{ name: 'Jonas', email: 'jonas@example.org' }], manageUrl: 'https://bt.example/m' }),
  organizationInitiativeMail: (locale) => groupMails.organizationInitiativeMail({ to: 'team@genossenschaft.example', locale, name: 'Hofgemeinschaft', manageUrl: 'https://bt.example/m' }),
  reportMail: (locale) => groupMails.reportMail({ to: 'wohnen@landkreis.example', locale, reported: 'Ein Haushalt (Pool): „Billige Kredite“', reason: 'spam', note: 'Werbung', replyTo: 'ops@bt.example', reportsUrl: 'https://bt.example/admin/reports' }),
  poolReminderMail: (locale) => groupMails.poolReminderMail({ to: 'erika@example.org', locale, expiresAt: Date.UTC(2026, 3, 1), renewUrl: 'https://bt.example/r', manageUrl: 'https://bt.example/m' }),
  digestMail: (locale) =>
    digest.digestMail('team@projekt.example', locale, { id: 'org_m', name: 'Landkreis Görlitz', kind: 'municipality', regionDistrictKeys: ['14626'], regionPostcodes: [] }, period, digestContent as unknown as Parameters<typeof digest.digestMail>[4], 'https://bt.example'),
};

describe('mails in both languages', () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    it(`${name} has a German and a different English subject`, async () => {
      const [de, en] = await Promise.all(LOCALES.map(build));
      for (const mail of [de!, en!]) {
        expect(mail.subject.trim()).not.toBe('');
        expect(mail.text.trim()).not.toBe('');
      }
      expect(de!.subject).not.toBe(en!.subject);
      expect(de!.text).not.toBe(en!.text);
    });
  }

  it('covers every mail builder of the mail modules', () => {
    const exported = Object.values(MODULES).flatMap((m) => Object.entries(m).filter(([k, v]) => typeof v === 'function' && k.endsWith('Mail')).map(([k]) => k));
    expect(exported.sort()).toEqual(Object.keys(BUILDERS).sort());
  });
});
