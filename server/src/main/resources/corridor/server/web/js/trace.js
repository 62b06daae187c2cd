// Matching a GPS trace to the imported streets (POST /api/match): the path along the roads drawn on
// the map, its length, the points snapped and the ways driven; breaks and runs off the extract named.
import { postPlain } from './api.js';
import { escapeHtml, hours, km, number } from './format.js';
import { Panel } from './panel.js';

/** Largest trace file read in the page, bytes: the server's own bound (StreetApi, 8 MiB). */
const MAX_TRACE_BYTES = 8 * 1024 * 1024;

export class TraceMatch extends Panel {
  constructor(map) {
    super('trace');
    this.map = map;
    document.getElementById('trace-section').hidden = false;
    this.onSubmit(() => this.match());
    document.getElementById('trace-clear').addEventListener('click', () => {
      this.map.clearTrace();
      this.result.innerHTML = '';
      this.error.hidden = true;
    });
  }

  match() {
    if (!this.form.reportValidity()) return;
    const file = this.form.file.files[0];
    if (file.size > MAX_TRACE_BYTES) {
      this.fail(`${file.name}: ${number(file.size)} bytes; a trace may have at most ${number(MAX_TRACE_BYTES)} bytes`);
      return;
    }
    return this.busy(document.getElementById('trace-button'), 'Matching…', async () => {
      try {
        const answer = await postPlain('/api/match?format=geojson', await file.text());
        const path = answer.features.find((f) => f.properties.kind === 'path');
        const points = answer.features.filter((f) => f.properties.kind === 'point');
        this.map.drawTrace(answer);
        this.result.innerHTML = summary(file.name, path.properties, points);
      } catch (e) {
        throw new Error(`${file.name}: ${e.message}`); // the error names the file
      }
    });
  }
}

function summary(name, p, points) {
  const timed = p.duration_s != null
    ? `, ${hours(p.duration_s / 3600)}${p.speed_kmh != null ? ` at ${number(p.speed_kmh, 1)} km/h` : ''}` : '';
  const snapped = points.filter((f) => f.properties.matched).map((f) => f.properties.distance_m);
  const farthest = snapped.length ? Math.max(...snapped) : null;
  const ways = p.ways.map((w) => `<li>${escapeHtml(w.name || w.ref || `OSM way ${w.way_id}`)}`
    + `${w.name && w.ref ? ` (${escapeHtml(w.ref)})` : ''} <span class="muted">${km(w.km)}</span></li>`);
  const problems = [...p.breaks.map((b) => `a break of ${km(b.gap_km)} between points ${b.after_point} and ${b.before_point}`),
    ...p.off_road.map((o) => o.message)];
  return `<p id="trace-summary"><strong>${escapeHtml(name)}</strong>: ${km(p.length_km)} along the streets${timed};`
    + ` ${p.matched_points} of ${p.points} points snapped`
    + `${farthest != null ? `, the farthest ${number(farthest)} m from its road` : ''}.</p>`
    + (problems.length ? `<ul class="error">${problems.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` : '')
    + `<p>Ways driven, in order:</p><ol id="trace-ways">${ways.join('')}</ol>`
    + (p.attribution ? `<p class="muted">${escapeHtml(p.attribution)}</p>` : '');
}
