// Corridor performance measured from truck pings: links on the map coloured by speed with delay,
// fixed corridor sections with percentiles and reliability, speeds and transit times by month, the
// border-crossing panel and port dwell. With no monitoring state loaded it says how to load one and
// shows the server's simulated month instead, labelled "simulated" wherever it appears. Figures are
// named and formatted from the server's indicator table (indicators.js), never by hand here.
import { getJson, query } from './api.js';
import { escapeHtml, number, UNKNOWN } from './format.js';
import { groupedBars, PALETTE } from './charts.js';
import { Indicators } from './indicators.js';

/** Colours of the speed-with-delay classes, slowest first. */
const CLASS_COLORS = ['#d7191c', '#fd8d3c', '#78c679', '#1a7837'];
export const NO_SPEED = '#9e9e9e';

/**
 * Speed-with-delay classes for the map: the quartiles of the observed links' speeds, rounded to
 * whole units (km/h), so that the map separates the slow links from the fast ones whatever the fleet.
 * Returns [{upTo, color, label}], slowest first.
 */
export function speedClasses(speeds, unit) {
  const sorted = speeds.filter((v) => v != null).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const cuts = [...new Set([0.25, 0.5, 0.75].map((q) => Math.round(sorted[Math.floor(q * (sorted.length - 1))])))]
    .filter((c) => c > Math.floor(sorted[0]) && c <= Math.ceil(sorted[sorted.length - 1]));
  const bounds = [...cuts, Infinity];
  return bounds.map((upTo, i) => {
    const from = i === 0 ? null : bounds[i - 1];
    const text = from == null ? (upTo === Infinity ? 'every observed link' : `under ${upTo} ${unit}`)
      : upTo === Infinity ? `${from} ${unit} and more` : `${from}–${upTo} ${unit}`;
    return { upTo, color: CLASS_COLORS[Math.round((i * (CLASS_COLORS.length - 1)) / Math.max(1, bounds.length - 1))], label: text };
  });
}

export function speedColor(classes, kmh) {
  if (kmh == null || !classes.length) return NO_SPEED;
  return classes.find((c) => kmh < c.upTo).color;
}

