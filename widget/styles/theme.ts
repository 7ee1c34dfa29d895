/**
 * Turns the embed's theme (set by the municipality in the admin) into private custom properties.
 * The public `--bt-*` properties take precedence, so a host stylesheet always wins. Values are
 * checked, so a theme cannot inject arbitrary CSS; a text colour on the accent is derived so
 * buttons keep a contrast of at least 4.5:1 whatever accent is chosen.
 */
import type { EmbedTheme } from '../api/shapes';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const LENGTH = /^\d{1,3}(?:\.\d{1,3})?(?:px|rem|em)$/;
const FONT = /^[\p{L}\p{N} ,'"-]{1,200}$/u;

function rgb(hex: string): [number, number, number] {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

const DARK_TEXT = '#1c2530';

export function themeProperties(theme: EmbedTheme | undefined): Record<string, string> {
  const props: Record<string, string> = {};
  const accent = theme?.accent?.trim();
  if (accent && HEX.test(accent)) {
    const l = luminance(accent);
    props['--_bt-theme-accent'] = accent;
    props['--_bt-theme-on-accent'] = contrast(l, 1) >= 4.5 ? '#fff' : DARK_TEXT;
    // Links and outlines use the accent on white; a light accent falls back to the text colour.
    props['--_bt-theme-accent-text'] = contrast(l, 1) >= 4.5 ? accent : DARK_TEXT;
  }
  const radius = theme?.radius?.trim();
  if (radius && LENGTH.test(radius)) props['--_bt-theme-radius'] = radius;
  const font = theme?.font?.trim();
  if (font && FONT.test(font)) props['--_bt-theme-font'] = font;
  return props;
}
