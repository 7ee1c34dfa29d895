/**
 * Demo listings in Landkreis Görlitz: fictional projects and properties with real postcodes.
 * The texts are hand-written (German, as providers would write them); only timestamps, map
 * jitter and unset importances come from the seeded generator.
 *
 * Persona coverage among published listings (checked in seed.test.ts):
 *  a) family, two children, dog, ≤ 1,100 €/month, no equity → lst_008, 010, 014, 016, 017, 019, 022,
 *     027, 033 pass; others exclude children (012, 018, 023, 041), dogs (002, 025, …) or need equity.
 *  b) wheelchair user, barrier-free as dealbreaker → about twenty barrier-free projects.
 *  c) retired couple, quiet multi-generation house → lst_006, 014, 015, 019, 020, 036, 037, 039.
 *  d) forming group of five households seeking a farmhouse → the properties lst_046 … lst_052.
 */
import type { ListingPhoto, listings, UnitPlaces } from '../db/schema';
import { type DemoOrgId, DEMO_MUNICIPALITY_ID, orgContact } from './organizations';
import { DEMO_DISTRICT_KEY, DEMO_POSTCODES, type DemoPostcode } from './places';
import { createRng } from './prng';
import {
  type Pets,
  projectProfile,
  type ProjectVibe,
  propertyProfile,
  type PropertyVibe,
  type Settlement,
  type UnitType,
  vibe,
  VIBES,
} from './profiles';

export type NewListing = typeof listings.$inferInsert;
type Stage = 'forming' | 'planning' | 'building' | 'occupied';
type LegalForm = 'cooperative' | 'syndicate' | 'ownership' | 'rental' | 'foundation' | 'other';
type Status = 'draft' | 'published' | 'paused' | 'archived';

/** Photo names; the SVGs live in public/demo/photos/<name>.svg. */
export const PHOTO_NAMES = ['house', 'farmhouse', 'school', 'plot', 'courtyard', 'townhouse'] as const;
export type PhotoName = (typeof PHOTO_NAMES)[number];

interface BaseSpec {
  n: number;
  org: DemoOrgId;
  status?: Status;
  plz: DemoPostcode;
  /** A village or quarter inside the postcode area, shown instead of the postcode's place name. */
  locality?: string;
  settlement: Settlement;
  stage: Stage;
  legalForm: LegalForm;
  title: string;
  summary: string;
  description: string;
  photos: PhotoName[];
  units: number;
  free: UnitPlaces;
  /** Euros a month, warm; null where it does not apply (properties). */
  cost: readonly [number, number] | null;
  /** Euros: equity / co-op shares per household, or the purchase price of a property. */
  equity: number;
  space?: readonly [number, number];
  plot?: number;
  barrierFree: boolean;
  children: boolean;
  pets: Pets;
  /** Unit types offered when none is free right now (e.g. a full house with a waiting list). */
  forms?: UnitType[];
  /** Overrides the drawn "last confirmed" age, e.g. for stale listings. */
  confirmedDaysAgo?: number;
}
interface ProjectSpec extends BaseSpec {
  kind: 'project';
  vibe: ProjectVibe;
}
interface PropertySpec extends BaseSpec {
  kind: 'property';
  vibe: PropertyVibe;
}
type ListingSpec = ProjectSpec | PropertySpec;

const p = (...paragraphs: string[]): string => paragraphs.join('\n\n');
const project = (s: Omit<ProjectSpec, 'kind'>): ProjectSpec => ({ kind: 'project', ...s });
const property = (s: Omit<PropertySpec, 'kind'>): PropertySpec => ({ kind: 'property', ...s });

