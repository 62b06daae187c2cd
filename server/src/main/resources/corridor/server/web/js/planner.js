// The route planner: from/to with suggestions, cargo, date, vehicle, objective, modes; draws the route
// and fills the leg table (each leg's speed and where it and the leg's time come from), with the
// turn-by-turn directions under it; names the access rules that kept the vehicle off a road, gives the
// arrival at the median and at the 95th percentile when the server has a monitoring state; compares
// the corridor with the sea route; lists the Pareto choices.
import { getJson, query } from './api.js';
import { escapeHtml, hours, km, number, usd, tonnes, label } from './format.js';
import { Panel } from './panel.js';

const ROUTE_COLORS = ['#0b6e4f', '#d35400', '#8e44ad', '#2c3e50', '#c0392b', '#16a085'];

export function fillPlaceSuggestions(places) {
  const names = new Set();
  for (const f of places) {
    names.add(f.properties.name);
    for (const alias of (f.properties.aliases || '').split(';')) if (alias.trim()) names.add(alias.trim());
  }
  document.getElementById('place-names').innerHTML = [...names].sort().map((n) => `<option value="${escapeHtml(n)}">`).join('');
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

function formParams(form) {
  const modes = [...form.querySelectorAll('input[name=mode]:checked')].map((i) => i.value);
  return {
    from: form.from.value.trim(), to: form.to.value.trim(), cargo: form.cargo.value.trim(), date: form.date.value,
    objective: form.objective.value, network: form.network.value, modes: modes.join(','),
    vehicle: form.vehicle.value || undefined,
  };
}

/** Fills the vehicle choice from the served dataset's profiles (GET /api/vehicles); hidden when it has none. */
export async function fillVehicles(select) {
  const answer = await getJson('/api/vehicles');
  select.innerHTML = answer.vehicles.map((v) => `<option value="${escapeHtml(v.id)}"${v.id === answer.default ? ' selected' : ''}>`
    + `${escapeHtml(v.name)} (${escapeHtml(label(v.class))})</option>`).join('');
  select.closest('label').hidden = answer.vehicles.length === 0;
}

/** Which of a leg's values the engine could not know ("cost: unknown, not counted"). */
export function unknowns(legs) {
  const notes = legs.flatMap((l) => l.notes || []);
  return { cost: notes.some((n) => n.startsWith('cost: unknown')), co2: notes.some((n) => n.startsWith('co2: unknown')) };
}

/** A total that leaves out unknown parts says so: "≥ US$21" with the reason on hover. */
export function partial(text, isPartial) {
  return isPartial ? `<span title="some legs' values are unknown and not counted">≥ ${text}</span>` : text;
}

/** Cells of distance, time, cost, CO2 and risk; legs tell which values were unknown. */
export function totalsRow(t, legs = []) {
  const unknown = unknowns(legs);
  const single = legs.length === 1;
  const cost = single && unknown.cost ? 'unknown' : partial(usd(t.cost_usd), unknown.cost);
  const co2 = single && unknown.co2 ? 'unknown' : partial(tonnes(t.co2_kg), unknown.co2);
  return `<td class="num">${km(t.distance_km)}</td><td class="num">${hours(t.hours)}</td><td class="num">${cost}</td>`
    + `<td class="num">${co2}</td><td class="num">${number(t.risk, 1)}</td>`;
}

/**
 * Where a leg's speed and time come from, under its name: the speed model's row (or the link's own, the
 * mode's default, OSM, the observed median) and, with a monitoring state, whether its time was observed.
 */
function legSources(leg, withState) {
  const parts = [];
  if (leg.kind === 'move' && leg.speed_source) parts.push(`<span class="speed-source">speed: ${escapeHtml(leg.speed_source)}</span>`);
  if (withState || leg.time_source === 'observed') {
    const cls = leg.time_source === 'observed' ? (leg.simulated ? 'simulated' : 'observed') : 'model';
    parts.push(`<span class="badge time-source ${cls}">${escapeHtml(leg.time_source_text)}</span>`);
  }
  return parts.length ? `<div class="leg-sources muted">${parts.join(' ')}</div>` : '';
}

/** The leg table of a route, with each move's speed and its source, and its totals as the footer. */
export function legTable(route, id = 'leg-table') {
  const withState = route.time_basis === 'observed';
  const rows = route.legs.map((leg, i) => {
    const what = leg.kind === 'move' ? `<span title="${escapeHtml(leg.from_name)} → ${escapeHtml(leg.to_name)}">${escapeHtml(leg.name)}</span>`
      : `${escapeHtml(leg.description)}`;
    // A leg using a mode default instead of a value of its own is marked; the title says which.
    const notes = leg.notes && leg.notes.length ? ` <span class="assumed" title="${escapeHtml(leg.notes.join('; '))}">*</span>` : '';
    const speed = leg.kind === 'move' && leg.speed_kmh != null ? `${number(leg.speed_kmh, 1)} km/h` : '';
    return `<tr><td>${i + 1}. ${what}${notes} <span class="muted">${escapeHtml(leg.mode || leg.kind)}</span>${legSources(leg, withState)}</td>`
      + `<td class="num speed">${speed}</td>${totalsRow(leg.totals, [leg])}</tr>`;
  });
  return `<table id="${id}" class="legs"><thead><tr><th>leg</th><th class="num">speed</th><th class="num">distance</th>`
    + `<th class="num">time</th><th class="num">cost</th><th class="num">CO2</th><th class="num">risk</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody><tfoot><tr><td>Total</td><td></td>${totalsRow(route.totals, route.legs)}</tr></tfoot></table>`
    + (route.legs.some((l) => l.notes && l.notes.length) ? '<p class="muted">* uses a default of its mode or meets a border rule (hover for which)</p>' : '');
}

/** A step's distance as the API's text gives it: "850 m" under a kilometre, else "12.3 km". */
function stepDistance(distanceKm) {
  return distanceKm < 1 ? `${number(distanceKm * 1000)} m` : `${number(distanceKm, 1)} km`;
}

/** A step's time: "under 1 min", "12 min", "2 h 05 min". */
function stepTime(hoursTaken) {
  const minutes = Math.round(hoursTaken * 60);
  if (minutes < 1) return 'under 1 min';
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * The route's turn-by-turn directions (the API's route.directions): each corridor leg with its distance and
 * time, its steps numbered under it; the note when no street is under them, else the roads' attribution.
 */
export function directionsList(directions) {
  if (!directions) return '';
  const about = directions.note || (directions.attribution ? `Streets: ${directions.attribution}` : '');
  let number = 0;
  const legs = directions.legs.map((leg) => {
    const steps = leg.steps.map((step) => `<li>${escapeHtml(step.instruction)}`
      + (step.maneuver === 'arrive' ? '' : ` <span class="muted">${stepDistance(step.distance_km)}, ${stepTime(step.hours)}</span>`)
      + '</li>');
    const list = steps.length ? `<ol class="directions-steps" start="${number + 1}">${steps.join('')}</ol>` : '';
    number += steps.length;
    return `<li class="directions-leg"><strong>${escapeHtml(leg.description)}</strong> <span class="muted">`
      + `${leg.kind === 'move' ? `${km(leg.totals.distance_km)}, ` : ''}${hours(leg.totals.hours)}</span>${list}</li>`;
  });
  return `<h3>Directions</h3>${about ? `<p class="muted">${escapeHtml(about)}</p>` : ''}`
    + `<ul id="directions" class="directions">${legs.join('')}</ul>`;
}

/**
 * When the route arrives: with a monitoring state at the median and at the 95th percentile (the sum of
 * the legs' 95th percentiles, a conservative figure), labelled simulated when its observations are;
 * without one, that the times are the model's.
 */
function arrivalsHtml(route) {
  const at = (t) => escapeHtml(t.replace('T', ' '));
  if (route.time_basis !== 'observed') {
    return `<span id="arrival-median">arriving ${at(route.arrival)}</span> <span class="muted">(times from the model: the server has no monitoring state)</span>`;
  }
  return `<span id="arrival-median">arriving ${at(route.arrival)} at the median</span>, `
    + `<span id="arrival-p95">${at(route.arrival_p95)} at the 95th percentile</span>`
    + ` <span class="muted" title="the sum of each leg's 95th percentile: above the trip's own when delays are independent">(conservative)</span>`
    + (route.simulated ? ' <span class="badge simulated">simulated</span>' : '');
}

function routeSummary(route) {
  return `<p><strong>${escapeHtml(route.from_name)} → ${escapeHtml(route.to_name)}</strong>, ${escapeHtml(route.cargo)},`
    + ` leaving ${escapeHtml(route.departure)}, ${arrivalsHtml(route)}.`
    + `${route.uses_assumptions ? ' <span class="badge approximate">some values are mode defaults</span>' : ''}</p>`;
}

function closuresHtml(closures) {
  if (!closures || !closures.length) return '';
  return `<p class="muted">Closed on the way: ${closures.map((c) => escapeHtml(c.text || c)).join('; ')}</p>`;
}

/** The access rules that kept the vehicle off a road or place (a route's answer's access list), with their sources. */
function accessHtml(access) {
  if (!access || !access.length) return '';
  return `<div id="plan-access" class="access"><p>Kept off by:</p><ul>${access.map((a) => `<li>${escapeHtml(a.text)}</li>`).join('')}</ul></div>`;
}

export class Planner extends Panel {
  constructor(map, status) {
    super('plan');
    this.map = map;
    this.status = status;
    this.form.date.value = today();
    fillVehicles(this.form.vehicle).catch((e) => this.fail(e.message));
    this.onSubmit(() => this.plan());
    document.getElementById('compare-button').addEventListener('click', () => this.compare());
    this.reach = new Reach(map, this.form);
  }

  plan() {
    if (!this.form.reportValidity()) return;
    const params = formParams(this.form);
    return this.busy(document.getElementById('plan-button'), 'Working…', async () => {
      if (!params.modes) throw new Error('Choose at least one mode.');
      const pareto = params.objective === 'pareto';
      const answer = await getJson(`/api/route?${query(pareto ? params : { ...params, directions: 'true' })}`);
      if (pareto) return this.showPareto(answer);
      if (!answer.found) {
        this.map.clearRoutes();
        this.result.innerHTML = `<p class="error">${escapeHtml(answer.why_none)}</p>${closuresHtml(answer.closures)}`
          + accessHtml(answer.access);
        return;
      }
      this.map.drawRoutes([{ geojson: answer.route.geojson }]);
      this.result.innerHTML = routeSummary(answer.route) + accessHtml(answer.access) + legTable(answer.route)
        + closuresHtml(answer.closures) + directionsList(answer.route.directions);
    }, 'Planning…');
  }

  showPareto(answer) {
    const routes = answer.routes;
    if (!routes.length) {
      this.result.innerHTML = `<p class="error">No route.</p>${closuresHtml(answer.closures)}`;
      return;
    }
    const rows = routes.map((r, i) => `<tr class="selectable" data-index="${i}"><td><span class="badge" style="background:${ROUTE_COLORS[i % ROUTE_COLORS.length]};color:#fff">${i + 1}</span></td>`
      + `<td>${escapeHtml(r.legs.filter((l) => l.kind === 'move').map((l) => l.mode).filter((m, j, a) => m !== a[j - 1]).join(' → '))}</td>${totalsRow(r.totals, r.legs)}</tr>`);
    this.result.innerHTML = `<p>${routes.length} routes none of which is better than another on every count`
      + `${answer.truncated ? ' (the search was bounded: a few trade-offs may be missing)' : ''}. Click one for its legs.</p>`
      + `<table id="pareto-table"><thead><tr><th>#</th><th>modes</th><th class="num">distance</th><th class="num">time</th>`
      + `<th class="num">cost</th><th class="num">CO2</th><th class="num">risk</th></tr></thead><tbody>${rows.join('')}</tbody></table><div id="pareto-legs"></div>`;
    this.map.drawRoutes(routes.map((r, i) => ({ geojson: r.geojson, color: ROUTE_COLORS[i % ROUTE_COLORS.length] })));
    this.result.querySelectorAll('#pareto-table tr.selectable').forEach((row) => row.addEventListener('click', () => {
      const i = Number(row.dataset.index);
      this.result.querySelectorAll('tr.chosen').forEach((r) => r.classList.remove('chosen'));
      row.classList.add('chosen');
      this.map.drawRoutes([{ geojson: routes[i].geojson, color: ROUTE_COLORS[i % ROUTE_COLORS.length] }]);
      document.getElementById('pareto-legs').innerHTML = legTable(routes[i]);
    }));
  }

  compare() {
    if (!this.form.reportValidity()) return;
    const params = formParams(this.form);
    if (params.objective === 'pareto') params.objective = 'time';
    return this.busy(document.getElementById('compare-button'), 'Working…', async () => {
      if (!params.modes) throw new Error('Choose at least one mode.');
      const answer = await getJson(`/api/compare?${query(params)}`);
      const found = answer.alternatives.filter((a) => a.found);
      if (!found.length) {
        this.map.clearRoutes();
        this.result.innerHTML = `<p class="error">No route through any seaport.</p>`
          + answer.alternatives.map((a) => `<p class="muted">via ${escapeHtml(a.via.name)}: ${escapeHtml(a.why_none)}</p>`).join('');
        return;
      }
      // The corridor: the best route through a port of the country of the destination's side (Pakistan);
      // the sea route: the best through a port of the origin's country (a Chinese east-coast port).
      const corridor = found.find((a) => a.via.country === 'PK') || found[0];
      const sea = found.find((a) => a.via.country !== corridor.via.country);
      const side = (a, title, cls) => a ? `<div class="side ${cls}"><h3>${title}</h3><p>via ${escapeHtml(a.via.name)} (${escapeHtml(a.via.country)})</p>`
        + `<table><tbody><tr><th>distance</th><td class="num">${km(a.route.totals.distance_km)}</td></tr>`
        + `<tr><th>time</th><td class="num">${hours(a.route.totals.hours)}</td></tr>`
        + `<tr><th>cost</th><td class="num">${partial(usd(a.route.totals.cost_usd), unknowns(a.route.legs).cost)}</td></tr>`
        + `<tr><th>CO2</th><td class="num">${partial(tonnes(a.route.totals.co2_kg), unknowns(a.route.legs).co2)}</td></tr><tr><th>risk</th><td class="num">${number(a.route.totals.risk, 1)}</td></tr>`
        + `<tr><th>by mode</th><td>${Object.entries(a.km_by_mode).map(([m, d]) => `${escapeHtml(m)} ${km(d)}`).join('<br>')}</td></tr></tbody></table></div>`
        : `<div class="side"><h3>${title}</h3><p class="muted">no route</p></div>`;
      const others = answer.alternatives.map((a) => `<tr><td>${escapeHtml(a.via.name)} (${escapeHtml(a.via.country)})</td>`
        + (a.found ? totalsRow(a.route.totals, a.route.legs) : `<td colspan="5" class="muted">${escapeHtml(a.why_none)}</td>`) + '</tr>');
      this.result.innerHTML = `<div class="compare" id="compare-table">${side(corridor, 'Overland corridor', 'corridor')}${side(sea, 'Sea route', 'sea')}</div>`
        + `<h4>Every seaport</h4><table><thead><tr><th>via</th><th class="num">distance</th><th class="num">time</th><th class="num">cost</th>`
        + `<th class="num">CO2</th><th class="num">risk</th></tr></thead><tbody>${others.join('')}</tbody></table>`;
      this.map.drawRoutes([corridor, sea].filter(Boolean).map((a, i) => ({ geojson: a.route.geojson, color: i === 0 ? '#0b6e4f' : '#1f78b4', dashed: i === 1 })));
    }, 'Comparing…');
  }
}

/**
 * Where a truck can be within some hours of a place (/api/isochrone, by road, on the planner's
 * departure day): the bands drawn on the map, the places reached listed per band.
 */
class Reach extends Panel {
  constructor(map, planForm) {
    super('reach');
    this.map = map;
    this.planForm = planForm;
    this.onSubmit(() => this.show());
    this.form.querySelectorAll('.reach-preset').forEach((b) => b.addEventListener('click', () => {
      this.form.from.value = b.dataset.from;
      this.form.hours.value = '8,16,24';
      this.show();
    }));
    document.getElementById('reach-clear').addEventListener('click', () => {
      this.map.clearIsochrones();
      this.result.innerHTML = '';
    });
  }

  show() {
    if (!this.form.reportValidity()) return;
    return this.busy(document.getElementById('reach-button'), 'Working…', async () => {
      const params = { from: this.form.from.value.trim(), hours: this.form.hours.value.trim(), date: this.planForm.date.value };
      const answer = await getJson(`/api/isochrone?${query(params)}`);
      this.map.drawIsochrones(answer);
      const rows = [...answer.features].reverse().map((f) => `<tr><td class="num">${hours(f.properties.hours)}</td>`
        + `<td>${f.properties.places_reached.map((p) => `${escapeHtml(p.name)} <span class="muted">${hours(p.hours)}</span>`).join(', ')}</td></tr>`);
      this.result.innerHTML = `<p>From <strong>${escapeHtml(answer.origin.name)}</strong> by road, leaving ${escapeHtml(answer.departure)}`
        + ` (${escapeHtml(answer.vehicle)}):</p><table id="reach-table"><thead><tr><th class="num">within</th><th>places reached</th></tr></thead>`
        + `<tbody>${rows.join('')}</tbody></table><p class="muted">${escapeHtml(answer.method)}.</p>`;
    });
  }
}
