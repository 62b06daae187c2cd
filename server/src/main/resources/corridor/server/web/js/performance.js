// Corridor performance measured from truck pings: links on the map coloured by speed with delay,
// speeds and transit times by month, the border-crossing panel and port dwell. With no monitoring
// state loaded it says how to load one.
import { getJson, query } from './api.js';
import { escapeHtml, hours, number, UNKNOWN } from './format.js';
import { groupedBars, PALETTE } from './charts.js';

/** Colours of the speed-with-delay classes, slowest first. */
const CLASS_COLORS = ['#d7191c', '#fd8d3c', '#78c679', '#1a7837'];
export const NO_SPEED = '#9e9e9e';

/**
 * Speed-with-delay classes for the map: the quartiles of the observed links' speeds, rounded to
 * whole km/h, so that the map separates the slow links from the fast ones whatever the fleet.
 * Returns [{upTo, color, label}], slowest first.
 */
export function speedClasses(speeds) {
  const sorted = speeds.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const cuts = [...new Set([0.25, 0.5, 0.75].map((q) => Math.round(sorted[Math.floor(q * (sorted.length - 1))])))]
    .filter((c) => c > Math.floor(sorted[0]) && c <= Math.ceil(sorted[sorted.length - 1]));
  const bounds = [...cuts, Infinity];
  return bounds.map((upTo, i) => {
    const from = i === 0 ? null : bounds[i - 1];
    const text = from == null ? (upTo === Infinity ? 'every observed link' : `under ${upTo} km/h`)
      : upTo === Infinity ? `${from} km/h and more` : `${from}–${upTo} km/h`;
    return { upTo, color: CLASS_COLORS[Math.round((i * (CLASS_COLORS.length - 1)) / Math.max(1, bounds.length - 1))], label: text };
  });
}

export function speedColor(classes, kmh) {
  if (kmh == null || !classes.length) return NO_SPEED;
  return classes.find((c) => kmh < c.upTo).color;
}

export function speedLegendHtml(classes) {
  const line = (color) => `<svg width="38" height="10"><line x1="1" y1="5" x2="37" y2="5" stroke="${color}" stroke-width="5"/></svg>`;
  return classes.map((c) => `${line(c.color)}<span>speed with delay ${c.label}</span>`).join('')
    + `${line(NO_SPEED)}<span>no complete pass (speed unknown)</span>`
    + '<svg width="38" height="12"><circle cx="19" cy="6" r="5" fill="#fff" stroke="#6a1b9a" stroke-width="2.5"/></svg><span>border crossing, port or terminal with observed time</span>';
}

/** Corridor-wide speeds of a month from its sections, as ratios of sums (as monitor/INDICATORS.md defines them). */
function monthSpeeds(sections) {
  let distance = 0; let transit = 0; let moving = 0;
  for (const s of sections) {
    if (s.mean_distance_km == null || s.mean_hours == null) continue;
    const d = s.count * s.mean_distance_km;
    distance += d;
    transit += s.count * s.mean_hours;
    if (s.swod_kmh) moving += d / s.swod_kmh;
  }
  return { swd: transit > 0 ? distance / transit : null, swod: moving > 0 ? distance / moving : null };
}

/** One series per subject id (a crossing, a port, a section) of a value by month. */
function seriesById(items, months, value, limit) {
  const ids = [...new Set(items.map((i) => i.id))];
  const weight = (id) => items.filter((i) => i.id === id).reduce((n, i) => n + i.count, 0);
  ids.sort((a, b) => weight(b) - weight(a));
  return ids.slice(0, limit).map((id, k) => ({
    name: items.find((i) => i.id === id).name,
    color: PALETTE[k % PALETTE.length],
    values: months.map((m) => {
      const item = items.find((i) => i.id === id && i.month === m);
      return item && value(item) != null ? { value: value(item), title: m, note: `${item.count} observed` } : null;
    }),
  }));
}

/** One unit for a whole axis: days when some value is two days or more, else hours. */
function hoursOrDays(items) {
  const max = Math.max(0, ...items.map((i) => i.mean_hours || 0));
  return max >= 48 ? (v) => `${number(v / 24, 1)} days` : (v) => `${number(v, 1)} h`;
}

function legend(series) {
  return `<div class="legend">${series.map((s) => `<svg width="14" height="10"><rect width="14" height="10" fill="${s.color}"/></svg>`
    + `<span>${escapeHtml(s.name)}</span>`).join('')}</div>`;
}

