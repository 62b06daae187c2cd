// Small charts drawn as plain SVG: grouped vertical bars and labelled horizontal bars.
import { escapeHtml } from './format.js';

export const PALETTE = ['#1f78b4', '#e6550d', '#31a354', '#756bb1', '#d62728', '#8c6d31', '#17becf', '#636363'];

// The statistics most charts show keep one colour everywhere, so a reporter is recognised from chart to chart.
const REPORTER_COLORS = { 'CN-GACC': '#1f78b4', 'CN-MOFCOM': '#e6550d', 'PK-MOC': '#756bb1', 'PK-PBS': '#d62728',
  'PK-SBP': '#8c6d31', 'PK-TDAP': '#17becf' };
const OTHER_COLORS = ['#31a354', '#636363', '#bcbd22', '#e377c2', '#ff9896', '#9edae5', '#c5b0d5', '#7f7f7f', '#98df8a', '#ffbb78'];

/**
 * A colour for each reporter named: the main statistics their own colour, the others the next unused one, so no two
 * reporters of one chart share a colour (up to 16 reporters; beyond that colours repeat).
 */
export function reporterColors(reporters) {
  const colors = new Map();
  const used = new Set();
  for (const r of reporters) {
    if (REPORTER_COLORS[r]) {
      colors.set(r, REPORTER_COLORS[r]);
      used.add(REPORTER_COLORS[r]);
    }
  }
  const free = OTHER_COLORS.filter((c) => !used.has(c));
  let next = 0;
  for (const r of reporters) {
    if (!colors.has(r)) colors.set(r, free[next++ % free.length]);
  }
  return colors;
}

function niceMax(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Grouped bars: categories along x, one bar per series in each. series: [{name, color, values: [{value, label, note}|null]}].
 * format(value) writes axis and bar values; every bar gets a <title> with its note.
 * A category holds only the bars it has a value for, centred, so sparse series (a reporter with a few years) do not
 * widen the chart with empty slots: the drawing stays near the width it is shown at and its text stays legible.
 * A bar's colour, not its place in the group, names its series (the caller draws the legend).
 */
export function groupedBars({ categories, series, format, height = 300, id }) {
  const present = categories.map((_, c) => series.filter((s) => s.values[c]));
  const slots = Math.max(1, ...present.map((p) => p.length));
  const width = Math.max(640, categories.length * (24 + 18 * slots));
  const margin = { top: 28, right: 10, bottom: 34, left: 58 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter(Boolean).map((v) => v.value))));
  const y = (v) => margin.top + plotH - (v / max) * plotH;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.max(6, Math.min(34, (groupW - 10) / slots));
  // shown at most at the width it is drawn in, less only where the page is narrower
  const parts = [`<svg viewBox="0 0 ${width} ${height}" style="max-width: min(100%, ${width}px)" role="img" ${id ? `id="${id}"` : ''} aria-label="bar chart">`];
  for (let i = 0; i <= 5; i++) {
    const v = (max * i) / 5;
    parts.push(`<g class="axis"><line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke-opacity="${i ? 0.25 : 1}"/>`
      + `<text x="${margin.left - 6}" y="${y(v) + 4}" text-anchor="end">${escapeHtml(format(v))}</text></g>`);
  }
  categories.forEach((category, c) => {
    const x0 = margin.left + c * groupW + (groupW - barW * present[c].length) / 2;
    parts.push(`<text x="${margin.left + c * groupW + groupW / 2}" y="${height - margin.bottom + 16}" text-anchor="middle">${escapeHtml(category)}</text>`);
    present[c].forEach((s, k) => {
      const point = s.values[c];
      const x = x0 + k * barW;
      parts.push(`<rect class="bar" x="${x + 1}" y="${y(point.value)}" width="${barW - 2}" height="${Math.max(0.5, y(0) - y(point.value))}" fill="${s.color}">`
        + `<title>${escapeHtml(`${s.name}, ${point.title || category}: ${format(point.value)}${point.note ? ` — ${point.note}` : ''}`)}</title></rect>`);
      if (point.label) {
        parts.push(`<text x="${x + barW / 2}" y="${y(point.value) - 4}" text-anchor="middle" font-size="10">${escapeHtml(point.label)}</text>`);
      }
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars, one per row: [{label, value, color, note}]; labels get at most maxLabelWidth px. */
export function horizontalBars({ rows, format, id, maxLabelWidth = 320 }) {
  const rowH = 22;
  // Room for the longest label at about 6.2 px a character (11 px text), within reason.
  const labelW = Math.min(maxLabelWidth, Math.max(90, 12 + 6.2 * Math.max(...rows.map((r) => String(r.label).length))));
  const width = labelW + 330;
  const height = rows.length * rowH + 8;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const barSpace = width - labelW - 90;
  const parts = [`<svg viewBox="0 0 ${width} ${height}" style="max-width: min(100%, ${width}px)" role="img" ${id ? `id="${id}"` : ''} aria-label="bar chart">`];
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(0.5, (r.value / max) * barSpace);
    parts.push(`<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(r.label)}</text>`
      + `<rect class="bar" x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 6}" fill="${r.color || PALETTE[0]}"><title>${escapeHtml(`${r.label}: ${format(r.value)}${r.note ? ` — ${r.note}` : ''}`)}</title></rect>`
      + `<text x="${labelW + w + 4}" y="${y + 14}">${escapeHtml(format(r.value))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
