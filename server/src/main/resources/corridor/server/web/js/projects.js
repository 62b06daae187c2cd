// The projects registry: a table filtered by phase, pillar, sector and status, with cost, jobs and
// sources of each project, and the summary of the selection by pillar, sector or status.
import { getJson, query } from './api.js';
import { escapeHtml, label, number, sourcesHtml, UNKNOWN, usd } from './format.js';

const FILTERS = ['phase', 'pillar', 'sector', 'status'];

function cost(p) {
  if (p.cost_amount == null) return `<span class="muted">${UNKNOWN}</span>`;
  const money = p.cost_currency === 'USD' ? usd(p.cost_amount) : `${number(p.cost_amount)} ${escapeHtml(p.cost_currency)}`;
  return `${money}${p.cost_year ? ` <span class="muted">(${escapeHtml(p.cost_year)})</span>` : ''}`;
}

function orUnknown(value, format = (v) => escapeHtml(v)) {
  return value == null || value === '' ? `<span class="muted">${UNKNOWN}</span>` : format(value);
}

/** The summary's money: US$ summed in their own years, other currencies apart, unknown counted. */
function groupCost(g) {
  const parts = [];
  if (g.projects_with_usd_cost) {
    const years = g.cost_year_from ? ` (${g.cost_year_from}${g.cost_year_to !== g.cost_year_from ? `–${g.cost_year_to}` : ''})` : '';
    parts.push(`${usd(g.cost_usd)}${years}, ${g.projects_with_usd_cost} projects`);
  }
  for (const [currency, amount] of Object.entries(g.cost_by_other_currency || {})) parts.push(`${number(amount)} ${escapeHtml(currency)}`);
  if (g.projects_with_unknown_cost) parts.push(`${g.projects_with_unknown_cost} unknown`);
  return parts.join('; ') || UNKNOWN;
}

function groupJobs(g) {
  const known = g.projects_with_jobs ? `${number(g.jobs)} (${g.projects_with_jobs} projects)` : '';
  const unknown = g.projects_with_unknown_jobs ? `${g.projects_with_unknown_jobs} unknown` : '';
  return [known, unknown].filter(Boolean).join('; ') || UNKNOWN;
}

/** A sector's count on a published list: count, the dataset's gap, reporter · period, source links; unknown when none. */
function publishedList(g) {
  const list = g.published_list;
  if (!list) return `<span class="muted">${UNKNOWN}</span>`;
  const gap = g.gap === 0 ? 'same as the dataset' : `dataset ${g.gap > 0 ? '+' : '−'}${Math.abs(g.gap)}`;
  const links = list.sources.map((s) => (s.missing ? `${escapeHtml(s.id)} <span class="badge">source missing</span>`
    : s.url ? `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>`
      : escapeHtml(s.publisher)));
  return `<span class="published-count">${list.count}</span> <span class="muted">(${gap})</span><br>`
    + `<span class="muted">${escapeHtml(list.reporter)} · ${escapeHtml(list.period)}</span><br>${links.join('; ')}`;
}

