/**
 * Bad-input suite for the hosted admin's write routes (the harness; test/worker/admin-bad-input-*.test.ts run it in shards) (form posts under /admin), the sibling of
 * bad-input.test.ts for the public API. Requests are generated: the listing form's fields come from
 * the form module (worker/admin/listings/form.ts: its raw form, unit types and the project's
 * questionnaire), the smaller forms from the field names their zod checks read. Every field is sent
 * missing, duplicated, as `field[]` and with every bad value (the listing form's choices and the
 * questionnaire with a representative subset); every route also gets broken bodies, wrong content
 * types, missing/forged CSRF tokens, foreign origins, wrong methods, odd path ids and another
 * organization's ids. Members are signed in through the real magic link (test/admin/helpers.ts);
 * writes are rate-limited per member, so each role has a pool of members.
 *
 * What must hold, request by request (they run one after another, so each is checked on its own):
 * - never a 5xx; only 303 (accepted, or sent to sign-in), 200 (sign-in mail sent) or a 4xx of
 *   400/403/404/405/413/415/422/429;
 * - every 4xx is an HTML page (but 405 for PUT/DELETE/PATCH, the app-wide problem+json); a 422
 *   names the offending field in its error summary, and every link of the summary has a target;
 * - a refused request writes nothing (row counts of every table and a fingerprint of the mutable
 *   columns are unchanged); an accepted one writes exactly what its route writes (counts);
 * - at the end, the database holds exactly the snapshot plus the accepted writes, and the other
 *   organization's rows are byte for byte what they were.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldId } from '../../worker/admin/ui/form';
import { emptyRaw, projectQuestions, UNIT_TYPES } from '../../worker/admin/listings/form';
import { database } from '../../worker/db/client';
import { initiativePropertyInterests, initiatives, listings, organizations, regionApprovals } from '../../worker/db/schema';
import { ADMIN, addMember, baseListing, setupWorld, signIn, type Client, type World } from './helpers';

type Who = 'editor' | 'owner' | 'viewer' | 'newcomer' | 'anon' | 'ownerB';
type Pairs = [string, string][];
type Body =
  | { kind: 'form'; pairs: Pairs | (() => Promise<Pairs>) }
  | { kind: 'multipart'; parts: [string, string | File][] }
  | { kind: 'raw'; type: string | null; data: string | ((token: string) => Uint8Array) };

interface Case {
  label: string;
  route: string;
  who: Who;
  method?: string;
  path: string;
  body: Body;
  /** valid: the client's token; none; wrong; foreign: another session's; twice: valid and forged. */
  csrf?: 'valid' | 'none' | 'wrong' | 'foreign' | 'twice';
  origin?: 'same' | 'none' | 'foreign' | 'null';
  /** The form field this case spoils (for the "422 names the field" check). */
  field?: string;
}

