import type { EmbedTheme } from '../api/shapes';

/**
 * The embed's theme as private custom properties on the widget's root (set through the CSSOM:
 * `style-props.ts`). The API sends only what can be applied as it is (worker/embeds/theme.ts: an
 * accent with at least 4.5:1 contrast on white, so white text on it and it as text on white both
 * pass WCAG AA); the public `--bt-*` properties of the host page still win (bt-widget.styles.ts).
 */
export function themeProperties(theme: EmbedTheme | undefined): Record<string, string> {
  const props: Record<string, string> = {};
  if (theme?.accent) props['--_bt-theme-accent'] = theme.accent;
  if (theme?.radius) props['--_bt-theme-radius'] = theme.radius;
  if (theme?.font) props['--_bt-theme-font'] = theme.font;
  return props;
}