export class Projects {
  constructor() {
    this.form = document.getElementById('projects-form');
    this.loaded = false;
    this.form.addEventListener('change', () => this.refresh());
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.refresh(); });
  }

  /** Fills the filter choices from the registry itself, then shows every project. */
  async load() {
    if (this.loaded) return;
    this.loaded = true;
    try {
      const all = await getJson('/api/projects');
      for (const name of FILTERS) {
        const values = [...new Set(all.features.map((f) => f.properties[name]).filter((v) => v != null && v !== ''))].sort();
        const select = document.getElementById(`projects-${name}`);
        select.innerHTML = '<option value="">any</option>'
          + values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(label(v))}</option>`).join('');
      }
      await this.refresh();
    } catch (e) {
      this.loaded = false;
      document.getElementById('projects-table-box').innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
    }
  }

  filters() {
    const chosen = {};
    for (const name of FILTERS) chosen[name] = document.getElementById(`projects-${name}`).value;
    return chosen;
  }

  async refresh() {
    const filters = this.filters();
    const by = document.getElementById('projects-by').value;
    const box = document.getElementById('projects-table-box');
    box.innerHTML = '<p class="loading">Loading projects…</p>';
    try {
      const [projects, summary] = await Promise.all([getJson(`/api/projects?${query(filters)}`),
        getJson(`/api/project-summary?${query({ ...filters, by })}`)]);
      this.showSummary(summary, filters);
      box.innerHTML = this.table(projects.features.map((f) => f.properties));
    } catch (e) {
      box.innerHTML = `<p class="error" role="alert">${escapeHtml(e.message)}</p>`;
    }
  }

  showSummary(summary, filters) {
    const t = summary.total;
    // by sector, each group carries the count a published list gives (null: unknown); the lists are
    // not cut by phase or pillar, so a selection narrowed that way has no column
    const lists = summary.by === 'sector' && !filters.phase && !filters.pillar;
    const rows = summary.groups.map((g) => `<tr data-key="${escapeHtml(g.key)}"><td>${escapeHtml(label(g.key))}</td><td class="num">${g.projects}</td>`
      + `<td>${groupCost(g)}</td><td>${groupJobs(g)}</td>${lists ? `<td class="published-list">${publishedList(g)}</td>` : ''}</tr>`);
    const note = lists ? '<p class="muted" id="projects-summary-lists">Published list: the latest count of the sector\'s projects '
      + '(of the chosen status) a published list gives (the CPEC Authority, the Planning ministry, the Economic Survey), who '
      + 'published it and when; unknown where no source gives one. The list and the dataset do not cut projects the same '
      + 'way, and the list\'s items beyond those here are named in no source the dataset has (data/FACTS.md says where they '
      + 'were looked for). Not shown when filtered by phase or pillar: the lists are not cut that way.</p>' : '';
    document.getElementById('projects-summary').innerHTML = `<table id="projects-summary-table"><thead><tr><th>${escapeHtml(summary.by)}</th>`
      + '<th class="num">projects</th><th>cost (as published; currencies never converted)</th><th>jobs (published figures)</th>'
      + `${lists ? '<th>published list</th>' : ''}</tr></thead>`
      + `<tbody>${rows.join('')}</tbody><tfoot><tr><td>Total</td><td class="num">${t.projects}</td><td>${groupCost(t)}</td>`
      + `<td>${groupJobs(t)}</td>${lists ? '<td></td>' : ''}</tr></tfoot></table>${note}`;
  }

  table(projects) {
    if (!projects.length) return '<p class="muted" id="projects-none">No project matches these filters.</p>';
    const rows = projects.map((p) => `<tr><td><strong>${escapeHtml(p.name)}</strong>${p.note ? `<br><span class="muted">${escapeHtml(p.note)}</span>` : ''}</td>`
      + `<td>${escapeHtml(p.phase)}</td><td>${p.pillar ? escapeHtml(label(p.pillar)) : '<span class="muted">none</span>'}</td><td class="sector">${escapeHtml(label(p.sector))}</td>`
      + `<td>${escapeHtml(label(p.status))}</td><td class="num">${cost(p)}</td>`
      + `<td class="num">${orUnknown(p.capacity_value, (v) => `${number(v)} ${escapeHtml(p.capacity_unit || '')}`)}</td>`
      + `<td class="num">${orUnknown(p.jobs, (v) => number(v))}</td><td>${sourcesHtml(p.sources)}</td></tr>`);
    return `<p id="projects-count">${projects.length} projects</p><table id="projects-table"><thead><tr><th>project</th><th>phase</th>`
      + '<th>pillar</th><th>sector</th><th>status</th><th class="num">cost</th><th class="num">capacity</th><th class="num">jobs</th>'
      + `<th>sources (publisher type)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
}