function chart(id, months, series, format) {
  if (!series.length) return '<p class="muted">None observed.</p>';
  return groupedBars({ categories: months, series, format, id, height: 240 }) + legend(series);
}

export class Performance {
  constructor(map) {
    this.map = map;
    this.data = null;
    document.getElementById('perf-month').addEventListener('change', () => this.drawMap());
  }

  /** Loads (again: posted pings may have added to the state) and shows everything. */
  async show() {
    const content = document.getElementById('perf-content');
    const empty = document.getElementById('perf-empty');
    try {
      const answer = await getJson('/api/monitor/indicators');
      this.data = answer;
      empty.hidden = answer.loaded;
      content.hidden = !answer.loaded;
      if (!answer.loaded) {
        document.getElementById('perf-how').textContent = answer.commands.join(' &&\n');
        this.map.clearPerformance();
        return;
      }
      this.fillMonths(answer.months);
      document.getElementById('perf-summary').innerHTML = `${number(answer.trips)} trips from ${number(answer.accepted_pings)} pings`
        + ` (${number(answer.rejected_pings)} rejected) · ${escapeHtml(answer.origin)}`;
      this.drawCharts(answer);
      await this.drawMap();
    } catch (e) {
      document.getElementById('perf-error').innerHTML = `<p class="error" role="alert">${escapeHtml(e.message)}</p>`;
    }
  }

  hide() { this.map.clearPerformance(); }

  fillMonths(months) {
    const select = document.getElementById('perf-month');
    const chosen = select.value;
    select.innerHTML = '<option value="">all months</option>' + months.map((m) => `<option value="${escapeHtml(m)}">${escapeHtml(m)}</option>`).join('');
    if (months.includes(chosen)) select.value = chosen;
  }

  async drawMap() {
    const month = document.getElementById('perf-month').value;
    const geojson = await getJson(`/api/monitor/links.geojson?${query({ month })}`);
    const classes = speedClasses(geojson.features.filter((f) => f.properties.subject === 'link').map((f) => f.properties.swd_kmh));
    document.getElementById('perf-legend').innerHTML = speedLegendHtml(classes);
    this.map.showPerformance(geojson, (kmh) => speedColor(classes, kmh));
  }

  drawCharts(answer) {
    const months = answer.months;
    const of = (subject) => answer.indicators.filter((i) => i.subject === subject);
    const sections = of('section');
    const speeds = months.map((m) => monthSpeeds(sections.filter((s) => s.month === m)));
    const speedSeries = [
      { name: 'speed with delay (SWD)', color: PALETTE[0], values: speeds.map((s, i) => (s.swd == null ? null : { value: s.swd, title: months[i] })) },
      { name: 'speed without delay (SWOD)', color: PALETTE[2], values: speeds.map((s, i) => (s.swod == null ? null : { value: s.swod, title: months[i] })) },
    ];
    const kmh = (v) => `${number(v)} km/h`;
    document.getElementById('perf-speed-chart').innerHTML = sections.length ? chart('perf-speed-svg', months, speedSeries, kmh)
      : '<p class="muted">No trips between two ports or terminals yet.</p>';
    document.getElementById('perf-transit-chart').innerHTML = chart('perf-transit-svg', months,
      seriesById(sections, months, (i) => i.mean_hours, 4), hoursOrDays(sections));
    const crossings = of('border_crossing');
    document.getElementById('perf-border-chart').innerHTML = chart('perf-border-svg', months,
      seriesById(crossings, months, (i) => i.mean_hours, 6), (v) => `${number(v, 1)} h`);
    document.getElementById('perf-border-table').innerHTML = crossings.length ? this.hubTable('perf-border-values', crossings) : '';
    const ports = of('port');
    document.getElementById('perf-port-chart').innerHTML = chart('perf-port-svg', months,
      seriesById(ports, months, (i) => i.mean_hours, 6), hoursOrDays(ports));
  }

  hubTable(id, items) {
    const rows = items.map((i) => `<tr><td>${escapeHtml(i.name)}</td><td>${escapeHtml(i.month)}</td><td class="num">${i.count}</td>`
      + `<td class="num">${hours(i.mean_hours)}</td><td class="num">${hours(i.min_hours)}–${hours(i.max_hours)}</td>`
      + `<td class="num">${i.mean_cost_usd == null ? `<span class="muted">${UNKNOWN}</span>` : `US$${number(i.mean_cost_usd)}`}</td></tr>`);
    return `<table id="${id}"><thead><tr><th>crossing</th><th>month</th><th class="num">crossings</th><th class="num">mean time</th>`
      + `<th class="num">range</th><th class="num">mean cost</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
}
