/**
 * An embed's theme as the widget gets it (`GET /v1/embeds/{key}/config`): only what it can apply as
 * it is. The admin's form refuses anything else (worker/admin/embeds/form.ts), so this only drops
 * what reached the table another way: an accent that is no hex colour or has less than 4.5:1 contrast
 * on white (the widget puts white text on it and uses it as text on white), a radius or a font stack
 * the admin would not write. The widget therefore needs no colour arithmetic of its own.
 */
import type { EmbedTheme } from '../db/schema';

const HEX = /^#[0-9a-f]{6}$/i;
const LENGTH = /^\d{1,3}(?:\.\d{1,3})?(?:px|rem|em)$/;
const FONT = /^[\p{L}\p{N} ,'"-]{1,200}$/u;

/** WCAG 2.1 contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}

/**
 * @example
 * publicTheme({ accent: '#ffcc00', radius: '4px' }); // { radius: '4px' }: yellow fails on white
 */
export function publicTheme(theme: EmbedTheme): EmbedTheme {
  const out: EmbedTheme = {};
  const accent = theme.accent?.trim().toLowerCase();
  if (accent && HEX.test(accent) && contrastOnWhite(accent) >= 4.5) out.accent = accent;
  const radius = theme.radius?.trim();
  if (radius && LENGTH.test(radius)) out.radius = radius;
  const font = theme.font?.trim();
  if (font && FONT.test(font)) out.font = font;
  return out;
}
