// Wires the observatory together: tabs, the map and its layers, the planner, scenarios and dashboards.
import { getJson } from './api.js';
import { CorridorMap } from './map.js';
import { fillPlaceSuggestions, Planner } from './planner.js';
import { Scenarios } from './scenarios.js';
import { loadDashboards } from './dashboard.js';
import { ArticleBox, ClaimBox, NearTool } from './evidence.js';
import { Projects } from './projects.js';
import { Performance } from './performance.js';
import { TraceMatch } from './trace.js';

const status = {
  element: document.getElementById('status'),
  show(text, isError = false) {
    this.element.textContent = text;
    this.element.classList.toggle('error', isError);
    this.element.hidden = false;
  },
  clear() { this.element.hidden = true; },
};

let dashboardsLoaded = false;
const VIEWS = ['map', 'dashboards', 'projects'];
const PANELS = ['layers', 'plan', 'scenarios', 'evidence', 'performance'];
/** Set once the page is wired: the parts a tab shows or hides. */
const parts = {};

function selectTab(button, map) {
  document.querySelectorAll('.tabs button').forEach((b) => b.setAttribute('aria-selected', String(b === button)));
  // The tab is in the address (#plan, #dashboards, ...), so that a view can be linked and reloaded.
  history.replaceState(null, '', `#${button.id.replace('tab-', '')}`);
  const view = button.dataset.view;
  for (const name of VIEWS) document.getElementById(`view-${name}`).hidden = view !== name;
  const panel = view === 'map' ? button.dataset.panel : null;
  if (view === 'map') {
    for (const name of PANELS) document.getElementById(`panel-${name}`).hidden = name !== panel;
    map.map.invalidateSize();
  }
  if (panel !== 'evidence') map.clearNear();
  if (panel === 'performance') parts.performance.show(); else parts.performance.hide();
  if (view === 'projects') parts.projects.load();
  if (view === 'dashboards' && !dashboardsLoaded) {
    dashboardsLoaded = true;
    loadDashboards();
  }
}

async function start() {
  status.show('Loading the map and the corridor’s layers…');
  const map = new CorridorMap('map');
  parts.performance = new Performance(map);
  parts.projects = new Projects();
  document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => selectTab(b, map)));
  try {
    const [summary] = await Promise.all([getJson('/api/summary'), map.load()]);
    document.getElementById('dataset-name').textContent = `· ${summary.name} dataset`;
    if (summary.road_segments > 0) {
      map.addStreets(await getJson('/api/tiles/roads.json'));
      document.getElementById('streets-toggle').hidden = false;
      new TraceMatch(map);
    }
    document.getElementById('legend').innerHTML = map.legendHtml();
    for (const input of document.querySelectorAll('#layer-toggles input')) {
      const name = input.id.replace('layer-', '');
      map.toggle(name, input.checked);
      input.addEventListener('change', () => map.toggle(name, input.checked));
    }
    fillPlaceSuggestions(map.places);
    new Planner(map, status);
    new ClaimBox();
    new ArticleBox();
    new NearTool(map);
    const scenarios = new Scenarios(map);
    await scenarios.load();
    status.clear();
    const linked = document.getElementById(`tab-${window.location.hash.slice(1)}`);
    if (linked) selectTab(linked, map);
    document.body.dataset.ready = 'true';
  } catch (e) {
    status.show(`Could not load the observatory: ${e.message}`, true);
  }
}

start();