const SPECS: ListingSpec[] = [
  // ── Gemeinsam Wohnen im Zittauer Gebirge eG (co-op; carries the provider-scoped embed) ──
  project({
    n: 1, org: 'org_gemeinsam_gebirge', plz: '02797', locality: 'Lückendorf', settlement: 'village', stage: 'occupied', legalForm: 'cooperative',
    title: 'Umgebindehof Lückendorf: Wohnung im Genossenschaftshof frei',
    summary: 'Neun Haushalte, ein restaurierter Umgebindehof mit Streuobstwiese am Fuß des Hochwalds – ab sofort ist eine Dreizimmerwohnung frei.',
    description: p(
      'Seit 2019 wohnen wir zu neunt – Familien, Paare und zwei Alleinstehende – im sanierten Umgebindehof am Ortsrand von Lückendorf. Die Genossenschaft hat das Ensemble aus Wohnhaus, Scheune und Auszugshaus gekauft und gemeinsam mit uns instand gesetzt; vieles haben wir selbst gemacht, vom Lehmputz bis zur Trockenmauer.',
      'Frei wird eine helle Dreizimmerwohnung (78 m²) im Obergeschoss mit Blick zum Hochwald. Wir essen einmal pro Woche zusammen, teilen Werkstatt, Sauna und zwei Lastenräder und treffen uns monatlich im Plenum. Der Weg ins Dorf ist kurz, nach Zittau fährt der Bus im Stundentakt, und im Winter räumen wir den Hofweg gemeinsam.',
      'Die Genossenschaftsanteile betragen 15.000 €, die Nutzungsgebühr liegt je nach Größe bei 620 bis 890 € warm. Hunde sind willkommen, der Hof ist eingezäunt.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 9, free: { own_flat: 1 }, cost: [620, 890], equity: 15_000, space: [55, 95], plot: 6_200,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { households: ['family', 'couple', 'single', 'senior'] }),
  }),
  project({
    n: 2, org: 'org_gemeinsam_gebirge', plz: '02763', settlement: 'town', stage: 'building', legalForm: 'cooperative',
    title: 'Mandauhöfe Zittau – genossenschaftlicher Neubau im Altbauquartier',
    summary: 'Zwei sanierte Gründerzeithäuser und ein Holzneubau im Hof, mit Aufzug, Gemeinschaftsraum und Garten. Bezug ab Frühjahr; sieben Wohnungen sind noch zu vergeben.',
    description: p(
      'Zwischen Mandau und Altstadtring entstehen 24 genossenschaftliche Wohnungen: Die beiden Altbauten an der Straße werden saniert, im ehemaligen Fabrikhof kommt ein dreigeschossiger Holzneubau dazu. Alle Wohnungen im Neubau und die Erdgeschosse der Altbauten sind stufenlos erreichbar, ein Aufzug verbindet alle Ebenen.',
      'Vergeben sind bereits 17 Wohnungen an eine bunt gemischte Hausgemeinschaft – vom Studenten der Hochschule bis zur pensionierten Lehrerin. Frei sind noch fünf Wohnungen zwischen 48 und 96 m² sowie zwei Zimmer in einer Clusterwohnung mit großer Gemeinschaftsküche.',
      'Wer einzieht, zeichnet Anteile von 22.000 €; ein Teil kann über ein Förderdarlehen finanziert werden. Wir planen gemeinsame Abende im Hofsaal und einen Garten, den die Hausgemeinschaft selbst gestaltet. Kleintiere sind erlaubt, für Hunde fehlt uns leider die Freifläche.',
    ),
    photos: ['townhouse', 'courtyard'], units: 24, free: { own_flat: 5, cluster_flat: 2 }, cost: [780, 1_240], equity: 22_000, space: [30, 96],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { atmosphere: 'balanced', decisions: 'sociocracy' }),
  }),
  project({
    n: 3, org: 'org_gemeinsam_gebirge', plz: '02785', settlement: 'village', stage: 'planning', legalForm: 'cooperative',
    title: 'Holzbau am Olbersdorfer See: Gründungsmitglieder gesucht',
    summary: 'Eine Genossenschaftssiedlung aus Holz und Lehm für 14 Haushalte, fünf Minuten vom See. Die Planung läuft – jetzt ist die Zeit, mitzugestalten.',
    description: p(
      'Auf einer ehemaligen Gärtnereifläche zwischen Olbersdorf und dem See planen wir zwei Häuserzeilen und ein Gemeinschaftshaus. Gebaut wird in Holzrahmenbauweise mit Lehmputz, geheizt über eine Wärmepumpe mit Erdsonden; auf den Dächern liegt Photovoltaik, das Regenwasser bleibt im Garten.',
      'Die Baugenehmigung ist beantragt, Baubeginn soll im nächsten Herbst sein. Geplant sind zwölf Wohnungen von 45 bis 110 m² und zwei kleine Reihenhäuser, alle im Erdgeschoss barrierefrei. Wir entscheiden soziokratisch in Arbeitskreisen und treffen uns alle zwei Wochen, meist am Samstagvormittag mit Kinderbetreuung.',
      'Die Anteile liegen bei 30.000 € pro Haushalt, die voraussichtliche Nutzungsgebühr bei 850 bis 1.300 € warm. Wer früh einsteigt, kann die Grundrisse noch mitbestimmen.',
    ),
    photos: ['plot', 'house'], units: 14, free: { own_flat: 8, house: 2 }, cost: [850, 1_300], equity: 30_000, space: [45, 110], plot: 7_400,
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { households: ['family', 'couple', 'single', 'senior'], decisions: 'sociocracy', hours: 10, importance: { 'community.ecology': 2 } }),
  }),
  project({
    n: 4, org: 'org_gemeinsam_gebirge', plz: '02796', settlement: 'village', stage: 'occupied', legalForm: 'cooperative',
    title: 'Alte Weberei Jonsdorf – zwei WG-Zimmer mit Werkstatt',
    summary: 'Wohngemeinschaft mit sechs Erwachsenen und einem Kind in einer umgebauten Weberei, mit Holz- und Fahrradwerkstatt, Proberaum und Blick auf die Mühlsteinbrüche.',
    description: p(
      'In der früheren Handweberei am Ortsausgang leben wir seit vier Jahren als große Wohngemeinschaft. Jede Person hat ein eigenes Zimmer (14 bis 22 m²), Küche, Bäder und das große Wohnzimmer teilen wir. Im Erdgeschoss gibt es eine Holzwerkstatt, eine Fahrradwerkstatt und einen Proberaum, den auch Leute aus dem Dorf nutzen.',
      'Wir kochen fast jeden Abend zusammen, kaufen gemeinsam ein und haben eine Haushaltskasse. Dazu gehört, dass alle etwa zwölf Stunden im Monat für Haus, Garten und das Kulturprogramm im Saal einplanen. Wer gern allein frühstückt, ist trotzdem richtig – wer am Wochenende Ruhe sucht, eher nicht.',
      'Zwei Zimmer werden frei. Die Anteile für ein WG-Zimmer betragen 8.000 €, die monatlichen Kosten 360 bis 480 € inklusive Nebenkosten und Internet.',
    ),
    photos: ['house'], units: 7, free: { shared_flat: 2 }, cost: [360, 480], equity: 8_000, space: [14, 22],
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.lively, { households: ['single', 'couple'], hours: 12, importance: { 'community.sharedEconomy': 2 } }),
  }),
  project({
    n: 5, org: 'org_gemeinsam_gebirge', plz: '02799', settlement: 'village', stage: 'forming', legalForm: 'cooperative',
    title: 'Gründungsgruppe „Lauscheblick“ in Waltersdorf',
    summary: 'Sieben Haushalte wollen unterhalb der Lausche ein altes Gasthofgelände zum Wohnprojekt machen. Die Genossenschaft begleitet uns; wir suchen noch Mitstreiter*innen.',
    description: p(
      'Wir sind drei Familien und ein Paar aus Dresden, Zittau und Waltersdorf selbst. Seit einem Jahr treffen wir uns regelmäßig, haben andere Hofprojekte besucht und mit der Genossenschaft „Gemeinsam Wohnen im Zittauer Gebirge“ einen Partner gefunden, der das Grundstück kaufen und das Projekt tragen würde.',
      'Das Gelände des früheren Gasthofs bietet Platz für einen umgebauten Saalbau mit fünf Wohnungen und ein bis zwei Holzhäuser im Garten. Was wir suchen: Menschen, die Lust auf Dorfleben haben, auch einmal eine lange Bauversammlung aushalten und sich vorstellen können, in zwei bis drei Jahren einzuziehen.',
      'Die Zahlen sind vorläufig: Anteile um 12.000 €, Nutzungsgebühr zwischen 500 und 850 €. Kinder und Hunde sind ausdrücklich willkommen – wir haben selbst zwei.',
    ),
    photos: ['courtyard', 'plot'], units: 7, free: { own_flat: 4, house: 1 }, cost: [500, 850], equity: 12_000, space: [50, 120], plot: 4_800,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { hours: 10, timeline: '1to3y' }),
  }),
  project({
    n: 6, org: 'org_gemeinsam_gebirge', plz: '02779', locality: 'Großschönau', settlement: 'village', stage: 'occupied', legalForm: 'cooperative',
    title: 'Damastweberhaus Großschönau – ruhiges Wohnen für alle Generationen',
    summary: 'Achtzehn Wohnungen in einem sanierten Fabrikantenhaus mit Park. Die Hausgemeinschaft reicht vom Kleinkind bis zum Urgroßvater; zwei barrierefreie Wohnungen sind frei.',
    description: p(
      'Das Haus eines früheren Damastfabrikanten steht in einem kleinen Park an der Mandau, zehn Minuten zu Fuß vom Ortszentrum. Die Genossenschaft hat es 2016 saniert und einen Aufzug eingebaut; die Wohnungen im Erd- und im ersten Obergeschoss sind barrierefrei, die Bäder bodengleich.',
      'Unsere Hausgemeinschaft ist bewusst gemischt: Etwa ein Drittel ist über 65, dazu kommen Familien mit Kindern und einige Alleinstehende. Man hilft sich – beim Einkaufen, beim Arztweg, beim Babysitten –, aber niemand muss. Einmal im Monat gibt es ein Sonntagscafé im Gartensaal, im Sommer wird gegrillt. Es geht ruhig zu; laute Feste feiern wir lieber im Vereinshaus nebenan.',
      'Frei sind eine Zweizimmerwohnung (58 m²) und eine Dreizimmerwohnung (74 m²). Anteile 5.000 €, Nutzungsgebühr 480 bis 720 € warm; zwei Wohnungen im Haus sind für Haushalte mit Wohnberechtigungsschein gebunden.',
    ),
    photos: ['townhouse', 'courtyard'], units: 18, free: { own_flat: 2 }, cost: [480, 720], equity: 5_000, space: [58, 74], plot: 5_200,
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { wbs: true, importance: { 'community.ageMix': 2, 'needs.atmosphere': 2 } }),
  }),
  project({
    n: 7, org: 'org_gemeinsam_gebirge', status: 'draft', plz: '02763', locality: 'Zittau-Pethau', settlement: 'town', stage: 'forming', legalForm: 'cooperative',
    title: 'Wohnhof Pethau (Entwurf)',
    summary: 'Erste Ideen für ein genossenschaftliches Wohnprojekt auf einem früheren Gärtnereigelände in Pethau.',
    description: p(
      'Notizen für die Anzeige – bitte noch nicht veröffentlichen. Das Gelände wird von der Stadt angeboten, die Gespräche laufen.',
      'Ob es sechs oder zehn Wohnungen werden, wissen wir noch nicht; Zahlen zu Anteilen und Nutzungsgebühr folgen nach dem Termin bei der Bank.',
    ),
    photos: ['plot'], units: 8, free: { own_flat: 8 }, cost: [600, 950], equity: 15_000,
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.familyVillage),
  }),

  // ── Hausprojekte-Verbund Lausitz (Mietshäuser Syndikat houses) ──
  project({
    n: 8, org: 'org_hausprojekte_lausitz', plz: '02708', settlement: 'small_town', stage: 'occupied', legalForm: 'syndicate',
    title: 'Altstadtfabrik Löbau – Hausprojekt im Mietshäuser Syndikat',
    summary: 'Eine ehemalige Strumpffabrik, elf Wohnungen, ein Laden im Erdgeschoss und ein Hof voller Fahrräder. Frei sind eine Familienwohnung und ein WG-Zimmer – ohne Eigenkapital.',
    description: p(
      'Die Altstadtfabrik gehört seit 2017 sich selbst: Über eine Haus-GmbH im Mietshäuser Syndikat ist sie dem Immobilienmarkt dauerhaft entzogen. Finanziert haben wir den Kauf mit einem Bankkredit und vielen Direktkrediten von Unterstützer*innen; Eigenkapital muss bei uns niemand mitbringen.',
      'Im Haus wohnen 24 Menschen zwischen 2 und 71 Jahren. Im Erdgeschoss betreiben wir einen Umsonstladen und vermieten einen Raum an eine Hebammenpraxis. Entscheidungen treffen wir im Konsens im Hausplenum, das jeden zweiten Dienstag stattfindet. Wir erwarten etwa zwölf Stunden Mitarbeit im Monat: Verwaltung, Hausmeisterei, Hof, Öffentlichkeitsarbeit.',
      'Frei sind eine Vierzimmerwohnung (92 m², 980 € warm) und ein Zimmer in der Erdgeschoss-WG (420 € warm). Hunde sind willkommen, solange sie sich mit den zwei Hauskatzen arrangieren.',
    ),
    photos: ['townhouse', 'courtyard'], units: 11, free: { own_flat: 1, shared_flat: 1 }, cost: [420, 980], equity: 0, space: [16, 92],
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.lively, { ages: ['u30', '30-44', '45-64', '65+'], meals: 'weekly', hours: 12, ageMix: 'multigen', sharedEconomy: 'open' }),
  }),
  project({
    n: 9, org: 'org_hausprojekte_lausitz', plz: '02826', settlement: 'town', stage: 'building', legalForm: 'syndicate',
    title: 'Hausprojekt „Die Ecke“ – Gründerzeit-Eckhaus in der Görlitzer Innenstadt',
    summary: 'Wir bauen ein Eckhaus von 1896 zum Hausprojekt mit drei Wohngemeinschaften, zwei Clusterwohnungen und einem Stadtteilcafé um. Einzug ab Sommer.',
    description: p(
      'Das Eckhaus stand fast zwanzig Jahre leer, als wir es mit Hilfe des Mietshäuser Syndikats kaufen konnten. Seit zwei Jahren sanieren wir Etage für Etage, mit Handwerksbetrieben aus der Region und vielen Wochenenden voller Eigenleistung. Das Dach ist dicht, die Heizung läuft, jetzt kommen die Bäder.',
      "Im Sommer ziehen die ersten von uns ein. Drei Wohngemeinschaften mit je vier bis fünf Zimmern und zwei Clusterwohnungen – kleine Apartments um eine gemeinsame Küche – haben noch Platz. Im Erdgeschoss eröffnet Ella's Hofcafé, das Café unserer Nachbarin, mit der wir den Hof teilen.",
      'Wir sind überwiegend zwischen 20 und 40, teils mit Kindern, und es ist oft etwas los. Die Miete liegt zwischen 390 und 690 € warm. Eigenkapital brauchst du nicht, aber Lust auf Baustelle und Plenum.',
    ),
    photos: ['townhouse'], units: 16, free: { shared_flat: 3, cluster_flat: 2 }, cost: [390, 690], equity: 0, space: [14, 40],
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.lively, { ages: ['u30', '30-44'], households: ['single', 'couple', 'family', 'group'], meals: 'weekly', hours: 15, sharedEconomy: 'open' }),
  }),
  project({
    n: 10, org: 'org_hausprojekte_lausitz', plz: '02730', settlement: 'small_town', stage: 'planning', legalForm: 'syndicate',
    title: 'Spreequellhaus Ebersbach: Syndikatsprojekt sucht Familien',
    summary: 'Eine große Fabrikantenvilla mit Garten, nicht weit von der Spreequelle. Der Kauf ist gesichert, der Umbau beginnt im Frühjahr – wir suchen Familien und Einzelne für vier Wohnungen und eine WG.',
    description: p(
      'Im Herbst haben wir den Kaufvertrag für die Villa unterschrieben: drei Etagen, ein ausbaufähiges Dachgeschoss, 2.400 m² Garten mit alten Obstbäumen. Das Haus wird, wie alle Syndikatshäuser, nie wieder verkauft werden können. Finanziert wird über eine Regionalbank, ein Förderdarlehen und Direktkredite.',
      'Geplant sind vier abgeschlossene Wohnungen für Familien und eine WG im Dachgeschoss. Wir – zwei Familien mit zusammen fünf Kindern und ein Paar – wohnen noch in Dresden und Ebersbach und wollen in etwa anderthalb Jahren einziehen. Baustelleneinsätze gibt es ab März jeden zweiten Samstag.',
      'Warm rechnen wir mit 450 bis 850 € je nach Wohnungsgröße. Hunde, Katzen und Hühner sind willkommen. Eigenkapital ist keins nötig; wer Direktkredite geben kann, hilft uns sehr.',
    ),
    photos: ['house', 'courtyard'], units: 8, free: { own_flat: 4, shared_flat: 2 }, cost: [450, 850], equity: 0, space: [18, 105], plot: 2_400,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { ages: ['u30', '30-44', '45-64'], ageMix: 'any', hours: 10, timeline: '1to3y' }),
  }),
  project({
    n: 11, org: 'org_hausprojekte_lausitz', plz: '02828', locality: 'Görlitz-Königshufen', settlement: 'town', stage: 'forming', legalForm: 'syndicate',
    title: 'Platte neu denken: Syndikatsprojekt in Königshufen',
    summary: 'Ein Aufgang eines Fünfgeschossers soll ein selbstverwaltetes Hausprojekt werden – mit Aufzug, Clusterwohnungen und Dachgarten. Die Gruppe formiert sich gerade.',
    description: p(
      'Die städtische Wohnungsgesellschaft würde einen sanierungsbedürftigen Aufgang in Königshufen an ein Hausprojekt verkaufen. Wir sind eine Initiative von acht Leuten, die das ernsthaft durchrechnen: 20 Wohnungen, ein nachgerüsteter Aufzug an der Giebelseite, stufenlose Zugänge zu allen Etagen, ein Gemeinschaftsraum im Erdgeschoss und ein Garten auf dem Dach.',
      'Plattenbauten haben einen schlechten Ruf, aber die Wohnungen sind gut geschnitten, die Straßenbahn hält vor der Tür, und nirgendwo sonst in Görlitz lässt sich so günstig barrierefrei wohnen. Wir rechnen mit Warmmieten von 380 bis 650 €, Eigenkapital ist nicht nötig.',
      'Gesucht sind Menschen jeden Alters, gerade auch Ältere, die ohne Treppen wohnen möchten, und Alleinerziehende. Wir treffen uns jeden ersten Donnerstag im Monat im Stadtteilzentrum.',
    ),
    photos: ['townhouse'], units: 20, free: { own_flat: 12, cluster_flat: 3 }, cost: [380, 650], equity: 0, space: [35, 75],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { atmosphere: 'balanced', hours: 6, wbs: true, timeline: '1to3y' }),
  }),
  project({
    n: 12, org: 'org_hausprojekte_lausitz', plz: '02763', settlement: 'town', stage: 'occupied', legalForm: 'syndicate',
    title: 'Haus-WG nahe der Hochschule Zittau: zwei Zimmer frei',
    summary: 'Drei Wohngemeinschaften in einem Syndikatshaus, fünf Gehminuten von der Hochschule. Günstig, selbstverwaltet, eher studentisch – für Kinder ist das Haus nicht eingerichtet.',
    description: p(
      'Unser Haus in der Weststadt hat drei Etagen mit je einer WG für vier bis fünf Personen. Die meisten von uns studieren oder promovieren an der Hochschule, einige arbeiten in Zittau oder pendeln nach Liberec.',
      'Wir teilen Küche und Bad pro Etage, dazu den großen Keller mit Tischtennisplatte, Siebdruck und Bandraum. Gegessen wird unregelmäßig zusammen, gefeiert regelmäßig. Im Hausplenum einmal im Monat geht es um Finanzen, Putzplan und die nächste Soli-Party.',
      'Zwei Zimmer (12 und 17 m²) sind ab sofort frei, die Warmmiete liegt bei 290 bis 340 €. Wir suchen Leute unter 35, die Selbstverwaltung ausprobieren möchten. Kinder sind im Haus leider nicht vorgesehen – es gibt weder Platz noch ruhige Ecken.',
    ),
    photos: ['townhouse'], units: 14, free: { shared_flat: 2 }, cost: [290, 340], equity: 0, space: [12, 17],
    barrierFree: false, children: false, pets: 'small',
    vibe: vibe(VIBES.lively, { ages: ['u30', '30-44'], households: ['single', 'couple'], meals: 'occasional', hours: 6, ageMix: 'similar', ecology: 'medium', sharedEconomy: 'open', support: 'none', importance: { 'who.ageBands': 2 } }),
  }),
  project({
    n: 13, org: 'org_hausprojekte_lausitz', status: 'paused', plz: '02899', settlement: 'small_town', stage: 'building', legalForm: 'syndicate',
    title: 'Klosterblick Ostritz – Hausprojekt am Neißeufer',
    summary: 'Ehemaliges Gärtnerhaus mit Blick auf St. Marienthal, sechs Wohnungen. Die Anzeige ruht, bis die Bauarbeiten wieder laufen.',
    description: p(
      'Wegen eines Wasserschadens im Winter ruht unsere Baustelle und damit auch die Suche nach neuen Mitbewohner*innen. Sobald das Gutachten vorliegt und die Versicherung entschieden hat, geht es weiter – voraussichtlich im Frühjahr.',
      'Das Projekt selbst bleibt, wie es war: sechs Wohnungen, ein gemeinsamer Garten bis zur Neiße, eine Werkstatt in der alten Remise. Wer schon jetzt Interesse hat, kann sich gern in unseren Rundbrief eintragen.',
    ),
    photos: ['house'], units: 6, free: { own_flat: 3 }, cost: [480, 760], equity: 0, space: [48, 90], plot: 1_900,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage),
  }),
  project({
    n: 43, org: 'org_hausprojekte_lausitz', plz: '02788', locality: 'Hirschfelde', settlement: 'village', stage: 'occupied', legalForm: 'syndicate',
    title: 'Hausprojekt Alte Brauerei Hirschfelde (Warteliste)',
    summary: 'Sechs Wohnungen in einer ehemaligen Brauerei an der Neiße. Derzeit ist alles belegt; Interessierte können sich auf die Warteliste setzen lassen.',
    description: p(
      'Die Alte Brauerei ist seit 2016 ein Syndikatshaus. Wir sind fünfzehn Menschen, vier Hunde und eine erstaunliche Anzahl an Fahrrädern. Im Gewölbekeller finden Konzerte statt, im Sudhaus steht inzwischen eine Siebdruckwerkstatt.',
      'Gerade ist keine Wohnung frei. Erfahrungsgemäß wird etwa einmal im Jahr etwas frei; wer uns vorher kennenlernen möchte, kommt am besten zum offenen Hofabend am letzten Freitag im Monat.',
    ),
    photos: ['townhouse', 'courtyard'], units: 6, free: {}, forms: ['own_flat'], cost: [350, 620], equity: 0, space: [40, 95],
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.lively, { ages: ['u30', '30-44', '45-64', '65+'], meals: 'weekly', hours: 12, timeline: 'flexible' }),
  }),

  // ── Stiftung Umgebinde & Gemeinschaft (foundation) ──
  project({
    n: 14, org: 'org_stiftung_umgebinde', plz: '02779', settlement: 'village', stage: 'occupied', legalForm: 'foundation',
    title: 'Umgebindehaus-Ensemble Hainewalde – Stiftungswohnen ohne Eigenkapital',
    summary: 'Drei Umgebindehäuser am Dorfbach, denen die Stiftung eine Zukunft gibt. Frei sind eine Wohnung und ein ganzes kleines Haus – mit Garten, Hund erlaubt.',
    description: p(
      'Die Stiftung Umgebinde & Gemeinschaft hat die drei Häuser am Hainewalder Dorfbach vor dem Verfall gerettet und denkmalgerecht saniert. Die Häuser gehören der Stiftung, die Bewohner*innen haben unbefristete Dauernutzungsverträge. So bleibt das Wohnen bezahlbar, und niemand muss Eigenkapital mitbringen.',
      'Sieben Haushalte leben hier, darunter drei Familien und ein Ehepaar, das seit fünfzig Jahren im Dorf wohnt. Gemeinsam kümmern wir uns um den Bauerngarten, die Obstwiese und die Pflege der Holzkonstruktion – ein Umgebindehaus will geölt, gefegt und beobachtet werden. Einmal im Monat gibt es einen Arbeitseinsatz mit anschließendem Essen.',
      'Frei sind eine Zweieinhalbzimmerwohnung im Oberlaubenhaus (61 m², 560 € warm) und das kleine Auszugshaus (84 m², 990 € warm) mit eigenem Garten. Hunde sind willkommen, Hühner haben wir schon.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 7, free: { own_flat: 1, house: 1 }, cost: [560, 990], equity: 0, space: [61, 84], plot: 3_900,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.quietMultigen, { households: ['family', 'couple', 'single', 'senior'], decisions: 'majority', ecology: 'high', carFree: 'no', hours: 6 }),
  }),
  project({
    n: 15, org: 'org_stiftung_umgebinde', plz: '02747', settlement: 'small_town', stage: 'planning', legalForm: 'foundation',
    title: 'Gemeinschaftshaus am Hutberg – barrierefrei wohnen in Herrnhut',
    summary: 'Die Stiftung baut ein ehemaliges Schwesternhaus zu zwölf barrierefreien Wohnungen mit Gemeinschaftsküche und Garten um. Gesucht wird eine Hausgemeinschaft von jung bis alt.',
    description: p(
      'Das frühere Schwesternhaus liegt am Fuß des Hutbergs, wenige Minuten vom Zinzendorfplatz. Die Stiftung hat das Gebäude im letzten Jahr erworben und plant mit einem Dresdner Architekturbüro den Umbau: zwölf Wohnungen zwischen 40 und 85 m², alle barrierefrei, zwei davon rollstuhlgerecht, dazu ein Aufzug, eine Gemeinschaftsküche und ein Gästezimmer.',
      'Wir wünschen uns eine Hausgemeinschaft, die sich gegenseitig trägt: Ältere, die nicht allein wohnen möchten, Familien, die Großeltern auf Zeit schätzen, Menschen mit Assistenzbedarf. Eine Pflege-WG ist es ausdrücklich nicht, aber ein ambulanter Dienst hat sein Büro im Nachbarhaus.',
      'Einzug voraussichtlich in zwei Jahren. Die Nutzungsentgelte werden bei 620 bis 980 € warm liegen, Eigenkapital ist nicht erforderlich. Interessierte laden wir zu den Planungswerkstätten ein, jeden dritten Samstag im Monat.',
    ),
    photos: ['house', 'courtyard'], units: 12, free: { own_flat: 7, cluster_flat: 1 }, cost: [620, 980], equity: 0, space: [40, 85],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { meals: 'weekly', importance: { 'needs.support': 2, 'community.ageMix': 2 } }),
  }),
  project({
    n: 16, org: 'org_stiftung_umgebinde', plz: '02794', settlement: 'village', stage: 'building', legalForm: 'foundation',
    title: 'Dreiseithof Leutersdorf: Stiftungsprojekt mit Werkstatt und Weide',
    summary: 'Ein Dreiseithof wird zu zehn Wohnungen, zwei davon rollstuhlgerecht. Einzug im Herbst; vier Wohnungen sind noch frei, Familien mit Hund sind willkommen.',
    description: p(
      'Der Hof liegt am oberen Ende von Leutersdorf, mit Blick über die Felder bis ins Böhmische. Im ehemaligen Stall entstehen sechs Wohnungen, im Wohnhaus vier; die Scheune wird Werkstatt, Hofladen und Gemeinschaftsraum. Die Erdgeschosswohnungen sind stufenlos, zwei sind für Rollstuhlnutzer*innen geplant, mit unterfahrbarer Küche und großem Bad.',
      'Die Stiftung besitzt den Hof, die Bewohner*innen verwalten ihn als Verein selbst. Dazu gehören eine Weide mit drei Schafen, ein großer Gemüsegarten und die Zusage, den Hof auch für das Dorf zu öffnen – etwa mit dem Erntefest im September.',
      'Frei sind noch vier Wohnungen von 52 bis 98 m², warm 640 bis 1.080 €. Eigenkapital braucht es nicht, wohl aber etwas Geduld: Die Zimmerleute sind gerade im Dachstuhl.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 10, free: { own_flat: 4 }, cost: [640, 1_080], equity: 0, space: [52, 98], plot: 11_000,
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { households: ['family', 'couple', 'single', 'senior'] }),
  }),
  project({
    n: 17, org: 'org_stiftung_umgebinde', plz: '02736', settlement: 'village', stage: 'forming', legalForm: 'foundation',
    title: 'Wohnen und Gärtnern in Oppach – Gruppe im Aufbau',
    summary: 'Die Stiftung hat eine Gärtnerei mit Wohnhaus gekauft und sucht eine Gruppe, die dort ökologisch wohnen und gärtnern möchte. Sechs Plätze, die ersten Treffen laufen.',
    description: p(
      'Zur ehemaligen Gärtnerei am Oppacher Ortsrand gehören ein Wohnhaus mit vier Wohnungen, zwei Gewächshäuser und gut ein Hektar Land. Die Stiftung möchte das Gelände langfristig an eine Wohn- und Gartengemeinschaft vergeben, die es als solidarische Landwirtschaft oder Gemüsegärtnerei weiterführt.',
      'Eine feste Gruppe gibt es noch nicht – bislang treffen sich drei Interessierte regelmäßig mit der Stiftung. Ob am Ende vier Wohnungen und eine WG oder ein anderer Zuschnitt herauskommen, entscheiden die Menschen, die jetzt dazukommen. Gärtnerische Erfahrung ist willkommen, Begeisterung reicht für den Anfang.',
      'Geschätzte Wohnkosten 500 bis 800 € warm, Eigenkapital ist nicht nötig. Kinder, Hunde und Ziegen sind denkbar.',
    ),
    photos: ['plot', 'house'], units: 6, free: { own_flat: 4, shared_flat: 2 }, cost: [500, 800], equity: 0, space: [20, 95], plot: 10_500,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.lively, { households: ['single', 'couple', 'family', 'group'], meals: 'weekly', hours: 20, atmosphere: 'balanced', guests: 'sometimes', timeline: 'flexible', importance: { 'community.ecology': 2 } }),
  }),
  project({
    n: 18, org: 'org_stiftung_umgebinde', plz: '02899', settlement: 'small_town', stage: 'occupied', legalForm: 'foundation',
    title: 'Seniorenhausgemeinschaft Neißeaue in Ostritz',
    summary: 'Vierzehn barrierefreie Wohnungen für Menschen ab 65, mit Gemeinschaftsraum, Gästezimmer und Blick auf die Neiße. Zwei Wohnungen werden im Frühjahr frei.',
    description: p(
      'Die Hausgemeinschaft wurde 2014 von der Stiftung gemeinsam mit einer Gruppe älterer Ostritzer*innen gegründet, die im Alter nicht ins Heim, aber auch nicht allein bleiben wollten. Heute leben hier 19 Menschen zwischen 66 und 91 Jahren in eigenen Wohnungen, verbunden durch einen großen Gemeinschaftsraum mit Küche.',
      'Wir kochen jeden Mittwoch zusammen und machen Ausflüge nach St. Marienthal und ins polnische Nachbardorf. Zweimal in der Woche kommt eine Gemeindeschwester vorbei; wer mehr Pflege braucht, organisiert sie über einen ambulanten Dienst. Die Hausgemeinschaft ist ausdrücklich für Menschen ab 65 gedacht – Kinder und Enkel sind als Gäste jederzeit willkommen und können im Gästezimmer übernachten.',
      'Frei werden eine Einzimmerwohnung (42 m²) und eine Zweizimmerwohnung (63 m²), warm 690 bis 1.050 €. Eigenkapital ist nicht nötig.',
    ),
    photos: ['house'], units: 14, free: { own_flat: 2 }, cost: [690, 1_050], equity: 0, space: [42, 63],
    barrierFree: true, children: false, pets: 'small',
    vibe: vibe(VIBES.senior, { timeline: 'lt1y', importance: { 'who.ageBands': 3, 'who.householdType': 2 } }),
  }),
  property({
    n: 52, org: 'org_stiftung_umgebinde', plz: '02748', settlement: 'small_town', stage: 'forming', legalForm: 'foundation',
    title: 'Ehemaliges Pfarrhaus Bernstadt – Erbbaurecht für eine Wohngruppe',
    summary: 'Barockes Pfarrhaus mit Pfarrgarten und Nebengebäude. Die Stiftung übernimmt die Hülle, eine Gruppe von vier bis fünf Haushalten gestaltet das Innere.',
    description: p(
      'Das Pfarrhaus neben der Kirche wird seit der Zusammenlegung der Kirchgemeinden nicht mehr gebraucht. Die Stiftung Umgebinde & Gemeinschaft hat es übernommen und sucht eine Gruppe, die es im Erbbaurecht bewohnt: Die Stiftung saniert Dach, Fassade und Haustechnik, die Gruppe baut die Wohnungen nach eigenen Vorstellungen aus.',
      'Das Haus hat rund 420 m² Wohnfläche auf zwei Etagen und einem ausbaufähigen Dach, dazu ein Nebengebäude und einen 2.600 m² großen Pfarrgarten mit alten Linden. Der große Raum im Erdgeschoss soll weiterhin gelegentlich für Gemeindeveranstaltungen offenstehen.',
      'Ein Kaufpreis fällt nicht an; der Erbbauzins wird erst nach dem Umbau fällig. Wir wünschen uns eine Gruppe, die auch im Ort mitwirkt.',
    ),
    photos: ['house', 'courtyard'], units: 5, free: { own_flat: 5 }, cost: null, equity: 0, space: [420, 420], plot: 2_600,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y', atmosphere: 'quiet', ecology: 'medium' },
  }),

  // ── Mehrgenerationenwohnen Oberlausitz e. V. (association; rental and own models) ──
  project({
    n: 19, org: 'org_mgw_oberlausitz', plz: '02791', settlement: 'village', stage: 'occupied', legalForm: 'rental',
    title: 'Mehrgenerationenhaus Oderwitz: zwei Mietwohnungen frei',
    summary: 'Zwölf Mietwohnungen in der umgebauten Alten Post, ein großer Garten und eine Hausgemeinschaft von 1 bis 84. Barrierefrei, ruhig gelegen, Hunde willkommen.',
    description: p(
      'Die Alte Post in Oberoderwitz wurde 2012 umgebaut und ist seitdem ein Mehrgenerationenhaus mit Mietwohnungen. Eigentümerin ist eine Familie aus dem Ort, die unseren Verein als Generalmieter eingesetzt hat – deshalb gibt es keine Anteile und kein Eigenkapital, nur einen ganz normalen Mietvertrag und eine Vereinsmitgliedschaft für 5 € im Monat.',
      'Im Haus leben Familien, Alleinerziehende, Paare und ältere Menschen. Gemeinsam ist uns, dass wir aufeinander achten: Es gibt einen Fahrplan für Arzttermine, eine Hausaufgabenhilfe und einen Kaffeetisch am Sonntag. Die Lage am Rand des Dorfs ist ruhig, die Bahn nach Zittau und Görlitz fährt stündlich.',
      'Frei sind eine barrierefreie Dreizimmerwohnung (71 m², 790 € warm) und eine Vierzimmerwohnung unterm Dach (96 m², 1.020 € warm).',
    ),
    photos: ['house', 'courtyard'], units: 12, free: { own_flat: 2 }, cost: [790, 1_020], equity: 0, space: [71, 96], plot: 2_900,
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.quietMultigen, { households: ['family', 'couple', 'single', 'senior'], decisions: 'majority', carFree: 'no', importance: { 'needs.support': 2 } }),
  }),
  project({
    n: 20, org: 'org_mgw_oberlausitz', plz: '02708', settlement: 'small_town', stage: 'occupied', legalForm: 'other',
    title: 'Generationenhof am Löbauer Berg',
    summary: 'Ein Wohnverein mit 16 Wohnungen rund um einen grünen Innenhof am Fuß des Löbauer Bergs. Frei sind eine barrierefreie Wohnung und ein Apartment in der Clusterwohnung.',
    description: p(
      'Der Generationenhof ist ein Verein: Die Mitglieder haben die Gebäude einer früheren Gärtnerei mit Hilfe eines Förderprogramms gekauft und umgebaut. Jeder Haushalt zahlt eine Einlage von 3.000 €, die beim Auszug zurückgezahlt wird, und eine monatliche Nutzungsgebühr.',
      'Wir sind 28 Menschen, die jüngste ist drei, der älteste 88. Es gibt eine Gemeinschaftsküche, in der zweimal pro Woche gekocht wird, eine kleine Bibliothek und einen Werkraum. Entscheidungen fallen soziokratisch in vier Kreisen (Haus, Garten, Finanzen, Miteinander). Wer einzieht, übernimmt Aufgaben in einem Kreis – etwa fünf Stunden im Monat.',
      'Frei sind eine barrierefreie Zweizimmerwohnung (56 m²) und ein Apartment (34 m²) in der Clusterwohnung mit drei anderen Haushalten. Nutzungsgebühr 520 bis 870 € warm. Ab 21 Uhr ist im Hof Ruhe.',
    ),
    photos: ['courtyard', 'house'], units: 16, free: { own_flat: 1, cluster_flat: 1 }, cost: [520, 870], equity: 3_000, space: [34, 56],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { meals: 'weekly', hours: 5, importance: { 'community.ageMix': 2, 'needs.atmosphere': 2 } }),
  }),
  project({
    n: 21, org: 'org_mgw_oberlausitz', plz: '02827', locality: 'Görlitz-Biesnitz', settlement: 'town', stage: 'planning', legalForm: 'rental',
    title: 'Wohnen mit Landeskronblick – Mietprojekt in Görlitz-Biesnitz',
    summary: 'Unser Verein plant mit einer regionalen Wohnungsgesellschaft 22 barrierefreie Mietwohnungen mit Gemeinschaftsflächen. Die künftige Hausgemeinschaft gestaltet mit.',
    description: p(
      'Auf einem Grundstück in Biesnitz entsteht ab nächstem Jahr ein Neubau mit 22 Wohnungen. Bauherrin ist eine regionale Wohnungsgesellschaft, die das Haus langfristig an unseren Verein vermietet; wir vergeben die Wohnungen an Haushalte, die gemeinschaftlich wohnen möchten.',
      'Alle Wohnungen sind barrierefrei, vier rollstuhlgerecht. Im Erdgeschoss planen wir einen Gemeinschaftsraum mit Küche, eine Werkstatt und ein Gästeapartment, auf dem Dach einen Garten mit Blick auf die Landeskrone. Die Straßenbahn ist fünf Minuten entfernt, der Wald ebenso.',
      'Die Warmmieten werden voraussichtlich bei 700 bis 1.150 € liegen; vier Wohnungen sind für Haushalte mit Wohnberechtigungsschein vorgesehen. Einzug frühestens in zwei Jahren. Gesucht sind alle Generationen, besonders Familien und Menschen über 60.',
    ),
    photos: ['townhouse', 'plot'], units: 22, free: { own_flat: 14, cluster_flat: 2 }, cost: [700, 1_150], equity: 0, space: [38, 98],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { atmosphere: 'balanced', wbs: true }),
  }),
  project({
    n: 22, org: 'org_mgw_oberlausitz', plz: '02782', settlement: 'village', stage: 'forming', legalForm: 'other',
    title: 'Initiative Generationengarten Seifhennersdorf',
    summary: 'Fünf Haushalte suchen Gleichgesinnte für ein kleines Wohnprojekt an der Grenze zu Böhmen: zwei Häuser, ein Garten, viel Selbermachen.',
    description: p(
      'Wir sind eine lose Gruppe aus Seifhennersdorf und Umgebung: zwei ältere Paare, deren Kinder weggezogen sind, eine junge Familie und zwei Alleinstehende. Gemeinsam wollen wir zwei leerstehende Nachbarhäuser in der Ortsmitte kaufen und so umbauen, dass jede und jeder eine eigene Wohnung hat und der Garten allen gehört.',
      'Die Rechtsform ist noch offen – zunächst eine GbR, vielleicht später eine Genossenschaft. Der Mehrgenerationenverein berät uns dabei. Wir treffen uns alle zwei Wochen reihum in unseren Küchen und sehen uns gerade die Häuser mit einem Bausachverständigen an.',
      'Die Wohnkosten schätzen wir auf 450 bis 750 € im Monat. Eigenkapital wäre hilfreich, ist aber keine Bedingung. Wer mitmachen will, sollte Zeit und Freude am Handwerk mitbringen.',
    ),
    photos: ['house', 'farmhouse'], units: 10, free: { own_flat: 3, house: 2 }, cost: [450, 750], equity: 0, space: [55, 120],
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.quietMultigen, { decisions: 'consensus', hours: 12, carFree: 'no', sharedEconomy: 'open', tidiness: 'relaxed', timeline: 'flexible' }),
  }),
  project({
    n: 23, org: 'org_mgw_oberlausitz', plz: '02730', settlement: 'small_town', stage: 'building', legalForm: 'rental',
    title: 'Hausgemeinschaft 60 plus in Ebersbach',
    summary: 'Zehn altersgerechte Mietwohnungen im früheren Verwaltungsgebäude einer Weberei, für Menschen ab Mitte fünfzig, die gemeinschaftlich und selbstständig leben wollen.',
    description: p(
      'Im früheren Verwaltungsgebäude einer Weberei entstehen zehn Wohnungen mit Aufzug, breiten Türen und bodengleichen Duschen. Unser Verein mietet das Haus vom Eigentümer und vergibt die Wohnungen an Menschen ab etwa 55, die sich gegenseitig unterstützen möchten, ohne auf die eigene Tür zu verzichten.',
      'Geplant sind ein Gemeinschaftsraum mit Küche, ein Hochbeetgarten und ein Raum für Physiotherapie, den eine Praxis aus dem Ort nutzen wird. Kinder und Enkel sind gern gesehen, aber die Wohnungen sind für ein bis zwei Personen zugeschnitten.',
      'Fertigstellung ist im Spätsommer geplant. Die Warmmiete liegt bei 650 bis 980 €, Kleintiere sind erlaubt.',
    ),
    photos: ['house'], units: 10, free: { own_flat: 6 }, cost: [650, 980], equity: 0, space: [48, 68],
    barrierFree: true, children: false, pets: 'small',
    vibe: vibe(VIBES.senior, { ages: ['45-64', '65+'], importance: { 'who.ageBands': 2 } }),
  }),
  project({
    n: 24, org: 'org_mgw_oberlausitz', status: 'archived', plz: '02742', settlement: 'village', stage: 'occupied', legalForm: 'rental',
    title: 'WG im Pfarrgarten Friedersdorf',
    summary: 'Unsere Vierer-WG im ehemaligen Pfarrgarten ist voll – danke für die vielen Anfragen!',
    description: p('Alle Zimmer sind vergeben, die Anzeige ist archiviert. Wir melden uns hier wieder, wenn sich etwas ändert.'),
    photos: ['house'], units: 4, free: {}, forms: ['shared_flat'], cost: [310, 380], equity: 0, space: [14, 20],
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.lively, { hours: 6 }),
  }),
  project({
    n: 27, org: 'org_mgw_oberlausitz', plz: '02943', settlement: 'small_town', stage: 'occupied', legalForm: 'rental',
    title: 'Glasmacherhaus Weißwasser – günstig gemeinschaftlich wohnen',
    summary: 'In einem sanierten Wohnblock aus den Fünfzigern lebt eine Hausgemeinschaft mit Gemeinschaftswohnung und Werkstatt. Günstige Mieten, barrierefreie Erdgeschosse, Hunde willkommen.',
    description: p(
      'Weißwasser hat in den letzten dreißig Jahren fast die Hälfte seiner Einwohner verloren – und damit viel Platz gewonnen. Unser Verein hat einen Block mit 20 Wohnungen gemietet, mit dem Eigentümer saniert und eine der Wohnungen zur Gemeinschaftswohnung umgebaut: Küche, Spielzimmer, Werkstatt.',
      'Die Hausgemeinschaft ist jung und alt gemischt; viele arbeiten im Krankenhaus, in der Schule oder pendeln nach Cottbus. Die Glasmacherei hat die Stadt geprägt, und im Hausflur hängen Stücke aus der ehemaligen Hütte. Einmal im Monat gibt es einen Hausabend, sonst trifft man sich im Hof oder auf der Bank am Eingang.',
      'Frei sind vier Wohnungen, zwei davon barrierefrei im Erdgeschoss, und ein Zimmer in der Clusterwohnung. Warmmiete 390 bis 690 €. Eigenkapital ist nicht nötig, Hunde und Kinder sind herzlich willkommen.',
    ),
    photos: ['townhouse', 'courtyard'], units: 20, free: { own_flat: 4, cluster_flat: 1 }, cost: [390, 690], equity: 0, space: [28, 78],
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.urbanLight, { hours: 3, ageMix: 'multigen', ecology: 'low', carFree: 'no', support: 'both', wbs: true }),
  }),
  project({
    n: 45, org: 'org_mgw_oberlausitz', plz: '02826', settlement: 'town', stage: 'building', legalForm: 'rental',
    title: 'Cluster für Alleinerziehende in der Görlitzer Altstadt',
    summary: 'Vier Apartments um eine große Gemeinschaftsküche, gedacht für Alleinerziehende mit Kindern, die sich den Alltag teilen möchten. Fertigstellung im Sommer.',
    description: p(
      'Allein mit Kindern ist vieles schwerer – der Einkauf, der kranke Tag, der Abend, an dem man einfach mal raus muss. Unser Verein baut im Dachgeschoss eines Altstadthauses eine Clusterwohnung mit vier Apartments (je 38 bis 55 m², mit eigenem Bad und Teeküche) und einer großen Gemeinschaftsküche mit Spielecke.',
      'Die Idee: Jede Familie hat ihren eigenen Rückzugsort, und trotzdem ist immer jemand da. Wir organisieren einen gemeinsamen Abholplan für Kita und Schule, kochen zweimal pro Woche zusammen und haben mit einer Nachbarin aus dem Erdgeschoss eine Oma auf Zeit gefunden.',
      'Die Warmmiete liegt bei 480 bis 820 €, zwei der Apartments sind für Haushalte mit Wohnberechtigungsschein vorgesehen. Eigenkapital braucht es nicht.',
    ),
    photos: ['townhouse'], units: 4, free: { cluster_flat: 4 }, cost: [480, 820], equity: 0, space: [38, 55],
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.familyVillage, {
      ages: ['u30', '30-44', '45-64'], households: ['family'], hours: 6, ageMix: 'any', ecology: 'medium', carFree: 'open', wbs: true,
      importance: { 'who.householdType': 2, 'needs.support': 2, 'money.wbs': 1 },
    }),
  }),

  // ── Kessler Grundbesitz (a building owner renting to house communities, selling vacant buildings) ──
  project({
    n: 25, org: 'org_kessler_grundbesitz', plz: '02826', settlement: 'town', stage: 'occupied', legalForm: 'rental',
    title: 'Gründerzeithaus mit Gemeinschaftsetage, Görlitz-Innenstadt',
    summary: 'Neun sanierte Mietwohnungen über einer Gemeinschaftsetage mit Küche, Waschsalon und Gästezimmer. Für Menschen, die Nachbarschaft mögen, aber keinen Plenumsmarathon.',
    description: p(
      'Als wir das Haus in der Nähe des Wilhelmsplatzes sanierten, haben wir die erste Etage nicht vermietet, sondern den Bewohner*innen überlassen: mit großer Küche, einem Waschsalon, einem Gästezimmer und einem Raum, den die Hausgemeinschaft nach Belieben nutzt. Seither ist aus einem Mietshaus eine Nachbarschaft geworden.',
      'Wir sind Vermieter, keine Projektgruppe – es gibt keine Pflichtstunden und keine Anteile. Die Hausgemeinschaft organisiert sich selbst, trifft sich etwa einmal im Quartal und lädt im Dezember zum Hofadvent. Wer einzieht, sollte Lust haben, die Gemeinschaftsetage mitzunutzen und mitzupflegen.',
      'Frei sind eine Zweizimmerwohnung (64 m², 640 € warm) und eine Vierzimmerwohnung (112 m², 1.090 € warm). Haustiere sind wegen einer schweren Allergie im Haus leider nicht möglich.',
    ),
    photos: ['townhouse'], units: 9, free: { own_flat: 2 }, cost: [640, 1_090], equity: 0, space: [64, 112],
    barrierFree: false, children: true, pets: 'none',
    vibe: vibe(VIBES.urbanLight, { importance: { 'who.pets': 3 } }),
  }),
  project({
    n: 26, org: 'org_kessler_grundbesitz', plz: '02763', settlement: 'town', stage: 'building', legalForm: 'rental',
    title: 'Ringhöfe Zittau: Mietwohnen mit Gemeinschaftsgarten',
    summary: 'Neubau am Altstadtring mit 15 barrierefreien Mietwohnungen, Gemeinschaftsraum und Garten. Wir suchen Mieter*innen, die Hausgemeinschaft leben wollen.',
    description: p(
      'Auf einer lange brachliegenden Baulücke am Zittauer Ring entsteht ein Wohnhaus mit 15 Wohnungen und Aufzug. Wir haben uns als Eigentümer entschieden, das Haus als Hausgemeinschaft zu vermieten: mit einem Gemeinschaftsraum im Erdgeschoss, einem Garten im Hof und einer Moderatorin, die die ersten Treffen begleitet.',
      'Alle Wohnungen sind barrierefrei, vier davon mit zusätzlichen Bewegungsflächen für Rollstühle. Altstadt, Bahnhof und Klinikum sind zu Fuß erreichbar. Einzug ab Oktober.',
      'Neun Wohnungen sind noch frei, von 45 bis 92 m², warm 720 bis 1.190 €. Kleintiere sind erlaubt. Anteile gibt es keine – nur die übliche Mietsicherheit von drei Kaltmieten.',
    ),
    photos: ['townhouse', 'courtyard'], units: 15, free: { own_flat: 9 }, cost: [720, 1_190], equity: 0, space: [45, 92],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.urbanLight, { ageMix: 'multigen', support: 'both' }),
  }),
  project({
    n: 28, org: 'org_kessler_grundbesitz', status: 'paused', plz: '02828', locality: 'Görlitz-Klingewalde', settlement: 'town', stage: 'occupied', legalForm: 'rental',
    title: 'Hausgemeinschaft Klingewalde',
    summary: 'Vier Wohnungen in einer Stadtvilla am grünen Stadtrand. Die Anzeige ist pausiert, solange das Dach erneuert wird.',
    description: p('Wegen der Dachsanierung vergeben wir derzeit keine Wohnungen. Ab dem Sommer suchen wir wieder Mieter*innen, die in einer kleinen Hausgemeinschaft mit Garten leben möchten. Bis dahin: danke für Ihre Geduld.'),
    photos: ['house'], units: 4, free: { own_flat: 1 }, cost: [690, 940], equity: 0, space: [68, 94], plot: 1_400,
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.urbanLight),
  }),
  project({
    n: 41, org: 'org_kessler_grundbesitz', plz: '02829', locality: 'Zodel', settlement: 'village', stage: 'occupied', legalForm: 'rental',
    title: 'Landhaus an der Neiße – ruhige Hausgemeinschaft für Erwachsene',
    summary: 'Vier Wohnungen in einem alten Landhaus direkt am Neißeradweg. Ruhig, naturnah, für Erwachsene ohne Kinder; ein gut erzogener Hund ist willkommen.',
    description: p(
      'Das Landhaus in Zodel gehört seit drei Generationen der Familie Kessler. Nach dem Auszug der Eltern haben wir es in vier Wohnungen geteilt und suchen Mieter*innen, die Ruhe schätzen und sich eine lockere Hausgemeinschaft wünschen: gemeinsamer Garten, Holzlager, Sauna im Nebengebäude.',
      'Das Haus ist hellhörig und die Wohnungen sind klein; deshalb vermieten wir ausschließlich an Erwachsene. Der Neißeradweg führt am Gartenzaun vorbei, nach Görlitz sind es zwanzig Minuten mit dem Rad.',
      'Frei ist eine Zweizimmerwohnung unterm Dach (54 m², 520 € warm).',
    ),
    photos: ['house'], units: 4, free: { own_flat: 1 }, cost: [520, 520], equity: 0, space: [54, 54], plot: 2_100,
    barrierFree: false, children: false, pets: 'dog', confirmedDaysAgo: 241,
    vibe: vibe(VIBES.urbanLight, {
      ages: ['30-44', '45-64', '65+'], households: ['single', 'couple', 'senior'], meals: 'none', hours: 1, atmosphere: 'quiet', guests: 'rarely', tidiness: 'tidy',
      importance: { 'needs.atmosphere': 2 },
    }),
  }),
  property({
    n: 46, org: 'org_kessler_grundbesitz', plz: '02708', locality: 'Obercunnersdorf', settlement: 'village', stage: 'forming', legalForm: 'ownership',
    title: 'Zwei Umgebindehäuser mit Scheune in Obercunnersdorf – für eine Gruppe',
    summary: 'Leerstehendes Umgebinde-Ensemble im Denkmaldorf: zwei Wohnhäuser, eine Fachwerkscheune und 3.100 m² Garten. Platz für etwa fünf Haushalte.',
    description: p(
      'Obercunnersdorf gilt als eines der schönsten Umgebindedörfer der Oberlausitz – und auch hier stehen Häuser leer. Die beiden Häuser am Dorfbach gehören seit 2009 unserer Gesellschaft; wir möchten sie nicht einzeln verkaufen, sondern an eine Gruppe, die sie gemeinsam bewohnt und erhält.',
      'Beide Häuser sind grundsätzlich bewohnbar, aber sanierungsbedürftig: Die Holzkonstruktion ist gut, Dächer und Haustechnik müssen erneuert werden. Ein Gutachten mit Kostenschätzung (rund 650.000 € für beide Häuser) liegt vor. Für Umgebindehäuser gibt es eigene Förderprogramme; bei den Anträgen helfen wir gern.',
      'Kaufpreis für das Ensemble: 145.000 €. Denkbar sind vier bis sechs Wohneinheiten. Besichtigungen nach Vereinbarung, gern auch mit der ganzen Gruppe.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 5, free: { house: 2, own_flat: 3 }, cost: null, equity: 145_000, space: [340, 340], plot: 3_100,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y', atmosphere: 'quiet', ecology: 'medium' },
  }),
  property({
    n: 48, org: 'org_kessler_grundbesitz', plz: '02894', settlement: 'village', stage: 'forming', legalForm: 'ownership',
    title: 'Vierseitenhof in Vierkirchen – Platz für eine große Gruppe',
    summary: 'Geschlossener Vierseitenhof mit Wohnhaus, zwei Ställen und Scheune auf 9.500 m² Land zwischen Görlitz und Löbau. Für sechs bis acht Haushalte.',
    description: p(
      'Der Hof wurde bis 2015 landwirtschaftlich genutzt; das Wohnhaus ist bis heute bewohnt und in ordentlichem Zustand, die Ställe und die große Scheune sind leer und trocken. Zusammen ergibt das mehr als 1.200 m² Grundfläche, dazu Weide, Obstwiese und ein eigener Brunnen.',
      'Wir verkaufen den Hof bevorzugt an eine Gruppe, die ihn als Ganzes erhält. Die Autobahn ist in zehn Minuten erreichbar, Görlitz in zwanzig, der nächste Bahnhof in fünf. Eine Umnutzung der Ställe zu Wohnraum ist nach Auskunft des Bauamts grundsätzlich möglich.',
      'Kaufpreis 210.000 €, verhandelbar bei überzeugendem Konzept.',
    ),
    photos: ['courtyard', 'farmhouse'], units: 7, free: { own_flat: 7 }, cost: null, equity: 210_000, space: [1_200, 1_200], plot: 9_500,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: 'lt1y', atmosphere: 'quiet' },
  }),
  property({
    n: 53, org: 'org_kessler_grundbesitz', status: 'draft', plz: '02957', locality: 'Krauschwitz', settlement: 'village', stage: 'forming', legalForm: 'ownership',
    title: 'Ehemaliger Gasthof in Krauschwitz',
    summary: 'Entwurf: Gasthof mit Saal und Pension, Teilung für eine Wohngruppe denkbar.',
    description: p('Entwurf – Exposé folgt nach Abstimmung mit der Erbengemeinschaft. Gasthof mit Saal (ca. 180 m²), acht Pensionszimmern und der Wohnung des früheren Wirts, Grundstück ca. 2.800 m².'),
    photos: ['house'], units: 6, free: { own_flat: 6 }, cost: null, equity: 95_000, space: [640, 640], plot: 2_800,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y' },
  }),

  // ── Baugruppen-Netzwerk Neiße-Oberland (building groups, ownership) ──
  project({
    n: 29, org: 'org_baugruppen_neisse', plz: '02827', settlement: 'town', stage: 'planning', legalForm: 'ownership',
    title: 'Baugruppe am Brautwiesenplatz, Görlitz',
    summary: 'Zwölf Eigentumswohnungen in einem Holz-Hybridbau, geplant von der Gruppe selbst. Fünf Wohnungen suchen noch Käufer*innen, die mitplanen wollen.',
    description: p(
      'Wir sind sieben Haushalte, die in Görlitz gemeinsam bauen, statt einzeln teuer zu kaufen. Das Grundstück haben wir von der Stadt in einem Konzeptverfahren erhalten; ein Görlitzer Architekturbüro plant mit uns einen viergeschossigen Holz-Hybridbau mit Laubengängen, Aufzug und Gemeinschaftsdach.',
      'Als Baugemeinschaft kaufen und bauen wir zum Selbstkostenpreis – rund 3.100 € pro Quadratmeter Wohnfläche einschließlich des Anteils an den Gemeinschaftsflächen. Jeder Haushalt braucht mindestens 60.000 € Eigenkapital, der Rest wird einzeln finanziert; die monatliche Belastung liegt je nach Größe bei 950 bis 1.450 €.',
      'Wir entscheiden soziokratisch, treffen uns jeden zweiten Montag und verteilen die Arbeit auf Arbeitsgruppen. Baubeginn ist für das kommende Frühjahr geplant.',
    ),
    photos: ['plot', 'townhouse'], units: 12, free: { own_flat: 5 }, cost: [950, 1_450], equity: 60_000, space: [55, 120],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.buildingGroup),
  }),
  project({
    n: 30, org: 'org_baugruppen_neisse', plz: '02747', settlement: 'small_town', stage: 'forming', legalForm: 'ownership',
    title: 'Baugemeinschaft Herrnhuter Gärten',
    summary: 'Auf einem großen Gartengrundstück am Ortsrand wollen wir vier kleine Häuser und ein Gemeinschaftshaus mit zwei Wohnungen bauen. Die Gruppe sucht noch Mitstreiter*innen.',
    description: p(
      'Herrnhut ist klein, hat aber eine Schule, einen Bahnhof und eine lange Geschichte gemeinschaftlichen Lebens. Auf dem Grundstück einer Gärtnerfamilie, die ihr Land gern an eine Gruppe verkaufen möchte, planen wir vier Häuser in Holzbauweise und ein Gemeinschaftshaus mit zwei Wohnungen, Werkstatt und Gästezimmer.',
      'Bislang sind wir zwei Paare. Wir suchen Familien oder Paare, die Eigentum bilden können – mit rund 45.000 € Eigenkapital und einer monatlichen Belastung von 800 bis 1.200 € – und die gemeinsam planen, bauen und später das Gartengelände teilen möchten.',
      'Ein Kaufvorvertrag ist in Vorbereitung. Mit dem Bau beginnen wir frühestens in zwei Jahren; bis dahin ist viel Raum für eigene Ideen.',
    ),
    photos: ['plot'], units: 6, free: { house: 3, own_flat: 1 }, cost: [800, 1_200], equity: 45_000, space: [70, 130], plot: 5_400,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.buildingGroup, { ages: ['30-44', '45-64'], households: ['family', 'couple'], hours: 8, decisions: 'consensus', ageMix: 'any', sharedEconomy: 'open', atmosphere: 'quiet' }),
  }),
  project({
    n: 31, org: 'org_baugruppen_neisse', plz: '02748', settlement: 'small_town', stage: 'building', legalForm: 'ownership',
    title: 'Alte Mälzerei Bernstadt – Eigentumswohnungen in Gemeinschaft',
    summary: 'Acht Wohnungen in einer umgebauten Mälzerei an der Pließnitz, mit Gemeinschaftssaal und Garten. Drei Wohnungen sind noch zu haben, Fertigstellung im Frühjahr.',
    description: p(
      'Die Mälzerei am Ufer der Pließnitz war zwanzig Jahre ungenutzt. Eine Eigentümergemeinschaft aus fünf Haushalten hat sie gekauft und baut sie seitdem mit einem Bauträger aus Löbau um. Die Darre wird zum Gemeinschaftssaal, im Speicher entstehen Wohnungen mit bis zu vier Meter hohen Decken.',
      'Die Wohnungen im Erdgeschoss sind barrierefrei, ein Aufzug erschließt die oberen Geschosse. Wer kauft, wird Teil einer Eigentümergemeinschaft mit Gemeinschaftsordnung: Saal, Garten und Werkstatt gehören allen, über die Nutzung entscheiden wir mit Mehrheit.',
      'Frei sind drei Wohnungen (58, 76 und 104 m²). Benötigtes Eigenkapital ab 40.000 €, die monatliche Belastung liegt bei 700 bis 1.050 €.',
    ),
    photos: ['house', 'courtyard'], units: 8, free: { own_flat: 3 }, cost: [700, 1_050], equity: 40_000, space: [58, 104],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.buildingGroup, { ages: ['u30', '30-44', '45-64', '65+'], households: ['couple', 'family', 'senior', 'single'], hours: 4, decisions: 'majority', ecology: 'medium', atmosphere: 'quiet', tidiness: 'tidy' }),
  }),
  project({
    n: 32, org: 'org_baugruppen_neisse', plz: '02894', locality: 'Reichenbach/O.L.', settlement: 'small_town', stage: 'occupied', legalForm: 'ownership',
    title: 'Wohnhof Reichenbach – Eigentum in Gemeinschaft',
    summary: 'Zehn Reihenhäuser und Wohnungen rund um einen Hof ohne Autos. Ein Reihenhaus steht zum Verkauf an Menschen, die sich auf Nachbarschaft einlassen.',
    description: p(
      'Der Wohnhof wurde 2008 von einer Baugruppe gebaut: zehn Einheiten, Parkplätze am Rand, in der Mitte ein Hof mit Sandkasten und langen Tischen. Die Kinder der ersten Generation sind inzwischen groß, einige Familien ziehen weiter – und so steht ein Reihenhaus mit 112 m² und kleinem Garten zum Verkauf.',
      'Die Gemeinschaft ist unaufgeregt: ein Hoffest im Sommer, gemeinsame Gartengeräte, eine Nachrichtengruppe für Kleinigkeiten und die jährliche Eigentümerversammlung. Den Kaufpreis verhandeln Sie mit der verkaufenden Familie; rechnen Sie mit mindestens 35.000 € Eigenkapital und 600 bis 900 € monatlicher Belastung.',
    ),
    photos: ['house'], units: 10, free: { house: 1 }, cost: [600, 900], equity: 35_000, space: [112, 112], plot: 380,
    barrierFree: false, children: true, pets: 'dog', confirmedDaysAgo: 204,
    vibe: vibe(VIBES.buildingGroup, { ages: ['u30', '30-44', '45-64', '65+'], households: ['family', 'couple'], meals: 'none', hours: 2, decisions: 'majority', ageMix: 'any', ecology: 'medium' }),
  }),
  project({
    n: 44, org: 'org_baugruppen_neisse', status: 'draft', plz: '02763', settlement: 'town', stage: 'forming', legalForm: 'ownership',
    title: 'Baugruppe Weinau (Entwurf)',
    summary: 'Entwurf – Grundstück am Weinaupark noch nicht gesichert.',
    description: p('Interne Notiz: Text, Bilder und Zahlen nach dem Termin beim Liegenschaftsamt ergänzen. Bis dahin bitte nicht veröffentlichen.'),
    photos: ['plot'], units: 8, free: { own_flat: 8 }, cost: [900, 1_400], equity: 50_000,
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.buildingGroup),
  }),

  // ── Hofkollektiv Kottmarland GbR ──
  project({
    n: 33, org: 'org_hofkollektiv_kottmar', plz: '02739', settlement: 'village', stage: 'occupied', legalForm: 'other',
    title: 'Hofkollektiv am Kottmar – Platz für eine Familie und eine WG-Person',
    summary: 'Ein Vierseithof mit zehn Erwachsenen, sechs Kindern, zwei Hunden und einer gemeinsamen Kasse. Wir suchen eine Familie und eine weitere Person für die Hof-WG.',
    description: p(
      'Seit 2015 bewirtschaften wir einen alten Hof zu Füßen des Kottmars: zwei Wohnhäuser, eine Scheune mit Werkstätten, drei Hektar Wiese und Wald. Rechtlich sind wir eine GbR, die den Hof von einer Erbengemeinschaft gepachtet hat; Eigenkapital braucht es keins, alle zahlen einen gleichen Grundbeitrag und zusätzlich nach Einkommen.',
      'Wir essen abends zusammen, teilen Autos und Werkzeug und entscheiden im Konsens. Das ist nicht immer schnell, aber es trägt. Etwa zwanzig Stunden im Monat fließen pro Erwachsenem in Hof, Garten, Tiere und Bildungsarbeit – im Sommer mehr, im Winter weniger.',
      'Frei sind eine Wohnung im kleinen Haus (85 m², für eine Familie) und ein Zimmer in der Hof-WG. Die monatlichen Kosten liegen je nach Einkommen bei 380 bis 640 €.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 7, free: { own_flat: 1, shared_flat: 1 }, cost: [380, 640], equity: 0, space: [16, 85], plot: 30_000,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.lively, { households: ['family', 'single', 'couple'], hours: 20, importance: { 'community.decisions': 2, 'community.sharedEconomy': 2 } }),
  }),

  // ── Wohnprojekt Schmalspur e. V. (car-free) ──
  project({
    n: 34, org: 'org_schmalspur_ev', plz: '02763', locality: 'Bertsdorf', settlement: 'village', stage: 'planning', legalForm: 'other',
    title: 'Autofrei wohnen am Schmalspurbahnhof Bertsdorf',
    summary: 'Ein ehemaliges Bahnmeisterhaus und ein Neubau für neun Haushalte, die ohne eigenes Auto leben wollen – mit Dampfzug vor der Tür und Carsharing im Hof.',
    description: p(
      'Bertsdorf liegt an der Zittauer Schmalspurbahn, und genau dort wollen wir wohnen: im alten Bahnmeisterhaus und in einem kleinen Neubau daneben. Unser Projekt ist konsequent autofrei – niemand hier besitzt ein eigenes Auto. Dafür gibt es ein E-Carsharing-Auto, Lastenräder, eine überdachte Fahrradwerkstatt und einen Fahrplan, den wir auswendig kennen.',
      'Rechtlich sind wir ein Verein, der das Grundstück in Erbpacht von der Gemeinde übernehmen wird; wer einzieht, zahlt eine Einlage von 5.000 € und ein monatliches Nutzungsentgelt von etwa 480 bis 820 €. Der Bauantrag wird im Frühjahr gestellt.',
      'Derzeit sind wir drei Haushalte mit zwei Kindern. Gesucht sind Leute für vier Wohnungen und zwei WG-Zimmer. Bitte meldet euch nur, wenn ihr euch ein Leben ohne eigenes Auto wirklich vorstellen könnt – das ist für uns nicht verhandelbar.',
    ),
    photos: ['house', 'plot'], units: 9, free: { own_flat: 4, shared_flat: 2 }, cost: [480, 820], equity: 5_000, space: [16, 88], plot: 2_300,
    barrierFree: false, children: true, pets: 'small',
    vibe: vibe(VIBES.lively, {
      ages: ['u30', '30-44', '45-64', '65+'], meals: 'weekly', hours: 10, atmosphere: 'balanced', guests: 'sometimes', carFree: 'yes', sharedEconomy: 'open',
      importance: { 'community.carFree': 3, 'community.ecology': 2 },
    }),
  }),

  // ── Dorf- und Wohngenossenschaft Heideland eG (co-op in the north of the district) ──
  project({
    n: 35, org: 'org_heideland_eg', plz: '02929', settlement: 'small_town', stage: 'building', legalForm: 'cooperative',
    title: 'Neiße-Gutshof Rothenburg: Mitmachen ist Pflicht',
    summary: 'Die Genossenschaft baut einen Gutshof an der Neiße zu zwölf Wohnungen um. Wer einzieht, arbeitet mindestens zehn Stunden im Monat mit – bei Bau, Hof und Kulturprogramm.',
    description: p(
      'Der Gutshof am nördlichen Stadtrand von Rothenburg stand seit der Wende leer. Seit dem letzten Jahr baut die Heideland eG ihn gemeinsam mit den künftigen Bewohner*innen um: Im Herrenhaus entstehen acht Wohnungen, in der Remise drei Wohnungen und eine Clusterwohnung, in der Scheune ein Veranstaltungsraum für Rothenburg und die Nachbardörfer.',
      'Ohne Eigenleistung wäre das Projekt nicht bezahlbar. Deshalb gilt: Jede erwachsene Person bringt mindestens zehn Stunden im Monat ein – auf der Baustelle, im Garten, in der Buchhaltung oder beim Kinoabend. Das ist keine Formalität, sondern Teil des Nutzungsvertrags.',
      'Frei sind sechs Wohnungen und ein Apartment in der Clusterwohnung. Anteile 10.000 €, Nutzungsgebühr 430 bis 760 € warm. Einzug ab Herbst, Hunde willkommen.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 12, free: { own_flat: 6, cluster_flat: 1 }, cost: [430, 760], equity: 10_000, space: [32, 92], plot: 14_000,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, {
      households: ['single', 'couple', 'family', 'group'], hours: 10, decisions: 'sociocracy', ecology: 'medium', atmosphere: 'lively', guests: 'often',
      importance: { 'community.hours': 3 },
    }),
  }),
  project({
    n: 36, org: 'org_heideland_eg', plz: '02956', settlement: 'village', stage: 'occupied', legalForm: 'cooperative',
    title: 'Heidehaus Rietschen – ruhig wohnen am Rand der Heide',
    summary: 'Zehn genossenschaftliche Wohnungen in einem sanierten Forsthaus-Ensemble zwischen Teichen und Kiefernwald. Barrierefrei, ruhig, für alle Generationen.',
    description: p(
      'Das ehemalige Forsthaus mit seinen Nebengebäuden liegt am Rand von Rietschen, dahinter beginnt die Heide. Die Heideland eG hat das Ensemble 2018 saniert; entstanden sind zehn Wohnungen, sechs davon barrierefrei im Erdgeschoss oder über einen Aufzug erreichbar.',
      'Die Hausgemeinschaft ist klein und ruhig: einige Familien, mehrere ältere Paare und ein Förster im Ruhestand, der jede Pilzstelle kennt. Man trifft sich beim Holzmachen, beim Sommerfest und an den Teichen. Es gibt einen Gemeinschaftsraum mit Kachelofen und ein Gästezimmer.',
      'Frei sind eine barrierefreie Zweizimmerwohnung (55 m²) und eine Dreizimmerwohnung (72 m²). Anteile 6.000 €, Nutzungsgebühr 470 bis 820 € warm. Hunde sind willkommen – im Wald bitte angeleint, hier leben Wölfe.',
    ),
    photos: ['farmhouse', 'courtyard'], units: 10, free: { own_flat: 2 }, cost: [470, 820], equity: 6_000, space: [55, 72], plot: 8_600,
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.quietMultigen, { decisions: 'majority', ecology: 'high', carFree: 'no', guests: 'rarely', importance: { 'needs.atmosphere': 2 } }),
  }),
  project({
    n: 37, org: 'org_heideland_eg', plz: '02953', locality: 'Bad Muskau', settlement: 'small_town', stage: 'planning', legalForm: 'cooperative',
    title: 'Parkstadt-Genossenschaft Bad Muskau',
    summary: 'Zwei Stadthäuser nahe dem Fürst-Pückler-Park werden zu barrierefreien Genossenschaftswohnungen für Jung und Alt. Zehn Wohnungen und zwei Cluster-Apartments sind noch frei.',
    description: p(
      'Bad Muskau ist eine der kleinsten Städte Sachsens und hat einen der größten Landschaftsparks Europas. In zwei leerstehenden Stadthäusern wenige Schritte vom Park plant die Heideland eG ein Mehrgenerationenprojekt: 14 Wohnungen, eine Clusterwohnung mit drei Apartments, einen Gemeinschaftsraum mit Küche und einen Garten hinter den Häusern.',
      'Alle Wohnungen werden barrierefrei, das Vorderhaus bekommt einen Aufzug. Wir wünschen uns eine ruhige, verlässliche Nachbarschaft, in der Ältere und Familien gut miteinander auskommen und in der man auch mal den Einkauf für die Nachbarin übernimmt.',
      'Anteile 18.000 €, voraussichtliche Nutzungsgebühr 690 bis 1.090 € warm. Einzug voraussichtlich in zwei bis drei Jahren.',
    ),
    photos: ['townhouse', 'courtyard'], units: 17, free: { own_flat: 10, cluster_flat: 2 }, cost: [690, 1_090], equity: 18_000, space: [36, 88],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { importance: { 'community.ageMix': 2 } }),
  }),
  project({
    n: 38, org: 'org_heideland_eg', plz: '02959', settlement: 'village', stage: 'forming', legalForm: 'cooperative',
    title: 'Dorfleben in Schleife – Gründungsgruppe sucht Mitglieder',
    summary: 'Mitten in Schleife wollen wir einen leeren Bauernhof zu acht Wohnungen und Häusern umbauen. Die Genossenschaft ist dabei, die Gruppe wächst.',
    description: p(
      'Schleife ist bekannt für sorbische Trachten, das Zampern und einen ziemlich lebendigen Dorfalltag. Mitten im Ort steht ein Bauernhof, dessen Besitzerin ihn lieber an eine Gemeinschaft verkauft als an einen Investor. Mit der Heideland eG als Trägerin wollen wir dort acht Wohneinheiten schaffen: fünf Wohnungen im Haupthaus und drei kleine Häuser im Garten.',
      'Noch sind wir zu dritt: eine sorbische Familie aus dem Ort, ein Paar aus Leipzig und ein Tischler aus Weißwasser. Wir wünschen uns Menschen, die im Dorf ankommen wollen – beim Maibaumaufstellen genauso wie im Gemeinderat.',
      'Vorläufige Zahlen: Anteile 4.000 €, Nutzungsgebühr 420 bis 700 €. Hunde, Katzen, Kinder – alles willkommen.',
    ),
    photos: ['farmhouse'], units: 8, free: { own_flat: 3, house: 2 }, cost: [420, 700], equity: 4_000, space: [60, 120], plot: 6_000,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { meals: 'occasional', ecology: 'medium', guests: 'often', timeline: '1to3y' }),
  }),
  project({
    n: 39, org: 'org_heideland_eg', plz: '02906', locality: 'Niesky', settlement: 'small_town', stage: 'occupied', legalForm: 'cooperative',
    title: 'Holzhaussiedlung Niesky – genossenschaftlich wohnen im Holzhaus',
    summary: 'Niesky ist die Stadt der Holzhäuser. Unsere Genossenschaft hat 18 Wohnungen in sanierten Holzhäusern und einem barrierefreien Neubau – eine Wohnung ist frei.',
    description: p(
      'In den Zwanzigerjahren wurden in Niesky Holzhäuser für die halbe Welt gebaut, einige davon stehen bis heute in unserer Siedlung. Die Heideland eG hat vier dieser Häuser saniert und 2021 einen barrierefreien Neubau aus Holz ergänzt, der sich in die Reihe fügt.',
      'Die Siedlung ist eine richtige Nachbarschaft: Wir haben einen gemeinsamen Garten, eine Werkstatt und einen Gemeinschaftsraum, in dem montags der Seniorensport und freitags der Spieleabend stattfindet. Verpflichtungen gibt es wenige, Gelegenheiten viele.',
      'Frei ist eine barrierefreie Zweizimmerwohnung im Neubau (61 m², 880 € warm). Anteile 12.000 €, Kleintiere erlaubt.',
    ),
    photos: ['house'], units: 18, free: { own_flat: 1 }, cost: [740, 880], equity: 12_000, space: [61, 61],
    barrierFree: true, children: true, pets: 'small',
    vibe: vibe(VIBES.quietMultigen, { hours: 3, decisions: 'majority', carFree: 'no' }),
  }),
  project({
    n: 40, org: 'org_heideland_eg', status: 'archived', plz: '02943', settlement: 'small_town', stage: 'forming', legalForm: 'cooperative',
    title: 'Wohnprojekt Glasmacherviertel (beendet)',
    summary: 'Die Gruppe hat sich aufgelöst, das Gebäude wurde anderweitig verkauft.',
    description: p(
      'Leider ist unser Vorhaben im Glasmacherviertel nicht zustande gekommen: Der Eigentümer hat sich für einen anderen Käufer entschieden.',
      'Einige von uns wohnen inzwischen im Glasmacherhaus – schauen Sie dort vorbei.',
    ),
    photos: ['townhouse'], units: 10, free: {}, forms: ['own_flat'], cost: [400, 700], equity: 5_000,
    barrierFree: false, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage),
  }),
  project({
    n: 42, org: 'org_heideland_eg', plz: '02923', settlement: 'village', stage: 'planning', legalForm: 'cooperative',
    title: 'Gemeinschaftsdorf Horka – mitbauen statt zuschauen',
    summary: 'Auf dem Gelände einer früheren LPG planen wir sechs Holzhäuser und ein Gemeinschaftshaus mit barrierefreien Wohnungen. Kleine Anteile, viel Eigenleistung.',
    description: p(
      'Horka hat einen Bahnhof an der Strecke Görlitz–Cottbus, eine Grundschule – und auf dem Gelände der ehemaligen LPG sehr viel Platz. Gemeinsam mit der Heideland eG wollen wir dort ein kleines Gemeinschaftsdorf bauen: sechs Holzhäuser für Familien und ein Gemeinschaftshaus mit vier barrierefreien Wohnungen, Saal und Küche.',
      'Die Anteile halten wir bewusst niedrig (2.500 €), dafür bauen wir viel selbst: Innenausbau, Außenanlagen, Gärten. Erfahrung braucht niemand, Zuverlässigkeit schon. Ein Zimmereibetrieb aus der Region leitet uns an.',
      'Wir rechnen mit monatlichen Kosten von 400 bis 700 € warm. Derzeit sind vier Haushalte fest dabei.',
    ),
    photos: ['plot', 'house'], units: 10, free: { house: 4, own_flat: 2 }, cost: [400, 700], equity: 2_500, space: [45, 110], plot: 16_000,
    barrierFree: true, children: true, pets: 'dog',
    vibe: vibe(VIBES.familyVillage, { households: ['family', 'couple', 'single', 'senior'], hours: 12 }),
  }),

  // ── Landkreis Görlitz itself: a former school and building plots ──
  property({
    n: 47, org: DEMO_MUNICIPALITY_ID, plz: '02794', locality: 'Spitzkunnersdorf', settlement: 'village', stage: 'forming', legalForm: 'other',
    title: 'Ehemalige Dorfschule Spitzkunnersdorf – Konzeptvergabe für Wohnprojekte',
    summary: 'Gemeinde und Landkreis suchen eine Gruppe, die die 1911 erbaute Dorfschule zu Wohnungen mit einem offenen Erdgeschoss umbaut. Vergeben wird nach Konzept, nicht nach Höchstgebot.',
    description: p(
      'Seit die Grundschule ins Nachbardorf gezogen ist, steht das Gebäude leer – ein solider Bau mit hohen Räumen, großen Fenstern und einem Schulhof voller Linden. Gemeinde und Landkreis möchten es an eine Gruppe vergeben, die hier wohnt und das Erdgeschoss für das Dorf öffnet: als Café, Werkstatt, Coworking oder Treffpunkt.',
      'Das Gebäude hat rund 950 m² Nutzfläche auf drei Etagen, Platz für acht bis zehn Wohnungen. Der Kaufpreis ist mit 25.000 € bewusst niedrig angesetzt, die Sanierungskosten sind es nicht. Bewertet werden die Konzepte nach Nutzen für den Ort, Finanzierbarkeit und Zeitplan.',
      'Bewerbungsschluss ist in vier Monaten. Der Landkreis berät Gruppen zu Förderung und Rechtsform und vermittelt Kontakte zu bestehenden Projekten.',
    ),
    photos: ['school'], units: 9, free: { own_flat: 9 }, cost: null, equity: 25_000, space: [950, 950], plot: 4_200,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y', hours: 4 },
  }),
  property({
    n: 49, org: DEMO_MUNICIPALITY_ID, plz: '02956', settlement: 'village', stage: 'forming', legalForm: 'other',
    title: 'Baugrundstücke für gemeinschaftliches Wohnen am Erlichthof, Rietschen',
    summary: 'Die Gemeinde vergibt 5.200 m² erschlossenes Bauland im Erbbaurecht an eine Gruppe, die dort gemeinschaftlich wohnen will. Kein Kaufpreis, niedriger Erbbauzins.',
    description: p(
      'Neben der Erlichthofsiedlung mit ihren umgesetzten Schrotholzhäusern liegt eine bereits erschlossene Fläche. Die Gemeinde möchte dort kein klassisches Neubaugebiet, sondern ein Wohnprojekt für fünf bis acht Haushalte – mit Gemeinschaftshaus oder -garten und gern mit Angeboten für den Ort.',
      'Vergeben wird im Erbbaurecht über 99 Jahre. Der Erbbauzins beträgt 1,5 % des Bodenwerts im Jahr – bei rund 10 € pro Quadratmeter etwa 65 € im Monat für das ganze Grundstück. Einen Kaufpreis gibt es nicht.',
      'Kita und Grundschule sind im Ort, nach Weißwasser und Niesky fährt der Bus. Der Landkreis unterstützt Gruppen bei Planung und Förderanträgen.',
    ),
    photos: ['plot'], units: 6, free: { house: 6 }, cost: null, equity: 0, plot: 5_200,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y', ecology: 'medium' },
  }),
  property({
    n: 50, org: DEMO_MUNICIPALITY_ID, plz: '02708', settlement: 'small_town', stage: 'planning', legalForm: 'ownership',
    title: 'Baufeld am Stadtpark Löbau – zu kaufen für Baugemeinschaften',
    summary: 'Drei zusammenhängende Baugrundstücke (3.600 m²) in ruhiger Stadtlage, reserviert für eine Baugemeinschaft oder Genossenschaft. Der Bebauungsplan liegt vor.',
    description: p(
      'Die Stadt Löbau hat ein früheres Gärtnereigelände am Stadtpark überplant und möchte es an eine Gruppe verkaufen, die dort gemeinschaftlich baut; der Landkreis vermarktet die Fläche gemeinsam mit der Stadt. Der Bebauungsplan erlaubt Mehrfamilien- und Reihenhäuser mit bis zu drei Geschossen, denkbar sind etwa acht bis zwölf Wohneinheiten.',
      'Der Kaufpreis von 78.000 € (rund 22 € pro Quadratmeter, erschlossen) steht fest; entscheidend ist das Konzept. Zum Bahnhof mit Verbindungen nach Dresden und Görlitz sind es zehn Minuten zu Fuß, zu Schule und Einkauf fünf.',
      'Ansprechpartnerin in der Kreisverwaltung ist Frau Sommerfeld von der Wirtschaftsförderung; sie stellt auch Kontakte zu Banken und Architekturbüros her.',
    ),
    photos: ['plot'], units: 10, free: { own_flat: 8, house: 2 }, cost: null, equity: 78_000, plot: 3_600,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y' },
  }),
  property({
    n: 51, org: DEMO_MUNICIPALITY_ID, plz: '02785', settlement: 'village', stage: 'forming', legalForm: 'other',
    title: 'Grundstück an der Schmalspurbahn in Olbersdorf – im Erbbaurecht',
    summary: 'Kleine, erschlossene Fläche direkt an der Schmalspurbahn für etwa vier Haushalte, im Erbbaurecht ohne Kaufpreis. Ideal für eine kleine Gruppe, die ohne Auto auskommen möchte.',
    description: p(
      'Direkt am Haltepunkt der Zittauer Schmalspurbahn liegt ein 1.900 m² großes Grundstück, das die Gemeinde im Erbbaurecht vergibt. Es eignet sich für ein Doppelhaus mit Einliegerwohnungen oder ein kleines Mehrfamilienhaus für etwa vier Haushalte.',
      'Der Erbbauzins liegt bei 2 % des Bodenwerts, also bei rund 55 € im Monat für die gesamte Fläche. Zum Olbersdorfer See sind es zehn Minuten zu Fuß, nach Zittau mit dem Zug eine Viertelstunde.',
      'Bewerbungen mit einer kurzen Beschreibung der Gruppe und des Vorhabens nimmt der Landkreis entgegen; die Gemeinde entscheidet im Herbst.',
    ),
    photos: ['plot'], units: 4, free: { own_flat: 4 }, cost: null, equity: 0, plot: 1_900,
    barrierFree: false, children: true, pets: 'dog',
    vibe: { timeline: '1to3y', ecology: 'high' },
  }),
];

