/**
 * The guide's texts are content data, not code: `content/v1.json` holds every section and entry in
 * German and English with its sources and the date it was checked against them. This module gives
 * the data its shape (zod, parsed once at import, so a broken file fails at start and in
 * `content.node.test.ts`) and the look-ups the pages and links use.
 */
import { z } from 'zod';
import { GUIDE_SECTIONS, type GuideSection, type GuideTopic } from './links';
import raw from './content/v1.json';

const Text = z.object({ de: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type GuideText = z.infer<typeof Text>;

/** A paragraph, a sub-heading or a list: structure without markup, so no HTML lives in the data. */
const Block = z.union([
  z.object({ p: Text }).strict(),
  z.object({ h: Text }).strict(),
  z.object({ list: z.array(Text).min(1) }).strict(),
]);
export type GuideBlock = z.infer<typeof Block>;

const Source = z
  .object({
    title: z.string().trim().min(1),
    url: z.url({ protocol: /^https$/ }),
    publisher: z.string().trim().min(1),
  })
  .strict();

/** Anchors: lower-case words joined by hyphens (they appear in URLs and in links.ts). */
const Anchor = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);

const Entry = z
  .object({
    id: Anchor,
    title: Text,
    summary: Text,
    body: z.array(Block).min(1),
    sources: z.array(Source).min(1),
    /** When the text was last checked against its sources (ISO date). */
    checked: z.iso.date(),
  })
  .strict();
export type GuideEntry = z.infer<typeof Entry>;

const Section = z
  .object({
    id: z.enum(GUIDE_SECTIONS),
    title: Text,
    intro: z.array(Block).min(1),
    entries: z.array(Entry).min(1),
  })
  .strict()
  .refine((s) => new Set(s.entries.map((e) => e.id)).size === s.entries.length, { message: 'entry ids must be unique within a section' });
export type GuideSectionContent = z.infer<typeof Section>;

export const GuideContentSchema = z
  .object({
    /** The content's own version, shown on every page; raise it when texts change. */
    version: z.string().regex(/^\d+\.\d+$/),
    sections: z.array(Section),
  })
  .strict()
  .refine((c) => c.sections.map((s) => s.id).join() === GUIDE_SECTIONS.join(), { message: 'sections must be exactly GUIDE_SECTIONS, in order' });
export type GuideContent = z.infer<typeof GuideContentSchema>;

export const guideContent: GuideContent = GuideContentSchema.parse(raw);

const bySection = new Map(guideContent.sections.map((s) => [s.id, s]));

export const guideSection = (id: GuideSection): GuideSectionContent => bySection.get(id)!;

/** The entry a topic names, or undefined for a section-only topic or an unknown entry. */
export const guideEntry = (topic: GuideTopic): GuideEntry | undefined =>
  topic.entry === undefined ? undefined : bySection.get(topic.section)?.entries.find((e) => e.id === topic.entry);

/** The newest check date over all entries (shown as the guide's "as of"). */
export const guideCheckedAt = (): string => guideContent.sections.flatMap((s) => s.entries.map((e) => e.checked)).sort().at(-1)!;
