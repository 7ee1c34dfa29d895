/**
 * Server-rendered SVG charts (no chart library, no script): a horizontal bar chart and a weekly line
 * chart. Each is `role="img"` with a <title> and <desc> naming every value, and sits next to the
 * data table it was drawn from. Suppressed values draw no bar and no point, only their marker.
 */
import { formatShown, type Shown } from '../demand/suppress';
import type { Locale } from '../i18n';

export interface ChartItem {
  label: string;
  value: Shown;
}

interface ChartProps {
  id: string;
  title: string;
  items: ChartItem[];
  locale: Locale;
}

const describe = (items: ChartItem[], locale: Locale) => items.map((i) => `${i.label}: ${formatShown(i.value, locale)}`).join('; ');
const n = (s: Shown) => (s.kind === 'value' ? s.n : 0);

/** Horizontal bars, one per item; width 480 user units, scales with its container. */
export function BarChart({ id, title, items, locale }: ChartProps) {
  const rowH = 26;
  const labelW = 190;
  const plotW = 230;
  const max = Math.max(1, ...items.map((i) => n(i.value)));
  const height = items.length * rowH + 8;
  return (
    <svg
      class="chart"
      viewBox={`0 0 480 ${height}`}
      width="480"
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describe(items, locale)}</desc>
      {items.map((item, i) => {
        const y = 4 + i * rowH;
        const w = item.value.kind === 'value' ? Math.max(item.value.n > 0 ? 2 : 0, (item.value.n / max) * plotW) : 0;
        return (
          <g>
            <text x={labelW - 6} y={y + rowH / 2 + 4} text-anchor="end" class="chart-label">
              {item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label}
            </text>
            {item.value.kind === 'value' ? (
              <rect x={labelW} y={y + 4} width={w.toFixed(1)} height={rowH - 8} class="chart-bar" />
            ) : (
              <rect x={labelW} y={y + 4} width="18" height={rowH - 8} class="chart-bar-suppressed" />
            )}
            <text x={labelW + w + (item.value.kind === 'value' ? 6 : 24)} y={y + rowH / 2 + 4} class="chart-value">
              {formatShown(item.value, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A line over weeks; suppressed weeks break the line and show their marker at the axis. */
export function LineChart({ id, title, items, locale }: ChartProps) {
  const w = 640;
  const h = 220;
  const left = 44;
  const bottom = 36;
  const top = 12;
  const plotW = w - left - 12;
  const plotH = h - top - bottom;
  const max = Math.max(5, ...items.map((i) => n(i.value)));
  const step = items.length > 1 ? plotW / (items.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const segments: string[] = [];
  let current: string[] = [];
  items.forEach((item, i) => {
    if (item.value.kind === 'value') current.push(`${x(i).toFixed(1)},${y(item.value.n).toFixed(1)}`);
    else {
      if (current.length) segments.push(current.join(' '));
      current = [];
    }
  });
  if (current.length) segments.push(current.join(' '));
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.max(1, Math.ceil(items.length / 8));
  return (
    <svg class="chart chart-line" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describe(items, locale)}</desc>
      {ticks.map((t) => (
        <g>
          <line x1={left} x2={w - 12} y1={y(t)} y2={y(t)} class="chart-grid" />
          <text x={left - 6} y={y(t) + 4} text-anchor="end" class="chart-label">
            {t}
          </text>
        </g>
      ))}
      {segments.map((pts) => (
        <polyline points={pts} class="chart-line-path" fill="none" />
      ))}
      {items.map((item, i) => (
        <g>
          {item.value.kind === 'value' ? (
            <circle cx={x(i).toFixed(1)} cy={y(item.value.n).toFixed(1)} r="3" class="chart-point" />
          ) : (
            <text x={x(i).toFixed(1)} y={top + plotH - 4} text-anchor="middle" class="chart-value">
              {formatShown(item.value, locale)}
            </text>
          )}
          {i % labelEvery === 0 ? (
            <text x={x(i).toFixed(1)} y={h - 12} text-anchor="middle" class="chart-label">
              {item.label.replace(/^\d{4} \/ KW /, 'KW ')}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
