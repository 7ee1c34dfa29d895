/**
 * A URL-safe slug from an organization's name (umlauts and ß spelled out, at most 60 characters).
 * @example
 * slugify('Wohnhof Görlitz eG'); // 'wohnhof-goerlitz-eg'
 */
export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'org';
