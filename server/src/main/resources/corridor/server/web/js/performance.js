// Corridor performance measured from truck pings: links on the map coloured by speed with delay,
// fixed corridor sections with percentiles and reliability, speeds and transit times by month, the
// border-crossing panel and port dwell. With no monitoring state loaded it says how to load one and
// shows the server's simulated month instead, labelled "simulated" wherever it appears.
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

/** The month the section charts show: the chosen one, else the latest. */
function sectionMonth(chosen, months) {
  return chosen || months[months.length - 1] || '';
}

const fixed = (digits) => (v) => (v == null ? UNKNOWN : number(v, digits));

export class Performance {
  constructor(map) {
    this.map = map;
    this.data = null;
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
      this.source = answer.simulated ? 'simulated' : 'state';
      this.data = answer;
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
    const classes = speedClasses(geojson.features.filter((f) => f.properties.subject === 'link').map((f) => f.properties.swd_kmh));
    document.getElementById('perf-legend').innerHTML = (this.source === 'simulated'
      ? '<span class="badge simulated">simulated</span><span>every line and figure here is simulated</span>' : '')
      + speedLegendHtml(classes);
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

  /** Fixed corridor sections of one month: percentiles, reliability, and the buffer index by month. */
  drawSections(answer) {
    if (!answer || !answer.loaded) return;
    const month = sectionMonth(document.getElementById('perf-month').value, answer.months);
    document.getElementById('perf-sections-month').textContent = month ? `month ${month}` : 'no month';
    const all = answer.indicators.filter((i) => i.subject === 'corridor_section');
    const sections = all.filter((i) => i.month === month).sort((a, b) => b.count - a.count);
    // the charts show the six busiest, by their short names ("Islamabad–Lahore"); the table lists all
    const charted = sections.slice(0, 6);
    const names = charted.map((s) => s.name.replace(/ \(.*\)$/, ''));
    const bar = (key, note) => charted.map((s) => (s[key] == null ? null : { value: s[key], title: s.name, note: `${note}; ${s.count} trips` }));
    const hoursFormat = hoursOrDays(charted.map((s) => ({ mean_hours: s.p95_hours })));
    const none = '<p class="muted">No trip covered a fixed section in this month.</p>';
    document.getElementById('perf-sections-chart').innerHTML = sections.length ? groupedBars({
      categories: names, id: 'perf-sections-svg', height: 260, format: hoursFormat,
      series: [
        { name: 'median', color: PALETTE[0], values: bar('p50_hours', 'median') },
        { name: '80th percentile', color: PALETTE[1], values: bar('p80_hours', '80th percentile') },
        { name: '95th percentile', color: PALETTE[3 % PALETTE.length], values: bar('p95_hours', '95th percentile') },
      ],
    }) + legend([{ name: 'median', color: PALETTE[0] }, { name: '80th percentile', color: PALETTE[1] },
      { name: '95th percentile', color: PALETTE[3 % PALETTE.length] }]) : none;
    document.getElementById('perf-reliability-chart').innerHTML = sections.length ? groupedBars({
      categories: names, id: 'perf-reliability-svg', height: 220, format: fixed(2),
      series: [
        { name: 'buffer index', color: PALETTE[2], values: bar('buffer_index', 'buffer index') },
        { name: 'planning time index', color: PALETTE[4 % PALETTE.length], values: bar('planning_time_index', 'planning time index') },
      ],
    }) + legend([{ name: 'buffer index', color: PALETTE[2] }, { name: 'planning time index', color: PALETTE[4 % PALETTE.length] }]) : none;
    document.getElementById('perf-trend-chart').innerHTML = chart('perf-trend-svg', answer.months,
      seriesById(all, answer.months, (i) => i.buffer_index, 6), fixed(2));
    document.getElementById('perf-sections-table').innerHTML = sections.length ? this.sectionTable(sections) : '';
  }

  sectionTable(sections) {
    const cell = (v, f) => `<td class="num">${v == null ? `<span class="muted">${UNKNOWN}</span>` : f(v)}</td>`;
    const change = (s) => (s.buffer_index_change == null ? `<span class="muted">${UNKNOWN}</span>`
      : `${s.buffer_index_change > 0 ? '+' : ''}${number(s.buffer_index_change, 2)} since ${escapeHtml(s.previous_month)}`);
    const rows = sections.map((s) => `<tr><td>${escapeHtml(s.name)}</td><td class="num">${s.count}</td>`
      + `${cell(s.mean_hours, hours)}${cell(s.p50_hours, hours)}${cell(s.p95_hours, hours)}`
      + `${cell(s.buffer_index, fixed(2))}${cell(s.planning_time_index, fixed(2))}<td class="num">${change(s)}</td>`
      + `${cell(s.swod_kmh, (v) => `${number(v)} km/h`)}${cell(s.swd_kmh, (v) => `${number(v)} km/h`)}`
      + `${cell(s.tfi3_usd, (v) => `US$${number(v)}`)}</tr>`);
    return '<table id="perf-sections-values"><thead><tr><th>section</th><th class="num">trips</th><th class="num">mean</th>'
      + '<th class="num">median</th><th class="num">p95</th><th class="num">buffer index</th><th class="num">planning time index</th>'
      + '<th class="num">buffer index trend</th><th class="num">SWOD</th><th class="num">SWD</th>'
      + `<th class="num" title="cost per 500 km per 20 t of cargo">TFI3</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }

  hubTable(id, items) {
    const rows = items.map((i) => `<tr><td>${escapeHtml(i.name)}</td><td>${escapeHtml(i.month)}</td><td class="num">${i.count}</td>`
      + `<td class="num">${hours(i.mean_hours)}</td><td class="num">${hours(i.min_hours)}–${hours(i.max_hours)}</td>`
      + `<td class="num">${i.mean_cost_usd == null ? `<span class="muted">${UNKNOWN}</span>` : `US$${number(i.mean_cost_usd)}`}</td></tr>`);
    return `<table id="${id}"><thead><tr><th>crossing</th><th>month</th><th class="num">crossings</th><th class="num">mean time</th>`
      + `<th class="num">range</th><th class="num">mean cost</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
}