const DAY = 86_400_000;
const PHOTO_ALT: Record<PhotoName, (place: string) => { de: string; en: string }> = {
  house: (pl) => ({ de: `Wohnhaus in ${pl} (Illustration)`, en: `Residential building in ${pl} (illustration)` }),
  farmhouse: (pl) => ({ de: `Umgebindehaus mit Garten in ${pl} (Illustration)`, en: `Half-timbered Umgebinde house with garden in ${pl} (illustration)` }),
  school: (pl) => ({ de: `Ehemaliges Schulgebäude in ${pl} (Illustration)`, en: `Former school building in ${pl} (illustration)` }),
  plot: (pl) => ({ de: `Baugrundstück in ${pl} (Illustration)`, en: `Building plot in ${pl} (illustration)` }),
  courtyard: (pl) => ({ de: `Hof und Gemeinschaftsgarten in ${pl} (Illustration)`, en: `Courtyard and shared garden in ${pl} (illustration)` }),
  townhouse: (pl) => ({ de: `Stadthaus in ${pl} (Illustration)`, en: `Town house in ${pl} (illustration)` }),
};

export const listingId = (n: number): string => `lst_${String(n).padStart(3, '0')}`;

const sumPlaces = (free: UnitPlaces): number => Object.values(free).reduce<number>((sum, x) => sum + (x ?? 0), 0);
const unitTypes = (free: UnitPlaces): UnitType[] =>
  (['own_flat', 'cluster_flat', 'shared_flat', 'house'] as const).filter((t) => (free[t] ?? 0) > 0);

