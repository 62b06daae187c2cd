// Dashboards: trade by year with growth per reporter, trade in each direction with its gaps named, the use of
// the assets (Gwadar's cargo and ship calls, Khunjerab, the zones' take-up by zone, power plants' capacity and
// output, and any other asset-use measure the data hold), jobs, investment, projects by pillar, sector and status.
// Every figure names its source and publisher type.
import { getJson } from './api.js';
import { amount, escapeHtml, label, number, percent, sourcesLine, usd } from './format.js';
import { groupedBars, horizontalBars, PALETTE, reporterColors } from './charts.js';

function fail(id, error) {
  document.getElementById(id).innerHTML = `<p class="error">${escapeHtml(error.message)}</p>`;
}

/** The year a whole-year value belongs to on the chart: 2024, or the end year of FY2024. */
function yearOf(value) {
  const fiscal = /^FY(\d{4})$/.exec(value.period);
  if (fiscal) return fiscal[1];
  return /^\d{4}$/.test(value.period) ? value.period : null;
}

export async function loadTrade() {
  try {
    const [totals, growth] = await Promise.all([getJson('/api/indicators?measure=trade.total&subject=cpec'),
      getJson('/api/indicators?measure=trade.total.growth&subject=cpec')]);
    const series = totals.series.filter((s) => s.measure === 'trade.total' && s.unit === 'USD');
    const published = new Map();
    for (const s of growth.series) for (const v of s.values) published.set(`${s.reporter}|${v.period}`, v);
    const years = [...new Set(series.flatMap((s) => s.values.map(yearOf).filter(Boolean)))].sort();
    const colors = reporterColors(series.map((s) => s.reporter));
    const chartSeries = series.map((s) => ({
      name: s.reporter,
      color: colors.get(s.reporter),
      values: years.map((year) => {
        const v = s.values.find((x) => yearOf(x) === year);
        if (!v) return null;
        const g = published.get(`${s.reporter}|${v.period}`);
        const growthLabel = g ? `${percent(g.value)}` : (v.change_percent != null ? `${percent(v.change_percent)}*` : '');
        return { value: v.value / 1e9, title: v.period, label: growthLabel, note: sourcesLine(v.sources) };
      }),
    }));
    document.getElementById('trade-chart').innerHTML = years.length ? groupedBars({ categories: years, series: chartSeries,
      format: (v) => `$${number(v, Number.isInteger(v) ? 0 : 1)} bn`, id: 'trade-svg' })
      + `<div class="legend">${chartSeries.map((s) => `<svg width="14" height="10"><rect width="14" height="10" fill="${s.color}"/></svg><span>${escapeHtml(s.name)}</span>`).join('')}</div>`
      + '<p class="figure-sources">Bars: US$ bn, whole years (FY = Pakistan\'s fiscal year, plotted at its end year). '
      + 'Above a bar: published growth, or * computed from consecutive years of the same series.</p>'
      : '<p class="muted">No whole-year trade figures in the dataset.</p>';
    // the table reads in the series' time order (by the month a period ends, the shorter first)
    const rows = series.flatMap((s) => s.values.map((v) => {
      const g = published.get(`${s.reporter}|${v.period}`);
      const change = g ? `${percent(g.value)} (published; ${escapeHtml(sourcesLine(g.sources))})`
        : (v.change_percent != null ? `${percent(v.change_percent)} (computed)` : '');
      return `<tr><td>${escapeHtml(s.reporter)}</td><td>${escapeHtml(v.period)}</td><td class="num">${usd(v.value)}</td><td>${change}</td>`
        + `<td>${escapeHtml(sourcesLine(v.sources))}${v.confidence === 'approximate' ? ' <span class="badge approximate">approximate</span>' : ''}</td></tr>`;
    }));
    document.getElementById('trade-table').innerHTML = `<table id="trade-values"><thead><tr><th>reporter</th><th>period</th><th class="num">total trade</th>`
      + `<th>growth</th><th>source (publisher type)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  } catch (e) {
    fail('trade-chart', e);
  }
}

const FIRST_YEAR = 2013;
const LAST_YEAR = 2025;
const DIRECTION = { 'trade.exports.cn_to_pk': 'China → Pakistan', 'trade.exports.pk_to_cn': 'Pakistan → China' };

/** "2013–2018, 2022, 2025" from sorted years. */
function yearRanges(years) {
  const runs = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && Number(y) === last[1] + 1) last[1] = Number(y);
    else runs.push([Number(y), Number(y)]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** Whole-year values of one direction, one series per reporter, on the years 2013-2025; the gaps as list items. */
function directionChart(series, measure, svgId) {
  const years = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(String(y));
  const ofMeasure = series.filter((s) => s.measure === measure);
  const colors = reporterColors(ofMeasure.map((s) => s.reporter));
  const chartSeries = ofMeasure.map((s) => ({
    name: `${s.reporter} ${DIRECTION[s.measure]}`,
    // Pakistan's statistics, and a newspaper's reading of them (Dawn's FY2016), count fiscal years
    fiscal: s.reporter.startsWith('PK-') || s.values.some((v) => /^FY\d{4}$/.test(v.period)),
    color: colors.get(s.reporter),
    values: years.map((year) => {
      const v = s.values.find((x) => yearOf(x) === year);
      return v ? { value: v.value / 1e9, title: v.period, note: sourcesLine(v.sources) } : null;
    }),
  }));
  const gaps = chartSeries.map((s) => {
    const missing = years.filter((year, i) => !s.values[i]);
    return `<li><strong>${escapeHtml(s.name)}</strong>: ${missing.length
      ? `no whole-year figure for ${escapeHtml(s.fiscal ? `FY ${yearRanges(missing)}` : yearRanges(missing))}`
      : 'every year'}</li>`;
  });
  const chart = chartSeries.length
    ? `<h3>${escapeHtml(DIRECTION[measure])}</h3>` + groupedBars({ categories: years, series: chartSeries,
      format: (v) => `$${number(v, v < 10 ? 1 : 0)} bn`, height: 240, id: svgId })
      + `<div class="legend">${chartSeries.map((s) => `<svg width="14" height="10"><rect width="14" height="10" fill="${s.color}"/></svg><span>${escapeHtml(s.name)}</span>`).join('')}</div>`
    : '';
  return { chart, gaps };
}

export async function loadTradeDirections() {
  try {
    const answer = await getJson('/api/indicators?measure=trade.exports&subject=cpec');
    const series = answer.series.filter((s) => DIRECTION[s.measure] && s.unit === 'USD'
      && s.values.some((v) => yearOf(v)));
    const toPakistan = directionChart(series, 'trade.exports.cn_to_pk', 'trade-direction-svg');
    const toChina = directionChart(series, 'trade.exports.pk_to_cn', 'trade-direction-pk-svg');
    document.getElementById('trade-direction-chart').innerHTML = (toPakistan.chart + toChina.chart)
      || '<p class="muted">No whole-year figures by direction in the dataset.</p>';
    document.getElementById('trade-gaps').innerHTML = '<ul class="figure-sources" id="trade-gap-list">'
      + `${[...toPakistan.gaps, ...toChina.gaps].join('')}</ul>`
      + '<p class="figure-sources">Where the gaps were looked for: data/FACTS.md, "Trade series, year by year". '
      + 'Months and parts of years are in the dataset too: <code>corridor indicators --measure trade.exports</code>.</p>';
    document.getElementById('trade-differences').innerHTML = differencesTable(answer.differences
      .filter((d) => DIRECTION[d.measure] && d.unit === 'USD'));
  } catch (e) {
    fail('trade-direction-chart', e);
  }
}

/** The differences between reporters of one flow, the same periods first, in a table. */
function differencesTable(differences) {
  if (!differences.length) return '<p class="muted">No two reporters give the same flow over comparable periods.</p>';
  const ordered = [...differences.filter((d) => d.same_period), ...differences.filter((d) => !d.same_period)];
  const side = (s) => `${escapeHtml(s.reporter)} ${escapeHtml(s.period)}: ${usd(s.value)}`;
  const rows = ordered.map((d) => `<tr class="${d.same_period ? 'same-period' : 'mixed-periods'}">`
    + `<td>${escapeHtml(DIRECTION[d.measure])}</td><td>${side(d.first)}</td><td>${side(d.second)}</td>`
    + `<td class="num">${d.difference < 0 ? '-' : '+'}${usd(Math.abs(d.difference))} (${percent(d.percent_of_first)})</td>`
    + `<td>${d.same_period ? 'same period' : '<span class="badge approximate">periods differ</span>'}</td></tr>`);
  return `<table id="trade-difference-values"><thead><tr><th>flow</th><th>first</th><th>second</th>`
    + `<th class="num">second less first</th><th>periods</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

async function powerPlants(projects) {
  try {
    const plants = projects.filter((f) => f.properties.sector === 'energy' && f.properties.capacity_unit === 'MW'
      && f.properties.capacity_value != null)
      .sort((a, b) => b.properties.capacity_value - a.properties.capacity_value);
    if (!plants.length) {
      document.getElementById('power-chart').innerHTML = '<p class="muted">No power plants with a capacity in the dataset.</p>';
      return;
    }
    const rows = plants.map((f, i) => {
      const p = f.properties;
      const cod = p.status === 'completed' ? `completed${p.completion ? ` ${p.completion}` : ', date not published'}` : label(p.status);
      return { label: `${p.name} · ${cod}`, value: p.capacity_value, color: PALETTE[i % PALETTE.length],
        note: sourcesLine(p.sources) };
    });
    document.getElementById('power-chart').innerHTML = horizontalBars({ rows, format: (v) => `${number(v, v % 1 ? 1 : 0)} MW`,
      id: 'power-svg', maxLabelWidth: 480 })
      + '<p class="figure-sources">Capacity as published (MW); the date is the completion or commercial operation the sources give.</p>';
  } catch (e) {
    fail('power-chart', e);
  }
}

/**
 * Horizontal bars of every value of a measure (and the measures below it), one per reporter and period, with
 * their sources listed. Options: rowLabel(series, value) names a bar; scale and format draw the values in
 * another unit (kWh as GWh); heading titles the chart.
 */
async function indicatorBars(measure, elementId, svgId, maxLabelWidth, options = {}) {
  try {
    const answer = await getJson(`/api/indicators?measure=${encodeURIComponent(measure)}`);
    const rowLabel = options.rowLabel
      || ((s, v) => `${label(s.measure.split('.').slice(1).join(' ') || s.measure)} · ${s.reporter} · ${v.period}`);
    const colors = reporterColors([...new Set(answer.series.map((s) => s.reporter))]);
    const rows = answer.series.flatMap((s) => s.values.map((v) => ({
      label: rowLabel(s, v), value: v.value * (options.scale || 1), color: colors.get(s.reporter),
      note: sourcesLine(v.sources), unit: v.unit, sources: v.sources,
    })));
    if (!rows.length) {
      document.getElementById(elementId).innerHTML = '<p class="muted">No figures in the dataset.</p>';
      return;
    }
    const unit = rows[0].unit;
    const format = options.format || ((v) => amount(v, unit));
    document.getElementById(elementId).innerHTML = (options.heading ? `<h3>${escapeHtml(options.heading)}</h3>` : '')
      + horizontalBars({ rows, format, id: svgId, maxLabelWidth })
      + `<ul class="figure-sources">${rows.map((r) => `<li>${escapeHtml(r.label)}: ${escapeHtml(format(r.value))} — ${escapeHtml(sourcesLine(r.sources))}</li>`).join('')}</ul>`;
  } catch (e) {
    fail(elementId, e);
  }
}

/** A legend of coloured squares, one per series. */
function legend(series) {
  return `<div class="legend">${series.map((s) => `<svg width="14" height="10"><rect width="14" height="10" fill="${s.color}"/></svg><span>${escapeHtml(s.name)}</span>`).join('')}</div>`;
}

/** The take-up of each zone: one group of bars per zone, one bar per sez.* measure; the zones with no figure named. */
async function zoneChart(projects) {
  const elementId = 'sez-chart';
  try {
    const answer = await getJson('/api/indicators?measure=sez');
    const names = new Map(projects.map((f) => [f.properties.id, f.properties.name]));
    const zones = [...new Set([
      ...projects.filter((f) => f.properties.sector === 'industry_sez').map((f) => f.properties.id),
      ...answer.series.map((s) => s.subject)])];
    const measures = [...new Set(answer.series.map((s) => s.measure))].sort();
    if (!measures.length) {
      document.getElementById(elementId).innerHTML = '<p class="muted">No figures on the zones\' take-up in the dataset.</p>';
      return;
    }
    const withFigures = zones.filter((z) => answer.series.some((s) => s.subject === z));
    const chartSeries = measures.map((m, i) => ({
      name: label(m.split('.').slice(1).join(' ')),
      color: PALETTE[i % PALETTE.length],
      values: withFigures.map((zone) => {
        // the latest figure of this zone and measure, whoever reported it
        const values = answer.series.filter((s) => s.subject === zone && s.measure === m)
          .flatMap((s) => s.values.map((v) => ({ ...v, reporter: s.reporter })));
        values.sort((a, b) => String(a.period).localeCompare(String(b.period)));
        const v = values[values.length - 1];
        return v ? { value: v.value, title: `${v.period} (${v.reporter})`, label: number(v.value), note: sourcesLine(v.sources) } : null;
      }),
    }));
    const rows = answer.series.flatMap((s) => s.values.map((v) => `<li>${escapeHtml(names.get(s.subject) || s.subject)}: `
      + `${escapeHtml(label(s.measure.split('.').slice(1).join(' ')))} ${escapeHtml(number(v.value))} (${escapeHtml(v.period)}, `
      + `${escapeHtml(s.reporter)}) — ${escapeHtml(sourcesLine(v.sources))}</li>`));
    const without = zones.filter((z) => !withFigures.includes(z)).map((z) => names.get(z) || z);
    document.getElementById(elementId).innerHTML = '<h3>Special economic zones: units and enterprises, by zone</h3>'
      + groupedBars({ categories: withFigures.map((z) => names.get(z) || z), series: chartSeries, format: (v) => number(v),
        height: 240, id: 'sez-svg' })
      + legend(chartSeries)
      + `<ul class="figure-sources" id="sez-values">${rows.join('')}</ul>`
      + (without.length ? `<p class="figure-sources" id="sez-gaps">No published count of units or enterprises for: ${escapeHtml(without.join(', '))}.</p>` : '');
  } catch (e) {
    fail(elementId, e);
  }
}

/** Power plants' output as published (kWh), drawn in GWh, one bar per plant, reporter and period. */
function powerOutput(projects) {
  const names = new Map(projects.map((f) => [f.properties.id, f.properties.name]));
  return indicatorBars('power.generation', 'power-output-chart', 'power-output-svg', 480, {
    heading: 'Power plants\' output as published',
    rowLabel: (s, v) => `${names.get(s.subject) || s.subject} · ${s.reporter} · ${v.period}`,
    scale: 1e-6,
    format: (v) => `${number(v, v < 100 ? 1 : 0)} GWh`,
  });
}

/**
 * A port's cargo or ship calls (the measure and those below it, such as port.cargo.urea): Gwadar beside the
 * country's main ports, each bar named by its port, the commodity where one is named, reporter and period.
 */
function portBars(measure, elementId, svgId, heading, places) {
  const names = new Map(places.map((f) => [f.properties.id, f.properties.name]));
  return indicatorBars(measure, elementId, svgId, 460, {
    heading,
    rowLabel: (s, v) => {
      const detail = s.measure.split('.').slice(measure.split('.').length).join(' ');
      return `${names.get(s.subject) || s.subject}${detail ? ` (${label(detail)})` : ''} · ${s.reporter} · ${v.period}`;
    },
  });
}

/** The asset-use measures the charts above draw; any other port., border., sez. or power. measure is drawn below them. */
const ASSET_PREFIXES = ['port.', 'border.', 'sez.', 'power.'];
const CHARTED = ['port.cargo', 'port.ship_calls', 'border.khunjerab.cargo', 'border.khunjerab.vehicles',
  'border.khunjerab.passengers', 'sez', 'power.generation'];

async function otherAssetMeasures() {
  const element = document.getElementById('asset-other-charts');
  try {
    const answer = await getJson('/api/indicators');
    const charted = (m) => CHARTED.some((c) => m === c || m.startsWith(`${c}.`));
    const others = [...new Set(answer.series.map((s) => s.measure))]
      .filter((m) => ASSET_PREFIXES.some((p) => m.startsWith(p)) && !charted(m)).sort();
    element.innerHTML = others.map((m, i) => `<div class="chart" id="asset-other-${i}"></div>`).join('');
    await Promise.all(others.map((m, i) => indicatorBars(m, `asset-other-${i}`, `asset-other-${i}-svg`, 420)));
  } catch (e) {
    element.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
  }
}

async function projectChart(by, elementId, projects) {
  try {
    const summary = await getJson(`/api/project-summary?by=${by}`);
    const rows = summary.groups.map((g, i) => ({ label: label(g.key), value: g.projects, color: PALETTE[i % PALETTE.length],
      note: g.projects_with_usd_cost ? `${usd(g.cost_usd)} known cost (${g.projects_with_usd_cost} of ${g.projects} projects)` : 'cost unknown' }));
    const types = new Map();
    for (const f of projects) for (const s of f.properties.sources) if (!s.missing) types.set(s.publisher_type, (types.get(s.publisher_type) || 0) + 1);
    const typeLine = [...types.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${label(t)} ${n}`).join(', ');
    const costs = summary.groups.map((g) => `${label(g.key)}: ${g.projects_with_usd_cost ? `${usd(g.cost_usd)} (${g.projects_with_usd_cost} with a US$ cost`
      + `${g.cost_year_from ? `, money of ${g.cost_year_from}${g.cost_year_to !== g.cost_year_from ? `–${g.cost_year_to}` : ''}` : ''})` : 'cost unknown'}`
      + `${g.projects_with_unknown_cost ? `; ${g.projects_with_unknown_cost} unknown` : ''}`);
    document.getElementById(elementId).innerHTML = horizontalBars({ rows, format: (v) => `${number(v)}`, id: `${by}-svg` })
      + `<p class="figure-sources">Projects in the dataset, each with its own sources (citations by publisher type: ${escapeHtml(typeLine)}). `
      + `Cost: ${escapeHtml(costs.join('; '))}.</p>`;
  } catch (e) {
    fail(elementId, e);
  }
}

export async function loadDashboards() {
  const projects = getJson('/api/projects').then((c) => c.features).catch(() => []);
  const places = getJson('/api/places').then((c) => c.features).catch(() => []);
  await Promise.all([
    loadTrade(),
    loadTradeDirections(),
    places.then((p) => portBars('port.cargo', 'gwadar-chart', 'gwadar-svg',
      'Ports\' cargo as published: Gwadar beside Karachi and Port Qasim (tonnes)', p)),
    places.then((p) => portBars('port.ship_calls', 'gwadar-ships-chart', 'gwadar-ships-svg',
      'Ships calling, as published', p)),
    indicatorBars('border.khunjerab.cargo', 'khunjerab-cargo-chart', 'khunjerab-cargo-svg', 420),
    indicatorBars('border.khunjerab.vehicles', 'khunjerab-vehicles-chart', 'khunjerab-vehicles-svg', 420),
    indicatorBars('border.khunjerab.passengers', 'khunjerab-passengers-chart', 'khunjerab-passengers-svg', 420),
    projects.then((p) => zoneChart(p)),
    projects.then((p) => powerPlants(p)),
    projects.then((p) => powerOutput(p)),
    otherAssetMeasures(),
    indicatorBars('jobs', 'jobs-chart', 'jobs-svg'),
    indicatorBars('investment', 'investment-chart', 'investment-svg'),
    projects.then((p) => projectChart('pillar', 'pillar-chart', p)),
    projects.then((p) => projectChart('sector', 'sector-chart', p)),
    projects.then((p) => projectChart('status', 'status-chart', p)),
  ]);
}