/** Percent-encoding that keeps lone surrogates as raw (invalid UTF-8) bytes, as a broken client would. */
const enc = (v: string): string => {
  let out = '';
  for (const ch of v) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out += `%${(0xe0 | (cp >> 12)).toString(16)}%${(0x80 | ((cp >> 6) & 63)).toString(16)}%${(0x80 | (cp & 63)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(ch);
  }
  return out;
};

const MB = 'x'.repeat(1024 * 1024);

/** Values that are wrong for almost any form field (forms only carry strings). */
const BAD: { label: string; value: string }[] = [
  { label: 'empty', value: '' },
  { label: 'whitespace', value: ' \t\r\n' },
  { label: 'negative', value: '-1' },
  { label: 'huge', value: '99999999999999999999999' },
  { label: 'exp', value: '1e308' },
  { label: 'fraction', value: '1.5' },
  { label: 'hex', value: '0x1F' },
  { label: 'nan', value: 'NaN' },
  { label: 'fullwidth-digits', value: '０２７６３' },
  { label: 'nul', value: 'a\u0000b' },
  { label: 'lone-surrogate', value: '\uD800abc\uDFFF' },
  { label: 'rtl-override', value: '\u202Egpj.exe\u202C' },
  { label: 'combining', value: `Z${'\u0301\u0308\u0327'.repeat(200)}` },
  { label: 'zero-width', value: '\u200B\u200C\u200D\uFEFF' },
  { label: 'emoji', value: '🏠'.repeat(300) },
  { label: 'sql', value: "'; DROP TABLE listings; --" },
  { label: 'sql-or', value: '" OR 1=1 --' },
  { label: 'html', value: '<script>alert(1)</script>' },
  { label: 'html-attr', value: '"><img src=x onerror=alert(1)>' },
  { label: 'bool', value: 'true' },
  { label: 'json', value: '{"$gt":""}' },
  { label: 'proto', value: '__proto__' },
  { label: 'crlf', value: 'a\r\nSet-Cookie: x=1' },
  { label: '1mb', value: MB },
];
/**
 * The listing form is the slowest route (a large page per answer): its typed fields get every bad
 * value, its choices, numbers and checkboxes a subset plus the values that matter for them.
 */
const LISTING_FREE_TEXT = new Set(['title', 'summary', 'description', 'postcode', 'contactEmail', 'website', 'unitsTotal', 'costMin']);
const LISTING_CHOICE_EXTRA = new Set(['empty', 'negative', 'fraction', 'fullwidth-digits', 'rtl-override', 'sql', 'proto']);
const BAD_SUBSET = new Set(['huge', 'lone-surrogate', 'html', '1mb']);

/** Odd path ids (already URL-encoded), and the other organization's ids are added per route. */
const BAD_IDS = ['%20', 'a'.repeat(4096), '%00', '%ED%A0%80', '%E2%80%AE', '..%2F..%2Fetc', encodeURIComponent("' OR 1=1 --"), encodeURIComponent('<b>x</b>'), '-1', '1e308'];

const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The valid listing form: the form module's own defaults plus what a person must type. */
function validListing(): Pairs {
  const raw = { ...emptyRaw(), title: 'Hof am Bach', summary: 'Vier Wohnungen und ein gemeinsamer Garten.', description: 'Alt, aber gut.', postcode: '02763', unitsTotal: '8', 'free.own_flat': '2', costMin: '500', costMax: '800', contactEmail: 'hof@example.org', website: 'https://hof.example', 'q.community.meals': 'weekly', 'q.who.householdType': ['family', 'couple'] };
  return Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x): [string, string] => [k, enc(x)]) : [[k, enc(v)] as [string, string]]));
}

/** The listing's own fields, from the form module (new fields are covered automatically). */
const listingFields = (): string[] => [
  ...new Set([
    ...Object.keys(emptyRaw()).filter((k) => !k.startsWith('imp.')),
    'title', 'summary', 'description', 'postcode', 'costMin', 'costMax', 'spaceMin', 'spaceMax', 'plot', 'barrierFree', 'contactEmail', 'website',
    ...UNIT_TYPES.map((u) => `free.${u}`),
  ]),
];
/** The project's side of the questionnaire: an answer and an importance per question. */
const questionFields = (): string[] => projectQuestions.flatMap((q) => [`q.${q.id}`, `imp.${q.id}`]);

/** Fields whose error is reported on a neighbour (cross-field rules of the listing form). */
const ERROR_ON: Record<string, string[]> = {
  unitsTotal: ['free.own_flat'],
  costMin: ['costMax'],
  spaceMin: ['spaceMax'],
  ...Object.fromEntries(UNIT_TYPES.map((u) => [`free.${u}`, ['free.own_flat']])),
};

const replacePair = (pairs: Pairs, name: string, value: string | undefined): Pairs => {
  const rest = pairs.filter(([k]) => k !== name);
  return value === undefined ? rest : [...rest, [name, enc(value)]];
};

interface RouteSpec {
  route: string;
  who: Who;
  path: string;
  valid: () => Pairs | Promise<Pairs>;
  /** Fields the route reads, spoiled one by one. */
  fields: string[];
  subset?: boolean;
  /** Other ids in the path to try (another organization's). */
  foreignPaths?: string[];
  /** Path with an id placeholder, to try odd ids. */
  idPath?: (id: string) => string;
  /** Whole-body variants (content types, broken encodings, CSRF, origin). */
  bodies?: boolean;
  /** A second pass over the same route (questionnaire fields): field cases only. */
  questionnaire?: boolean;
}

const pairsOf = (fields: Record<string, string>): Pairs => Object.entries(fields).map(([k, v]) => [k, enc(v)]);

/** The url of a photo the edit target has (the photo cases run first and store some). */
async function storedPhotoUrl(): Promise<Pairs> {
  const photos = JSON.parse((await env.DB.prepare("SELECT photos FROM listings WHERE id = 'lst_edit'").first<string>('photos')) ?? '[]') as { url: string }[];
  return pairsOf({ url: photos[0]?.url ?? '/media/listings/lst_edit/none.png' });
}

function buildCases(world: { leaverMemberId: string; ownerBMemberId: string; viewerMemberId: string }): Case[] {
  const cases: Case[] = [];
  let invite = 0;
  const specs: RouteSpec[] = [
    { route: 'POST /admin/listings', who: 'editor', path: '/admin/listings', valid: validListing, fields: listingFields(), bodies: true },
    { route: 'POST /admin/listings', who: 'editor', path: '/admin/listings', valid: validListing, fields: questionFields(), subset: true, questionnaire: true },
    {
      route: 'POST /admin/listings/:id', who: 'editor', path: '/admin/listings/lst_edit', valid: validListing, fields: listingFields(), subset: true, bodies: true,
      foreignPaths: ['/admin/listings/lst_b'], idPath: (id) => `/admin/listings/${id}`,
    },
    {
      route: 'POST /admin/listings/:id/status', who: 'editor', path: '/admin/listings/lst_edit/status', valid: () => pairsOf({ action: 'confirm' }), fields: ['action'], bodies: true,
      foreignPaths: ['/admin/listings/lst_b/status'], idPath: (id) => `/admin/listings/${id}/status`,
    },
    {
      route: 'POST /admin/listings/:id/photos/remove', who: 'editor', path: '/admin/listings/lst_edit/photos/remove', valid: storedPhotoUrl, fields: ['url'],
      foreignPaths: ['/admin/listings/lst_b/photos/remove'], idPath: (id) => `/admin/listings/${id}/photos/remove`,
    },
    {
      route: 'POST /admin/inbox/:id/status', who: 'editor', path: '/admin/inbox/req_a/status', valid: () => pairsOf({ status: 'declined' }), fields: ['status'], bodies: true,
      foreignPaths: ['/admin/inbox/req_b/status'], idPath: (id) => `/admin/inbox/${id}/status`,
    },
    {
      route: 'POST /admin/inbox/:id/notes', who: 'editor', path: '/admin/inbox/req_a/notes', valid: () => pairsOf({ note: 'Rückruf am Montag.' }), fields: ['note'], bodies: true,
      foreignPaths: ['/admin/inbox/req_b/notes'], idPath: (id) => `/admin/inbox/${id}/notes`,
    },
    {
      route: 'POST /admin/inbox/:id/reply', who: 'editor', path: '/admin/inbox/req_a/reply', valid: () => pairsOf({ reply: 'Gern, kommen Sie vorbei.' }), fields: ['reply'], subset: true,
      foreignPaths: ['/admin/inbox/req_b/reply'], idPath: (id) => `/admin/inbox/${id}/reply`,
    },
    {
      route: 'POST /admin/inbox/:id/visits', who: 'editor', path: '/admin/inbox/req_a/visits',
      valid: () => pairsOf({ kind: 'visit', startsOn: '2027-03-01', endsOn: '', place: 'Hof', visitNotes: '' }), fields: ['kind', 'startsOn', 'endsOn', 'place', 'visitNotes'], subset: true,
      foreignPaths: ['/admin/inbox/req_b/visits'], idPath: (id) => `/admin/inbox/${id}/visits`,
    },
    { route: 'POST /admin/members/invite', who: 'owner', path: '/admin/members/invite', valid: () => pairsOf({ email: `neu${++invite}@a.example`, role: 'editor' }), fields: ['email', 'role'], bodies: true },
    {
      route: 'POST /admin/members/:id/role', who: 'owner', path: `/admin/members/${world.viewerMemberId}/role`, valid: () => pairsOf({ role: 'viewer' }), fields: ['role'], bodies: true,
      foreignPaths: [`/admin/members/${world.ownerBMemberId}/role`], idPath: (id) => `/admin/members/${id}/role`,
    },
    {
      route: 'POST /admin/members/:id/remove', who: 'owner', path: `/admin/members/${world.leaverMemberId}/remove`, valid: () => [], fields: [],
      foreignPaths: [`/admin/members/${world.ownerBMemberId}/remove`], idPath: (id) => `/admin/members/${id}/remove`,
    },
    { route: 'POST /admin/members/invitations/:id/cancel', who: 'owner', path: '/admin/members/invitations/none/cancel', valid: () => [], fields: [], idPath: (id) => `/admin/members/invitations/${id}/cancel` },
    { route: 'POST /admin/organization', who: 'editor', path: '/admin/organization', valid: () => pairsOf({ organizationId: 'org_a' }), fields: ['organizationId'], bodies: true, foreignPaths: [] },
    { route: 'POST /admin/locale', who: 'editor', path: '/admin/locale', valid: () => pairsOf({ locale: 'de' }), fields: ['locale'], subset: true },
    { route: 'POST /admin/welcome', who: 'newcomer', path: '/admin/welcome', valid: () => pairsOf({ name: 'Wohnprojekt Neu', website: '' }), fields: ['name', 'website'], bodies: true },
    { route: 'POST /admin/invitations/:id/:decision', who: 'newcomer', path: '/admin/invitations/none/accept', valid: () => [], fields: [], idPath: (id) => `/admin/invitations/${id}/reject` },
    {
      route: 'POST /admin/initiatives', who: 'editor', path: '/admin/initiatives',
      valid: () => pairsOf({ name: 'Hofgruppe Neuland', text: 'Drei Familien suchen einen Hof.', region: 'org_m', kinds: 'farmstead', timeline: '1to3y', households: '3', adults: '5', children: '2', openPlaces: '2' }),
      fields: ['name', 'text', 'region', 'kinds', 'timeline', 'households', 'adults', 'children', 'openPlaces'], bodies: true,
    },
    { route: 'POST /admin/sign-in', who: 'anon', path: '/admin/sign-in', valid: () => pairsOf({ email: 'jemand@example.org', next: '/admin/listings' }), fields: ['email', 'next'], bodies: true },
    // A vacant property of the organization: its readiness checklist and "takes the building on".
    {
      route: 'POST /admin/properties/:id/criteria', who: 'editor', path: '/admin/properties/lst_prop/criteria',
      valid: () => pairsOf({ min_households: '3', min_units_share: '50', require_legal_form: '1', require_financing_plan: '1', custom_de_1: 'Konzept liegt vor', custom_en_1: 'Concept submitted' }),
      fields: ['min_households', 'min_units_share', 'require_legal_form', 'require_financing_plan', 'require_contact_person', 'custom_de_1', 'custom_en_1', 'custom_id_1'], subset: true, bodies: true,
      foreignPaths: ['/admin/properties/lst_prop_b/criteria'], idPath: (id) => `/admin/properties/${id}/criteria`,
    },
    {
      route: 'POST /admin/properties/:id/shortlist/:initiative/take-on', who: 'editor', path: '/admin/properties/lst_prop/shortlist/ini_s/take-on', valid: () => [], fields: [],
      foreignPaths: ['/admin/properties/lst_prop_b/shortlist/ini_s/take-on'], idPath: (id) => `/admin/properties/lst_prop/shortlist/${id}/take-on`,
    },
  ];

  // Photos: multipart uploads (the only multipart form of the admin).
  const photo = (label: string, parts: [string, string | File][], over: Partial<Case> = {}) =>
    cases.push({ label: `POST /admin/listings/:id/photos ${label}`, route: 'POST /admin/listings/:id/photos', who: 'editor', path: '/admin/listings/lst_edit/photos', body: { kind: 'multipart', parts }, ...over });
  const file = (bytes: Uint8Array, type = 'image/png', name = 'bild.png') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
  photo('valid png', [['photo', file(png())], ['alt', 'Der Hof im Sommer']]);
  photo('svg as png', [['photo', file(new TextEncoder().encode('<svg onload=alert(1)></svg>'))], ['alt', 'Bild']], { field: 'photo' });
  photo('html as jpeg', [['photo', file(new TextEncoder().encode('<html>'), 'image/jpeg', 'x.jpg')], ['alt', 'Bild']], { field: 'photo' });
  photo('empty file', [['photo', file(new Uint8Array())], ['alt', 'Bild']], { field: 'photo' });
  photo('photo as text', [['photo', 'not a file'], ['alt', 'Bild']], { field: 'photo' });
  photo('no photo', [['alt', 'Bild']], { field: 'photo' });
  photo('6 MB', [['photo', file(new Uint8Array(6 * 1024 * 1024).fill(0x89))], ['alt', 'Bild']], { field: 'photo' });
  photo('two photos', [['photo', file(png())], ['photo', file(new TextEncoder().encode('x'))], ['alt', 'Zwei']]);
  photo('no alt', [['photo', file(png())]], { field: 'alt' });
  // Only an alt text that is really invalid must be named (valid ones are stored until the listing has 8 photos).
  const invalidAlt = new Set(['empty', 'whitespace', 'emoji', 'combining', '1mb']);
  for (const bad of BAD) photo(`alt=${bad.label}`, [['photo', file(png())], ['alt', bad.value]], invalidAlt.has(bad.label) ? { field: 'alt' } : {});
  photo('file name traversal', [['photo', file(png(), 'image/png', '../../etc/passwd')], ['alt', 'Bild']]);
  photo('csrf none', [['photo', file(png())], ['alt', 'Bild']], { csrf: 'none' });
  photo('foreign listing', [['photo', file(png())], ['alt', 'Bild']], { path: '/admin/listings/lst_b/photos' });
  photo('as viewer', [['photo', file(png())], ['alt', 'Bild']], { who: 'viewer' });
  photo('urlencoded', [], { body: { kind: 'form', pairs: [['photo', 'x'], ['alt', 'Bild']] } });
  for (const id of BAD_IDS) photo(`id ${id.slice(0, 16)}`, [['photo', file(png())], ['alt', 'Bild']], { path: `/admin/listings/${id}/photos` });

  for (const s of specs) {
    const push = (label: string, body: Body, over: Partial<Case> = {}) => cases.push({ label: `${s.route} ${label}`, route: s.route, who: s.who, path: s.path, body, ...over });
    const lazy = (f: (p: Pairs) => Pairs) => ({ kind: 'form' as const, pairs: async () => f(await s.valid()) });
    if (!s.questionnaire) push('valid', lazy((p) => p));
    for (const field of s.fields) {
      push(`missing ${field}`, lazy((p) => replacePair(p, field, undefined)), { field });
      push(`duplicated ${field}`, lazy((p) => [...p, [field, enc('<i>zweimal</i>')]]), { field });
      push(`${field}[]`, lazy((p) => [...replacePair(p, field, undefined), [`${field}[]`, enc('x')]]), { field });
      for (const bad of BAD) {
        if (s.subset && !BAD_SUBSET.has(bad.label)) continue;
        if (s.route === 'POST /admin/listings' && !LISTING_FREE_TEXT.has(field) && !BAD_SUBSET.has(bad.label) && !LISTING_CHOICE_EXTRA.has(bad.label)) continue;
        push(`${field}=${bad.label}`, lazy((p) => replacePair(p, field, bad.value)), { field });
      }
    }
    if (s.questionnaire) continue;
    push('unknown fields', lazy((p) => [...p, ['isAdmin', 'true'], ['organizationId', 'org_b'], ['__proto__[x]', '1'], ['status', 'published']]));
    push('unknown 1 MB field', lazy((p) => [...p, ['padding', MB]]));

    // Security envelope: CSRF and origin.
    for (const csrf of ['none', 'wrong', 'foreign', 'twice'] as const) push(`csrf ${csrf}`, lazy((p) => p), { csrf });
    for (const origin of ['none', 'foreign', 'null'] as const) push(`origin ${origin}`, lazy((p) => p), { origin });
    for (const method of ['PUT', 'DELETE', 'PATCH']) push(`method ${method}`, lazy((p) => p), { method });
    if (s.who !== 'anon' && s.who !== 'newcomer') push('as viewer', lazy((p) => p), { who: 'viewer' });
    if (s.who !== 'anon') push('signed out', lazy((p) => p), { who: 'anon', csrf: 'none' });

    // Another organization's ids and odd ids.
    for (const path of s.foreignPaths ?? []) push(`foreign ${path}`, lazy((p) => p), { path, who: s.who === 'owner' ? 'owner' : s.who });
    if (s.route === 'POST /admin/organization') push('switch to another organization', lazy((p) => replacePair(p, 'organizationId', 'org_b')), { field: 'organizationId' });
    if (s.idPath) for (const id of BAD_IDS) push(`id ${id.slice(0, 16)}`, lazy((p) => p), { path: s.idPath(id) });

    if (!s.bodies) continue;
    // Broken bodies and wrong content types ({{csrf}} is replaced by the client's token).
    const raw = (label: string, type: string | null, data: string | ((token: string) => Uint8Array)) => push(`body ${label}`, { kind: 'raw', type, data });
    raw('empty', 'application/x-www-form-urlencoded', '');
    raw('only csrf', 'application/x-www-form-urlencoded', '_csrf={{csrf}}');
    raw('bad escapes', 'application/x-www-form-urlencoded', '_csrf={{csrf}}&%%%=%ZZ&title=%E0%A4%A&&&=&');
    raw('invalid utf-8', 'application/x-www-form-urlencoded', (token) => new Uint8Array([...new TextEncoder().encode(`_csrf=${token}&title=`), 0xff, 0xfe, 0xc3]));
    raw('utf-16 charset', 'application/x-www-form-urlencoded; charset=utf-16', '_csrf={{csrf}}&title=x');
    raw('json', 'application/json', '{"_csrf":"{{csrf}}","title":"x"}');
    raw('text', 'text/plain', '_csrf={{csrf}}&title=x');
    raw('xml', 'application/xml', '<?xml version="1.0"?><a/>');
    raw('no content type', null, (token) => new TextEncoder().encode(`_csrf=${token}&title=x`));
    raw('multipart no boundary', 'multipart/form-data', '--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{{csrf}}\r\n--b--');
    raw('multipart wrong boundary', 'multipart/form-data; boundary=zz', '--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{{csrf}}\r\n--b--');
    raw('multipart truncated', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{{csrf}}\r\n--b\r\nContent-Disposition: form-da');
    raw('multipart no disposition', 'multipart/form-data; boundary=b', '--b\r\n\r\n{{csrf}}\r\n--b--');
    raw('multipart garbage', 'multipart/form-data; boundary=b', '\u0000\uFFFF garbage');
    push('multipart valid', { kind: 'multipart', parts: [] });
  }

  // Sign-out only with a refused token: an accepted one would end a session the suite still uses.
  for (const csrf of ['none', 'wrong', 'foreign'] as const) cases.push({ label: `POST /admin/sign-out csrf ${csrf}`, route: 'POST /admin/sign-out', who: 'editor', path: '/admin/sign-out', body: { kind: 'form', pairs: [] }, csrf });
  return cases;
}

// ── The model of what accepted requests write.

interface State {
  reqStatus: string;
  /** lst_edit waits for the saved-search alerts (worker/saved-searches/alerts.ts). */
  alertQueued: boolean;
  /** lst_prop has its own readiness criteria (the first save inserts the row, later ones update it). */
  criteriaSaved: boolean;
  /** ini_s has taken lst_prop on (only the first take-on changes anything). */
  takenOn: boolean;
}
const WRITES: Record<string, (before: State) => Record<string, number>> = {
  'POST /admin/listings': () => ({ listings: 1, audit_log: 1 }),
  // A published listing's edit that changes its cost or profile queues it for the saved-search alerts:
  // the first accepted edit does (the form adds the listing's facts to the profile), later ones
  // update that row in place.
  'POST /admin/listings/:id': (s) => ({ audit_log: 1, listing_alerts_pending: s.alertQueued ? 0 : 1 }),
  'POST /admin/listings/:id/status': () => ({ audit_log: 1 }),
  'POST /admin/listings/:id/photos': () => ({ audit_log: 1 }),
  'POST /admin/listings/:id/photos/remove': () => ({ audit_log: 1 }),
  'POST /admin/inbox/:id/status': () => ({ audit_log: 1 }),
  'POST /admin/inbox/:id/notes': () => ({ contact_notes: 1, audit_log: 1 }),
  // The message, its mail to the seeker (outbox) and the fresh manage link in it.
  'POST /admin/inbox/:id/reply': (s) => ({ messages: 1, outbox: 1, manage_links: 1, audit_log: s.reqStatus === 'new' ? 2 : 1 }),
  // The visit, its mail to the seeker (outbox) and the fresh manage link in it.
  'POST /admin/inbox/:id/visits': () => ({ visits: 1, outbox: 1, manage_links: 1, audit_log: 1 }),
  'POST /admin/members/invite': () => ({ invitations: 1, audit_log: 1 }),
  'POST /admin/members/:id/role': () => ({ audit_log: 1 }),
  'POST /admin/members/:id/remove': () => ({ members: -1, audit_log: 1 }),
  'POST /admin/organization': () => ({}),
  'POST /admin/locale': () => ({}),
  'POST /admin/welcome': () => ({ organizations: 1, members: 1, audit_log: 1 }),
  // The initiative, its founder (the member), the founder's mail, the audit entry and the formed event.
  'POST /admin/initiatives': () => ({ initiatives: 1, initiative_members: 1, outbox: 1, audit_log: 1, outcome_events: 1 }),
  'POST /admin/sign-in': () => ({ verifications: 1 }),
  'POST /admin/properties/:id/criteria': (s) => ({ property_readiness_criteria: s.criteriaSaved ? 0 : 1, audit_log: 1 }),
  // The first: the interest updated, its audit entry and the council's outcome; later ones find it taken and write nothing.
  'POST /admin/properties/:id/shortlist/:initiative/take-on': (s) => ({ audit_log: s.takenOn ? 0 : 1, outcome_events: s.takenOn ? 0 : 1 }),
};

const ALLOWED = new Set([200, 303, 400, 403, 404, 405, 413, 415, 422, 429]);

async function fingerprint(tables: string[]): Promise<{ counts: Record<string, number>; rows: string }> {
  const stmts = [
    ...tables.map((t) => env.DB.prepare(`SELECT COUNT(*) AS v FROM "${t}"`)),
    // The columns a refused request could still touch: listings, request status, roles, languages.
    env.DB.prepare("SELECT group_concat(id || ':' || status || ':' || updated_at || ':' || confirmed_at || ':' || length(photos), ',') AS v FROM (SELECT * FROM listings ORDER BY id)"),
    env.DB.prepare("SELECT group_concat(id || ':' || status || ':' || updated_at, ',') AS v FROM (SELECT * FROM contact_requests ORDER BY id)"),
    env.DB.prepare("SELECT group_concat(id || ':' || role, ',') AS v FROM (SELECT * FROM members ORDER BY id)"),
    env.DB.prepare("SELECT group_concat(id || ':' || locale, ',') AS v FROM (SELECT * FROM users ORDER BY id)"),
    env.DB.prepare("SELECT group_concat(id || ':' || status, ',') AS v FROM (SELECT * FROM invitations ORDER BY id)"),
  ];
  const res = await env.DB.batch<{ v: number | string | null }>(stmts);
  const counts = Object.fromEntries(tables.map((t, i) => [t, Number(res[i]!.results[0]!.v)]));
  return { counts, rows: res.slice(tables.length).map((r) => String(r.results[0]?.v ?? '')).join('|') };
}

/** Every row of the other organization, to prove it is untouched. */
async function orgBRows(): Promise<string> {
  const q = (sql: string) => env.DB.prepare(sql).all().then((r) => JSON.stringify(r.results));
  return [
    await q("SELECT * FROM organizations WHERE id = 'org_b'"),
    await q("SELECT * FROM listings WHERE organization_id = 'org_b' ORDER BY id"),
    await q("SELECT * FROM contact_requests WHERE organization_id = 'org_b' ORDER BY id"),
    await q("SELECT * FROM contact_notes WHERE organization_id = 'org_b' ORDER BY id"),
    await q("SELECT * FROM members WHERE organization_id = 'org_b' ORDER BY id"),
    await q("SELECT * FROM invitations WHERE organization_id = 'org_b' ORDER BY id"),
    await q("SELECT * FROM audit_log WHERE organization_id = 'org_b' ORDER BY id"),
  ].join('\n');
}

// ── Clients: writes are rate-limited per member (RATE_LIMIT_ADMIN), so each role has a pool.

const WRITES_PER_CLIENT = 90;
type Pools = Record<Who, { client: Client; token: string; used: number }[]>;

async function memberId(email: string, org: string): Promise<string> {
  return (await env.DB.prepare('SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.organization_id = ?').bind(email, org).first<string>('id'))!;
}

async function addToPool(pools: Pools, who: Who, client: Client, from: string) {
  pools[who].push({ client, token: await client.csrf(from), used: 0 });
}

/** Signs in enough members of each role (through the real magic link) before the snapshot. */
async function fillPools(pools: Pools, cases: Case[]) {
  for (const who of ['editor', 'owner', 'viewer', 'newcomer'] as const) {
    const needed = Math.ceil(cases.filter((c) => c.who === who).length / WRITES_PER_CLIENT);
    while (pools[who].length < needed) {
      const email = `${who}${pools[who].length}@a.example`;
      const client = await signIn(email);
      if (who !== 'newcomer') await addMember('org_a', email, who);
      await addToPool(pools, who, client, who === 'newcomer' ? '/admin/welcome' : '/admin/listings');
    }
  }
}

function clientFor(pools: Pools, who: Who): { client: Client; token: string } | null {
  if (who === 'anon') return null;
  const entry = pools[who].find((p) => p.used < WRITES_PER_CLIENT);
  if (!entry) throw new Error(`no ${who} client left`);
  entry.used++;
  return entry;
}

async function send(pools: Pools, foreignToken: string, c: Case): Promise<Response> {
  const who = clientFor(pools, c.who);
  const token = who?.token ?? '';
  const csrf = c.csrf ?? (who ? 'valid' : 'none');
  const tokenFor = { valid: token, none: '', wrong: 'A'.repeat(token.length || 43), foreign: foreignToken, twice: token }[csrf];
  const headers: Record<string, string> = { 'cf-connecting-ip': `198.51.100.${Math.floor(Math.random() * 250) + 1}` };
  if (who) headers.cookie = who.client.cookie;
  const origin = c.origin ?? 'same';
  if (origin === 'same') headers.origin = ADMIN;
  else if (origin === 'foreign') headers.origin = 'https://evil.example';
  else if (origin === 'null') Object.assign(headers, { origin: 'null', 'sec-fetch-site': 'cross-site' });

  let body: BodyInit;
  if (c.body.kind === 'form') {
    const pairs = typeof c.body.pairs === 'function' ? await c.body.pairs() : c.body.pairs;
    const head: Pairs = csrf === 'none' ? [] : csrf === 'twice' ? [['_csrf', enc(token)], ['_csrf', 'forged']] : [['_csrf', enc(tokenFor)]];
    body = [...head, ...pairs].map(([k, v]) => `${enc(k)}=${v}`).join('&');
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (c.body.kind === 'multipart') {
    const form = new FormData();
    if (csrf !== 'none') form.append('_csrf', tokenFor);
    if (csrf === 'twice') form.append('_csrf', 'forged');
    for (const [k, v] of c.body.parts) form.append(k, v);
    body = form;
  } else {
    const data = c.body.data;
    body = typeof data === 'string' ? data.replaceAll('{{csrf}}', tokenFor) : (data(tokenFor) as Uint8Array<ArrayBuffer>);
    if (c.body.type) headers['content-type'] = c.body.type;
  }
  return SELF.fetch(`${ADMIN}${c.path}`, { method: c.method ?? 'POST', redirect: 'manual', headers, body });
}

/**
 * One shard of the suite: the cases of the routes `routes` accepts, against a world of its own.
 * The suite is split over a few test files so the test pool can run them side by side.
 * @example
 * adminBadInput('listing form', (route) => route === 'POST /admin/listings', 700);
 */
export function adminBadInput(name: string, routes: (route: string) => boolean, minCases: number): void {
  let w: World;
  const pools: Pools = { editor: [], owner: [], viewer: [], newcomer: [], anon: [], ownerB: [] };
  let foreignToken = '';
  let ids = { leaverMemberId: '', ownerBMemberId: '', viewerMemberId: '' };
  let tables: string[] = [];

beforeAll(async () => {
  w = await setupWorld();
  const db = env.DB;
  // The edit target, its own listing so lst_a stays as the fixtures made it.
  await database(db).insert(listings).values(baseListing({ id: 'lst_edit', organizationId: 'org_a' }));
  // A municipality that approved org_a: the region its initiatives are shown in.
  await database(db).insert(organizations).values({ id: 'org_m', kind: 'municipality', name: 'Landkreis Test', slug: 'lk-test', regionDistrictKeys: ['14626'], createdAt: Date.now() });
  await database(db).insert(regionApprovals).values({ municipalityId: 'org_m', providerId: 'org_a', state: 'approved', createdAt: Date.now(), decidedAt: Date.now() });
  // Vacant properties of A and B, and a forming group of the region that declared interest in A's with the shortlist consent.
  const at = Date.now();
  await database(db).insert(listings).values([
    baseListing({ id: 'lst_prop', organizationId: 'org_a', kind: 'property', title: 'Vierseithof', stage: 'forming', unitsTotal: 5, freePlaces: 5, freeUnits: { own_flat: 5 } }),
    baseListing({ id: 'lst_prop_b', organizationId: 'org_b', kind: 'property', title: 'Alte Schule B', stage: 'forming', unitsTotal: 4, freePlaces: 4, freeUnits: { own_flat: 4 } }),
  ]);
  await database(db).insert(initiatives).values({
    id: 'ini_s', regionOrganizationId: 'org_m', name: 'Hofgruppe', text: 'Drei Familien.', profile: {}, state: 'open', openPlaces: 1, createdAt: at, updatedAt: at,
    seeking: { propertyKinds: ['farmstead'], settlements: ['village'], timeline: '1to3y', legalForms: ['cooperative'], area: null },
    households: { households: 3, adults: 5, children: 2, ageBands: ['30-44'], equityBand: 'unknown', budgetMinBand: 'unknown', budgetMaxBand: 'unknown' },
  });
  await database(db).insert(initiativePropertyInterests).values({ initiativeId: 'ini_s', listingId: 'lst_prop', shortlistConsentAt: at, declaredAt: at });
  await signIn('leaver@a.example');
  await addMember('org_a', 'leaver@a.example', 'editor');
  ids = { leaverMemberId: await memberId('leaver@a.example', 'org_a'), ownerBMemberId: await memberId('owner@b.example', 'org_b'), viewerMemberId: await memberId('viewer@a.example', 'org_a') };
  await addToPool(pools, 'editor', w.editorA, '/admin/listings');
  await addToPool(pools, 'owner', w.ownerA, '/admin/listings');
  await addToPool(pools, 'viewer', w.viewerA, '/admin/listings');
  await addToPool(pools, 'newcomer', await signIn('newcomer0@a.example'), '/admin/welcome');
  foreignToken = await w.ownerB.csrf();
  tables = (
    await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%' AND name <> 'dev_mail' ORDER BY name").all<{ name: string }>()
  ).results.map((r) => r.name);
  // dev_mail is written by the mail queue's consumer whenever it runs; the outbox is what a request stores.
});

describe(`admin bad input: ${name}`, () => {
  it('never yields a 5xx, answers HTML 4xx naming the field, and stores exactly what the accepted requests wrote', { timeout: 600_000 }, async () => {
    const cases = buildCases(ids).filter((c) => routes(c.route));
    const seen = new Set(cases.map((c) => c.route));
    expect(cases.length).toBeGreaterThanOrEqual(minCases);
    await fillPools(pools, cases);

    const started = performance.now();
    const before = await fingerprint(tables);
    const orgB = await orgBRows();
    const expected = { ...before.counts };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const perRoute = new Map<string, { n: number; accepted: number }>();
    let fieldChecks = 0;
    const timing = new Map<string, number>();
    let checkMs = 0;
    let pre = before;

    for (const c of cases) {
      const state: State = {
        reqStatus: (await env.DB.prepare("SELECT status FROM contact_requests WHERE id = 'req_a'").first<string>('status'))!,
        alertQueued: (await env.DB.prepare("SELECT count(*) AS n FROM listing_alerts_pending WHERE listing_id = 'lst_edit'").first<number>('n'))! > 0,
        criteriaSaved: (await env.DB.prepare("SELECT count(*) AS n FROM property_readiness_criteria WHERE listing_id = 'lst_prop'").first<number>('n'))! > 0,
        takenOn: (await env.DB.prepare("SELECT count(*) AS n FROM initiative_property_interests WHERE listing_id = 'lst_prop' AND taken_on_at IS NOT NULL").first<number>('n'))! > 0,
      };
      let res: Response;
      const t0 = performance.now();
      try {
        res = await send(pools, foreignToken, c);
      } catch (err) {
        failures.push(`${c.label}: fetch threw ${String(err)}`);
        continue;
      }
      const text = await res.text();
      const group = `${c.route} ${res.status}`;
      timing.set(group, (timing.get(group) ?? 0) + performance.now() - t0);
      const type = res.headers.get('content-type') ?? '';
      const location = res.headers.get('location') ?? '';
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const accepted = c.route === 'POST /admin/sign-in' ? res.status === 200 : res.status === 303 && !location.includes('/admin/sign-in') && !location.includes('/admin/welcome');
      const r = perRoute.get(c.route) ?? { n: 0, accepted: 0 };
      perRoute.set(c.route, { n: r.n + 1, accepted: r.accepted + (accepted ? 1 : 0) });

      if (res.status >= 500) failures.push(`${c.label}: ${res.status} ${text.slice(0, 300)}`);
      else if (!ALLOWED.has(res.status) || (res.status === 200 && c.route !== 'POST /admin/sign-in')) failures.push(`${c.label}: unexpected ${res.status}`);
      else if (res.status >= 400 && res.status !== 405 && !type.startsWith('text/html')) failures.push(`${c.label}: ${res.status} as ${type}`);
      if (res.status === 422) {
        const named = [...text.matchAll(/<div class="error-summary"[\s\S]*?<\/div>/g)].flatMap((m) => [...m[0].matchAll(/href="#([^"]+)"/g)].map((x) => x[1]!));
        if (!named.length) failures.push(`${c.label}: 422 without an error summary`);
        else if (c.field) {
          const field = c.field;
          fieldChecks++;
          // A field repeated per row (a member's role) carries the row's id in its element id.
          const hit = named.find((n) => [field, ...(ERROR_ON[field] ?? [])].some((f) => n === fieldId(f) || n.startsWith(`${fieldId(f)}-`)));
          if (!hit) failures.push(`${c.label}: 422 names ${named.join(', ')}, not ${fieldId(field)}`);
          // Every link of the error summary leads to an element of the page.
          for (const n of named) if (!text.includes(`id="${n}"`)) failures.push(`${c.label}: the error summary links to #${n}, which is not on the page`);
        }
      }
      if (c.csrf && c.csrf !== 'valid' && c.who !== 'anon' && res.status !== 403) failures.push(`${c.label}: forged CSRF answered ${res.status}`);
      if (c.origin && c.origin !== 'same' && res.status !== 403) failures.push(`${c.label}: foreign origin answered ${res.status}`);
      if (/foreign \/admin/.test(c.label) && res.status !== 404) failures.push(`${c.label}: another organization's id answered ${res.status}`);

      const t1 = performance.now();
      const post = await fingerprint(tables);
      checkMs += performance.now() - t1;
      if (accepted) {
        const writes = WRITES[c.route];
        if (!writes) failures.push(`${c.label}: accepted by a route whose writes this suite does not know`);
        else for (const [t, n] of Object.entries(writes(state))) expected[t] = (expected[t] ?? 0) + n;
        const delta = Object.fromEntries(tables.map((t) => [t, post.counts[t]! - pre.counts[t]!]).filter(([, n]) => n !== 0));
        const want = Object.fromEntries(Object.entries(writes?.(state) ?? {}).filter(([, n]) => n !== 0));
        if (JSON.stringify(Object.entries(delta).sort()) !== JSON.stringify(Object.entries(want).sort())) failures.push(`${c.label}: accepted and wrote ${JSON.stringify(delta)}, expected ${JSON.stringify(want)}`);
      } else if (JSON.stringify(post) !== JSON.stringify(pre)) {
        const delta = Object.fromEntries(tables.map((t) => [t, post.counts[t]! - pre.counts[t]!]).filter(([, n]) => n !== 0));
        failures.push(`${c.label}: refused with ${res.status} but wrote ${JSON.stringify(delta)} ${post.rows === pre.rows ? '' : '(rows changed)'}`);
      }
      pre = post;
    }
    const ms = Math.round(performance.now() - started);
    const slowest = [...timing].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([g, t]) => `${g}: ${Math.round(t)} ms`);
    console.log(`admin-bad-input (${name}): ${cases.length} requests in ${ms} ms (database checks ${Math.round(checkMs)} ms); slowest groups ${slowest.join('; ')}`);

    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
    const after = await fingerprint(tables);
    expect(after.counts).toEqual(expected);
    expect(await orgBRows()).toBe(orgB);
    // The comparison is not vacuous: accepted requests did write, and validation errors were checked.
    expect(Object.keys(after.counts).some((t) => after.counts[t] !== before.counts[t])).toBe(true);
    expect(fieldChecks).toBeGreaterThan(minCases / 10);
    // Every write route of the shard was exercised, and its valid request really was accepted.
    for (const route of Object.keys(WRITES).filter(routes)) expect(perRoute.get(route)?.accepted, route).toBeGreaterThan(0);
    const pooled = Object.entries(pools).map(([k, v]) => `${k} ${v.length}`).join(', ');
    console.log(`admin-bad-input (${name}): ${cases.length} requests over ${seen.size} routes in ${ms} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; 422 field checks ${fieldChecks}; clients ${pooled}`);
    console.log(`admin-bad-input (${name}): per route ${JSON.stringify(Object.fromEntries(perRoute))}`);
  });
});
}