/** The map's legend: each class as "<label of the speed> <range>" (the label from the indicator table). */
export function speedLegendHtml(classes, speedLabel) {
  const line = (color) => `<svg width="38" height="10"><line x1="1" y1="5" x2="37" y2="5" stroke="${color}" stroke-width="5"/></svg>`;
  return classes.map((c) => `${line(c.color)}<span>${escapeHtml(speedLabel)} ${c.label}</span>`).join('')
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

/** One unit for a whole axis of times: days when some value is two days or more, else the table's hours. */
function hoursOrDays(items, hourUnit) {
  const max = Math.max(0, ...items.map((i) => i.mean_hours || 0));
  return max >= 48 ? (v) => `${number(v / 24, 1)} days` : (v) => `${number(v, 1)} ${hourUnit}`;
}

function legend(series) {
  return `<div class="legend">${series.map((s) => `<svg width="14" height="10"><rect width="14" height="10" fill="${s.color}"/></svg>`
    + `<span>${escapeHtml(s.name)}</span>`).join('')}</div>`;
}

function chart(id, months, series, format) {
  if (!series.length) return '<p class="muted">None observed.</p>';
  return groupedBars({ categories: months, series, format, id, height: 240 }) + legend(series);
}

/** The month the section charts show: the chosen one, else the latest. */
function sectionMonth(chosen, months) {
  return chosen || months[months.length - 1] || '';
}

export class Performance {
  constructor(map) {
    this.map = map;
    this.data = null;
    this.indicators = new Indicators([]);
    this.source = 'state';
    document.getElementById('perf-month').addEventListener('change', () => {
      this.drawSections(this.data);
      this.drawMap();
    });
  }

  /**
   * Loads (again: posted pings may have added to the state) and shows everything; without a
   * state, the simulated month, labelled as such.
   */
  async show() {
    const content = document.getElementById('perf-content');
    const empty = document.getElementById('perf-empty');
    try {
      let answer = await getJson('/api/monitor/indicators');
      empty.hidden = answer.loaded;
      if (!answer.loaded) {
        document.getElementById('perf-how').textContent = answer.commands.join(' &&\n');
        document.getElementById('perf-summary').textContent = 'Simulating a month… (once; it takes a few seconds)';
        content.hidden = false;
        answer = await getJson('/api/monitor/indicators?source=simulated');
      }
      this.source = answer.source;
      this.simulated = answer.simulated;
      this.data = answer;
      this.indicators = new Indicators(answer.definitions);
      content.hidden = false;
      content.classList.toggle('is-simulated', answer.simulated);
      const banner = document.getElementById('perf-simulated');
      banner.hidden = !answer.simulated;
      banner.innerHTML = answer.simulated ? `<strong>Simulated</strong> — ${escapeHtml(answer.origin)}.` : '';
      content.querySelectorAll('h3').forEach((h) => {
        h.querySelector('.badge.simulated')?.remove();
        if (answer.simulated) h.insertAdjacentHTML('beforeend', '<span class="badge simulated">simulated</span>');
      });
      this.fillMonths(answer.months);
      document.getElementById('perf-summary').innerHTML = `${answer.simulated ? 'Simulated: ' : ''}`
        + `${number(answer.trips)} trips from ${number(answer.accepted_pings)} pings`
        + ` (${number(answer.rejected_pings)} rejected) · ${escapeHtml(answer.origin)}`;
      this.drawCharts(answer);
      this.drawSections(answer);
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
    const source = this.source === 'simulated' ? 'simulated' : undefined;
    const geojson = await getJson(`/api/monitor/links.geojson?${query({ month, source })}`);
    const ind = this.indicators;
    const classes = speedClasses(geojson.features.filter((f) => f.properties.subject === 'link').map((f) => f.properties.swd_kmh),
      ind.unit('swd_kmh'));
    document.getElementById('perf-legend').innerHTML = (this.simulated
      ? '<span class="badge simulated">simulated</span><span>every line and figure here is simulated</span>' : '')
      + speedLegendHtml(classes, ind.label('swd_kmh'));
    this.map.showPerformance(geojson, (kmh) => speedColor(classes, kmh), (properties) => ind.describe(properties));
  }

  drawCharts(answer) {
    const ind = this.indicators;
    const h = ind.unit('mean_hours');
    const months = answer.months;
    const of = (subject) => answer.indicators.filter((i) => i.subject === subject);
    const sections = of('section');
    const speeds = months.map((m) => monthSpeeds(sections.filter((s) => s.month === m)));
    const speedSeries = [
      { name: ind.label('swd_kmh'), color: PALETTE[0], values: speeds.map((s, i) => (s.swd == null ? null : { value: s.swd, title: months[i] })) },
      { name: ind.label('swod_kmh'), color: PALETTE[2], values: speeds.map((s, i) => (s.swod == null ? null : { value: s.swod, title: months[i] })) },
    ];
    const kmh = (v) => ind.format('swd_kmh', v);
    document.getElementById('perf-speed-chart').innerHTML = sections.length ? chart('perf-speed-svg', months, speedSeries, kmh)
      : '<p class="muted">No trips between two ports or terminals yet.</p>';
    document.getElementById('perf-transit-chart').innerHTML = chart('perf-transit-svg', months,
      seriesById(sections, months, (i) => i.mean_hours, 4), hoursOrDays(sections, h));
    const crossings = of('border_crossing');
    document.getElementById('perf-border-chart').innerHTML = chart('perf-border-svg', months,
      seriesById(crossings, months, (i) => i.mean_hours, 6), (v) => `${number(v, 1)} ${h}`);
    document.getElementById('perf-border-table').innerHTML = crossings.length ? this.hubTable('perf-border-values', crossings) : '';
    const ports = of('port');
    document.getElementById('perf-port-chart').innerHTML = chart('perf-port-svg', months,
      seriesById(ports, months, (i) => i.mean_hours, 6), hoursOrDays(ports, h));
  }

  /** Fixed corridor sections of one month: percentiles, reliability, and the buffer index by month. */
  drawSections(answer) {
    if (!answer || !answer.loaded) return;
    const ind = this.indicators;
    const month = sectionMonth(document.getElementById('perf-month').value, answer.months);
    document.getElementById('perf-sections-month').textContent = month ? `month ${month}` : 'no month';
    const all = answer.indicators.filter((i) => i.subject === 'corridor_section');
    const sections = all.filter((i) => i.month === month).sort((a, b) => b.count - a.count);
    // the charts show the six busiest, by their short names ("Islamabad–Lahore"); the table lists all
    const charted = sections.slice(0, 6);
    const names = charted.map((s) => s.name.replace(/ \(.*\)$/, ''));
    const bar = (key, note) => charted.map((s) => (s[key] == null ? null : { value: s[key], title: s.name, note: `${note}; ${s.count} trips` }));
    const hoursFormat = hoursOrDays(charted.map((s) => ({ mean_hours: s.p95_hours })), ind.unit('p95_hours'));
    const none = '<p class="muted">No trip covered a fixed section in this month.</p>';
    // one bar series per figure, named by the table
    const bars = (keys, colors) => keys.map((key, k) => ({ name: ind.label(key), color: colors[k], values: bar(key, ind.label(key)) }));
    const percentiles = bars(['p50_hours', 'p80_hours', 'p95_hours'], [PALETTE[0], PALETTE[1], PALETTE[3 % PALETTE.length]]);
    document.getElementById('perf-sections-chart').innerHTML = sections.length ? groupedBars({
      categories: names, id: 'perf-sections-svg', height: 260, format: hoursFormat, series: percentiles,
    }) + legend(percentiles) : none;
    const indices = bars(['buffer_index', 'planning_time_index'], [PALETTE[2], PALETTE[4 % PALETTE.length]]);
    document.getElementById('perf-reliability-chart').innerHTML = sections.length ? groupedBars({
      categories: names, id: 'perf-reliability-svg', height: 220, format: (v) => ind.format('buffer_index', v), series: indices,
    }) + legend(indices) : none;
    document.getElementById('perf-trend-chart').innerHTML = chart('perf-trend-svg', answer.months,
      seriesById(all, answer.months, (i) => i.buffer_index, 6), (v) => ind.format('buffer_index', v));
    document.getElementById('perf-sections-table').innerHTML = sections.length ? this.sectionTable(sections) : '';
  }

  /** A table heading of a figure: its abbreviation or label, with what it means as the tooltip. */
  heading(key, text) {
    return `<th class="num" title="${escapeHtml(this.indicators.title(key))}">${escapeHtml(text)}</th>`;
  }

  sectionTable(sections) {
    const ind = this.indicators;
    const cell = (s, key) => `<td class="num">${s[key] == null ? `<span class="muted">${UNKNOWN}</span>` : ind.format(key, s[key])}</td>`;
    const change = (s) => (s.buffer_index_change == null ? `<span class="muted">${UNKNOWN}</span>`
      : `${s.buffer_index_change > 0 ? '+' : ''}${ind.format('buffer_index_change', s.buffer_index_change)} since ${escapeHtml(s.previous_month)}`);
    const figures = ['mean_hours', 'p50_hours', 'p95_hours', 'buffer_index', 'planning_time_index'];
    const speeds = ['swod_kmh', 'swd_kmh', 'tfi3_usd'];
    const rows = sections.map((s) => `<tr><td>${escapeHtml(s.name)}</td><td class="num">${s.count}</td>`
      + `${figures.map((key) => cell(s, key)).join('')}<td class="num">${change(s)}</td>`
      + `${speeds.map((key) => cell(s, key)).join('')}</tr>`);
    const short = (key) => this.heading(key, ['buffer_index', 'planning_time_index'].includes(key) ? ind.label(key) : ind.abbreviation(key));
    return '<table id="perf-sections-values"><thead><tr><th>section</th>'
      + `${this.heading('count', 'trips')}${figures.map(short).join('')}`
      + `${this.heading('buffer_index_change', ind.label('buffer_index_change'))}${speeds.map(short).join('')}`
      + `</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }

  hubTable(id, items) {
    const ind = this.indicators;
    const rows = items.map((i) => `<tr><td>${escapeHtml(i.name)}</td><td>${escapeHtml(i.month)}</td><td class="num">${i.count}</td>`
      + `<td class="num">${ind.format('mean_hours', i.mean_hours)}</td><td class="num">${ind.format('min_hours', i.min_hours)}–${ind.format('max_hours', i.max_hours)}</td>`
      + `<td class="num">${i.mean_cost_usd == null ? `<span class="muted">${UNKNOWN}</span>` : ind.format('mean_cost_usd', i.mean_cost_usd)}</td></tr>`);
    return `<table id="${id}"><thead><tr><th>crossing</th><th>month</th>${this.heading('count', 'crossings')}`
      + `${this.heading('mean_hours', ind.label('mean_hours'))}<th class="num">range</th>`
      + `${this.heading('mean_cost_usd', ind.label('mean_cost_usd'))}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
}