function buildListing(spec: ListingSpec, now: number): NewListing {
  const rng = createRng(`listing:${spec.n}`);
  const base = DEMO_POSTCODES[spec.plz];
  const place = spec.locality ?? base.place;
  // Postcode centroid plus up to ~700 m, so pins in one postcode area do not sit on each other.
  const lat = Math.round((base.lat + (rng.next() - 0.5) * 0.012) * 10_000) / 10_000;
  const lon = Math.round((base.lon + (rng.next() - 0.5) * 0.018) * 10_000) / 10_000;
  const status = spec.status ?? 'published';
  const confirmedDaysAgo = spec.confirmedDaysAgo ?? (status === 'draft' ? rng.int(1, 20) : rng.int(2, 140));
  const confirmedAt = now - confirmedDaysAgo * DAY - rng.int(0, 86_399) * 1000;
  const ageDays = spec.stage === 'occupied' ? rng.int(200, 900) : spec.stage === 'forming' ? rng.int(10, 200) : rng.int(60, 500);
  const createdAt = confirmedAt - ageDays * DAY;
  const forms = unitTypes(spec.free).length > 0 ? unitTypes(spec.free) : (spec.forms ?? ['own_flat']);
  const facts = { settlement: spec.settlement, stage: spec.stage, barrierFree: spec.barrierFree, pets: spec.pets, forms };
  const photos: ListingPhoto[] = spec.photos.map((name) => ({ url: `/demo/photos/${name}.svg`, alt: PHOTO_ALT[name](place) }));
  const contact = orgContact(spec.org);
  return {
    id: listingId(spec.n),
    organizationId: spec.org,
    kind: spec.kind,
    status,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    photos,
    postcode: spec.plz,
    place,
    districtKey: DEMO_DISTRICT_KEY,
    lat,
    lon,
    settlement: spec.settlement,
    stage: spec.stage,
    legalForm: spec.legalForm,
    unitsTotal: spec.units,
    freePlaces: sumPlaces(spec.free),
    freeUnits: { ...spec.free },
    monthlyCostMinCents: spec.cost ? spec.cost[0] * 100 : null,
    monthlyCostMaxCents: spec.cost ? spec.cost[1] * 100 : null,
    equityRequiredCents: spec.equity * 100,
    livingSpaceMinSqm: spec.space ? spec.space[0] : null,
    livingSpaceMaxSqm: spec.space ? spec.space[1] : null,
    plotSqm: spec.plot ?? null,
    barrierFree: spec.barrierFree,
    childrenWelcome: spec.children,
    petsAllowed: spec.pets,
    catalogueVersion: 'v1',
    profile: spec.kind === 'project' ? projectProfile(spec.vibe, facts, rng) : propertyProfile(spec.vibe, facts),
    contactEmail: contact.email,
    website: contact.website,
    confirmedAt,
    createdAt,
    updatedAt: confirmedAt,
  };
}

/** All demo listings, ordered by id. */
export function demoListings(now: number): NewListing[] {
  const ids = new Set<number>();
  for (const s of SPECS) {
    if (ids.has(s.n)) throw new Error(`duplicate demo listing number ${s.n}`);
    ids.add(s.n);
  }
  return [...SPECS].sort((a, b) => a.n - b.n).map((s) => buildListing(s, now));
}
