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
      this.showSummary(summary);
      box.innerHTML = this.table(projects.features.map((f) => f.properties));
    } catch (e) {
      box.innerHTML = `<p class="error" role="alert">${escapeHtml(e.message)}</p>`;
    }
  }

  showSummary(summary) {
    const t = summary.total;
    const rows = summary.groups.map((g) => `<tr><td>${escapeHtml(label(g.key))}</td><td class="num">${g.projects}</td>`
      + `<td>${groupCost(g)}</td><td>${groupJobs(g)}</td></tr>`);
    document.getElementById('projects-summary').innerHTML = `<table id="projects-summary-table"><thead><tr><th>${escapeHtml(summary.by)}</th>`
      + '<th class="num">projects</th><th>cost (as published; currencies never converted)</th><th>jobs (published figures)</th></tr></thead>'
      + `<tbody>${rows.join('')}</tbody><tfoot><tr><td>Total</td><td class="num">${t.projects}</td><td>${groupCost(t)}</td>`
      + `<td>${groupJobs(t)}</td></tr></tfoot></table>`;
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
