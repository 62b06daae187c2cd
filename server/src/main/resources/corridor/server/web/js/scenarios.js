// Scenarios: pick one, run it on a route, see before and after on the map and in numbers.
import { getJson, postText, query } from './api.js';
import { escapeHtml, hours, km, number, usd, tonnes } from './format.js';
import { Panel } from './panel.js';
import { legTable, partial, today, unknowns } from './planner.js';

function delta(value, format) {
  if (value == null) return '';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${format(Math.abs(value))}`;
}

export class Scenarios extends Panel {
  constructor(map) {
    super('scenario');
    this.map = map;
    this.select = document.getElementById('scenario');
    document.getElementById('scenario-date').value = today();
    this.onSubmit(() => this.run());
    this.select.addEventListener('change', () => this.describe());
    document.getElementById('upload-form').addEventListener('submit', (e) => { e.preventDefault(); this.upload(); });
  }

  async upload() {
    const message = document.getElementById('upload-message');
    const button = document.getElementById('upload-button');
    const id = document.getElementById('upload-id').value.trim();
    button.disabled = true;
    message.innerHTML = '<p class="loading">Uploading…</p>';
    try {
      const kept = await postText(`/api/scenarios?${query({ id })}`, document.getElementById('upload-text').value,
        document.getElementById('upload-token').value.trim());
      await this.load();
      this.select.value = kept.id;
      this.describe();
      message.innerHTML = `<p class="ok">Kept as “${escapeHtml(kept.name)}”: pick places and run it above.</p>`;
    } catch (e) {
      message.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
    } finally {
      button.disabled = false;
    }
  }

  async load() {
    this.list = await getJson('/api/scenarios');
    this.select.innerHTML = this.list.length ? this.list.map((s) => `<option value="${escapeHtml(s.id)}">${escapeHtml(s.name)}`
      + `${s.shipped ? '' : ' (uploaded)'}</option>`).join('') : '<option value="">no scenarios</option>';
    this.describe();
  }

  describe() {
    const chosen = (this.list || []).find((s) => s.id === this.select.value);
    document.getElementById('scenario-description').textContent = chosen ? chosen.description : '';
  }

  run() {
    if (!this.form.reportValidity() || !this.select.value) return;
    return this.busy(document.getElementById('scenario-button'), 'Running…', async () => {
      const params = { from: document.getElementById('scenario-from').value, to: document.getElementById('scenario-to').value,
        date: document.getElementById('scenario-date').value };
      const answer = await getJson(`/api/scenarios/${encodeURIComponent(this.select.value)}/run?${query(params)}`);
      this.show(answer);
    });
  }

  show(answer) {
    const before = answer.before.found ? answer.before.route : null;
    const after = answer.after.found ? answer.after.route : null;
    const known = (r, key) => !(key === 'cost_usd' && unknowns(r.legs).cost) && !(key === 'co2_kg' && unknowns(r.legs).co2);
    const cell = (r, key, format) => (r ? partial(format(r.totals[key]), !known(r, key)) : '<span class="muted">no route</span>');
    const d = answer.difference || null;
    // A change is shown only where both totals are whole: a sum missing unknown legs compares with nothing.
    const changeCell = (key, format) => (!d ? '' : (before && after && known(before, key) && known(after, key)
      ? delta(d[key], format) : '<span class="muted" title="a total leaves out unknown values">n/a</span>'));
    const row = (name, key, format) => `<tr><th>${name}</th><td class="num">${cell(before, key, format)}</td>`
      + `<td class="num">${cell(after, key, format)}</td><td class="num">${changeCell(key, format)}</td></tr>`;
    const why = (r, name) => (r.found ? '' : `<p class="muted">${name}: ${escapeHtml(r.why_none)}</p>`);
    this.result.innerHTML = `<h3>${escapeHtml(answer.scenario.name)}</h3>`
      + `<ul>${answer.changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`
      + `<table id="scenario-table"><thead><tr><th></th><th class="num">before</th><th class="num">after</th><th class="num">change</th></tr></thead><tbody>`
      + row('distance', 'distance_km', km) + row('time', 'hours', hours) + row('cost', 'cost_usd', usd)
      + row('CO2', 'co2_kg', tonnes) + row('risk', 'risk', (v) => number(v, 1)) + '</tbody></table>'
      + why(answer.before, 'Before') + why(answer.after, 'After')
      + '<p class="muted">On the map: before dashed grey, after in colour.</p>'
      + (after ? `<h4>Legs after</h4>${legTable(after, 'scenario-legs')}` : '');
    this.map.drawRoutes([before && { geojson: before.geojson, color: '#7f8c8d', dashed: true },
      after && { geojson: after.geojson, color: '#8e44ad' }].filter(Boolean));
  }
}
