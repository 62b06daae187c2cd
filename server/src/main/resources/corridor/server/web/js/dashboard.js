// Dashboards: trade by year with growth per reporter, jobs, investment, projects by pillar,
// sector and status. Every figure names its source and publisher type.
import { getJson } from './api.js';
import { amount, escapeHtml, label, number, percent, sourcesLine, usd } from './format.js';
import { groupedBars, horizontalBars, PALETTE } from './charts.js';

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
    const chartSeries = series.map((s, i) => ({
      name: s.reporter,
      color: PALETTE[i % PALETTE.length],
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

async function indicatorBars(measure, elementId, svgId) {
  try {
    const answer = await getJson(`/api/indicators?measure=${encodeURIComponent(measure)}`);
    const rows = answer.series.flatMap((s, i) => s.values.map((v) => ({
      label: `${label(s.measure.split('.').slice(1).join(' ') || s.measure)} · ${s.reporter} · ${v.period}`,
      value: v.value, color: PALETTE[i % PALETTE.length], note: sourcesLine(v.sources), unit: v.unit, sources: v.sources,
    })));
    if (!rows.length) {
      document.getElementById(elementId).innerHTML = '<p class="muted">No figures in the dataset.</p>';
      return;
    }
    const unit = rows[0].unit;
    document.getElementById(elementId).innerHTML = horizontalBars({ rows, format: (v) => amount(v, unit), id: svgId })
      + `<ul class="figure-sources">${rows.map((r) => `<li>${escapeHtml(r.label)}: ${escapeHtml(amount(r.value, unit))} — ${escapeHtml(sourcesLine(r.sources))}</li>`).join('')}</ul>`;
  } catch (e) {
    fail(elementId, e);
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
  await Promise.all([
    loadTrade(),
    indicatorBars('jobs', 'jobs-chart', 'jobs-svg'),
    indicatorBars('investment', 'investment-chart', 'investment-svg'),
    projects.then((p) => projectChart('pillar', 'pillar-chart', p)),
    projects.then((p) => projectChart('sector', 'sector-chart', p)),
    projects.then((p) => projectChart('status', 'status-chart', p)),
  ]);
}
