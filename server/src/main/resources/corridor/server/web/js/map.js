// The map: an offline Natural Earth basemap, the corridor's layers styled by mode and status,
// and a details panel with the sources of whatever is clicked.
import { getJson } from './api.js';
import { escapeHtml, label, sourcesHtml, UNKNOWN } from './format.js';

const L = window.L;

/** Isochrone bands, nearest first: dark to light. */
const ISOCHRONE_SHADES = ['#6a1b9a', '#8e24aa', '#ab47bc', '#ce93d8', '#e1bee7'];

export const MODE_COLORS = { road: '#c0392b', rail: '#34495e', sea: '#1f78b4', transfer: '#7f8c8d' };
const STATUS_STYLE = {
  existing: { dashArray: null, opacity: 0.9 },
  under_construction: { dashArray: '8 5', opacity: 0.85 },
  planned: { dashArray: '3 6', opacity: 0.6 },
  superseded: { dashArray: '1 6', opacity: 0.3 },
};
const HUB_KINDS = new Set(['seaport', 'dry_port', 'rail_terminal', 'border_crossing']);
const SECTOR_COLORS = { energy: '#e67e22', transport: '#2c3e50', industry_sez: '#8e44ad', agriculture: '#27ae60',
  mining: '#795548', social: '#16a085', gwadar: '#2980b9',
  other: '#7f8c8d' };

// Thin lines by road class, so that the whole network stays readable at country zoom.
const ROAD_CLASS_WEIGHT = { motorway: 3, national_highway: 2, other_road: 1.5 };

// Streets of an imported OpenStreetMap extract (from the server's vector tiles): colour and width by highway
// class, a link road like its class but thinner; the server sends each class only from the zoom it matters at.
const STREET_STYLE = {
  motorway: ['#cc6b8e', 3.2], trunk: ['#e8590c', 2.8], primary: ['#f08c00', 2.4], secondary: ['#e0a800', 2],
  tertiary: ['#c9a227', 1.6], unclassified: ['#8d8d8d', 1.1], residential: ['#8d8d8d', 1.1],
  living_street: ['#a6a6a6', 1], service: ['#b3b3b3', 0.8], road: ['#a6a6a6', 1],
};

export function streetStyle(props, zoom) {
  const link = props.class.endsWith('_link');
  const [color, weight] = STREET_STYLE[props.class.replace('_link', '')] || STREET_STYLE.road;
  const scale = (zoom >= 16 ? 2 : zoom >= 14 ? 1.4 : 1) * (link ? 0.7 : 1);
  return { color, weight: weight * scale, opacity: 0.9, className: `street street-${props.class}` };
}

/** What a street's tooltip says: its name and ref, its class and its OSM way. */
export function streetLabel(props) {
  const name = props.name && props.ref ? `${props.name} (${props.ref})` : props.name || props.ref || 'unnamed';
  return `${escapeHtml(name)} · ${escapeHtml(props.class.replace('_', ' '))} · OSM way ${escapeHtml(props.way_id)}`;
}

export function linkStyle(props) {
  const status = STATUS_STYLE[props.status] || STATUS_STYLE.existing;
  const weight = props.mode === 'road' ? (ROAD_CLASS_WEIGHT[props.road_class] || 2) : props.mode === 'rail' ? 2.5 : 1.5;
  const roadClass = props.mode === 'road' && props.road_class ? ` road-${props.road_class}` : '';
  return { color: MODE_COLORS[props.mode] || '#555', weight, dashArray: status.dashArray,
    opacity: status.opacity, className: `layer-links status-${props.status}${roadClass}` };
}

export class CorridorMap {
  constructor(element, onError) {
    this.onError = onError;
    this.map = L.map(element, { zoomControl: true, worldCopyJump: false, minZoom: 3, maxZoom: 11, attributionControl: true })
      .setView([32, 72], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Basemap: Natural Earth (public domain)');
    this.layers = {};
    this.places = [];
    this.basemapPane = this.map.createPane('basemap');
    this.basemapPane.style.zIndex = 200;
    // The zoom, for whoever reads the page (the browser tests wait on it).
    const container = this.map.getContainer();
    this.map.on('zoomend', () => { container.dataset.zoom = String(this.map.getZoom()); });
    container.dataset.zoom = String(this.map.getZoom());
  }

  /**
   * Adds the "Streets" layer drawn from the road tiles that tileJson (the server's /api/tiles/roads.json)
   * describes, above the basemap and below the corridor; the map may then zoom to street level.
   */
  addStreets(tileJson) {
    this.map.setMaxZoom(tileJson.maxzoom);
    this.map.createPane('streets').style.zIndex = 300;
    const [west, south, east, north] = tileJson.bounds;
    const streets = L.vectorGrid.protobuf(tileJson.tiles[0], {
      pane: 'streets', rendererFactory: L.svg.tile, interactive: true, minZoom: tileJson.minzoom,
      maxNativeZoom: tileJson.maxzoom, maxZoom: tileJson.maxzoom, bounds: L.latLngBounds([south, west], [north, east]),
      attribution: escapeHtml(tileJson.attribution || ''), vectorTileLayerStyles: { roads: streetStyle },
    });
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -6], className: 'street-tooltip' });
    streets.on('mouseover', (e) => this.map.openTooltip(tooltip.setContent(streetLabel(e.layer.properties)), e.latlng));
    streets.on('mouseout', () => this.map.closeTooltip(tooltip));
    // How many street tiles have been drawn, for whoever reads the page (the browser tests wait on it).
    const element = this.map.getContainer();
    element.dataset.streetTiles = '0';
    streets.on('tileload', () => { element.dataset.streetTiles = String(Number(element.dataset.streetTiles) + 1); });
    this.layers.streets = streets;
    this.streetClasses = tileJson.class_minzoom;
  }

  async load() {
    const [countries, provinces] = await Promise.all([getJson('/basemap/countries.geojson'), getJson('/basemap/provinces.geojson')]);
    L.geoJSON(countries, { pane: 'basemap', interactive: false,
      style: { color: '#9aa39c', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1, className: 'basemap-country' } }).addTo(this.map);
    L.geoJSON(provinces, { pane: 'basemap', interactive: false,
      style: { color: '#b9b2a0', weight: 0.6, dashArray: '2 3', fill: false, className: 'basemap-province' } }).addTo(this.map);

    const [links, places, projects, minerals, incidents] = await Promise.all([
      getJson('/api/links'), getJson('/api/places'), getJson('/api/projects'), getJson('/api/minerals'), getJson('/api/incidents')]);
    this.places = places.features;
    this.layers.links = L.geoJSON(links, { style: (f) => linkStyle(f.properties), onEachFeature: (f, layer) => this.clickable(f, layer, 'Link') });
    this.layers.hubs = this.pointLayer(places, (p) => HUB_KINDS.has(p.kind), (p) => ({
      radius: p.kind === 'border_crossing' ? 6 : 5, color: '#0b6e4f', fillColor: p.kind === 'border_crossing' ? '#f1c40f' : '#1abc9c',
      fillOpacity: 0.95, weight: 1.5, className: 'layer-hubs' }), 'Place');
    this.layers.cities = this.pointLayer(places, (p) => p.kind === 'city', () => ({
      radius: 3.5, color: '#333', fillColor: '#fff', fillOpacity: 1, weight: 1.2, className: 'layer-cities' }), 'Place');
    this.layers.sezs = this.pointLayer(places, (p) => p.kind === 'special_economic_zone', () => ({
      radius: 5, color: '#6c3483', fillColor: '#bb8fce', fillOpacity: 0.9, weight: 1.5, className: 'layer-sezs' }), 'Special economic zone');
    this.layers.projects = this.pointLayer(projects, () => true, (p) => ({
      radius: 4.5, color: '#222', fillColor: SECTOR_COLORS[p.sector] || '#999', fillOpacity: 0.85, weight: 0.8,
      className: 'layer-projects' }), 'Project');
    this.layers.minerals = L.geoJSON(minerals, {
      style: () => ({ color: '#795548', weight: 1.5, fillColor: '#a1887f', fillOpacity: 0.35, className: 'layer-minerals' }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, color: '#4e342e', fillColor: '#a1887f', fillOpacity: 0.9,
        weight: 1.5, className: 'layer-minerals' }),
      onEachFeature: (f, layer) => this.clickable(f, layer, 'Mineral area') });
    this.layers.incidents = this.pointLayer(incidents, () => true, (p) => ({
      radius: 3 + Math.min(6, Math.sqrt((p.killed || 0) + (p.injured || 0) / 2)), color: '#922b21', fillColor: '#e74c3c',
      fillOpacity: 0.75, weight: 1, className: 'layer-incidents' }), 'Incident');
    this.routeLayer = L.layerGroup().addTo(this.map);
    this.isochroneLayer = L.layerGroup().addTo(this.map);
    this.traceLayer = L.layerGroup().addTo(this.map);
    this.nearLayer = L.layerGroup().addTo(this.map);
    this.performanceLayer = L.layerGroup().addTo(this.map);
    return this;
  }

  pointLayer(collection, keep, style, kind) {
    return L.geoJSON(collection, {
      filter: (f) => f.geometry && keep(f.properties),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, style(f.properties)),
      onEachFeature: (f, layer) => this.clickable(f, layer, kind),
    });
  }

  clickable(feature, layer, kind) {
    const p = feature.properties;
    layer.bindTooltip(escapeHtml(p.name || p.target || p.id), { sticky: true });
    layer.on('click', () => this.showDetails(kind, p));
  }

  /** Shows or hides a layer by name (links, hubs, cities, sezs, projects, minerals, incidents). */
  toggle(name, visible) {
    const layer = this.layers[name];
    if (!layer) return;
    if (visible) layer.addTo(this.map); else layer.remove();
  }

  showDetails(kind, properties) {
    const skip = new Set(['sources', 'calendar', 'id', 'name', 'aiddata_ids']);
    const rows = Object.entries(properties).filter(([k, v]) => !skip.has(k) && v !== '')
      .map(([k, v]) => `<dt>${escapeHtml(label(k))}</dt><dd>${v === null ? `<span class="muted">${UNKNOWN}</span>` : escapeHtml(v)}</dd>`);
    let calendar = '';
    if (properties.calendar && properties.calendar.length) {
      calendar = '<dt>opening calendar</dt><dd>' + properties.calendar.map((r) =>
        `${escapeHtml(r.from)} to ${escapeHtml(r.to || 'further notice')}: months ${escapeHtml(r.open_months.join(', ') || 'none')}`
        + (r.closed_weekdays && r.closed_weekdays.length ? `, closed ${escapeHtml(r.closed_weekdays.join(', '))}` : '')).join('<br>') + '</dd>';
    }
    // AidData's Global Chinese Development Finance records of a project, as links to AidData's pages.
    if (properties.aiddata_ids && properties.aiddata_ids.length) {
      rows.push('<dt>AidData records</dt><dd class="aiddata">' + properties.aiddata_ids.map((n) =>
        `<a href="https://china.aiddata.org/projects/${encodeURIComponent(n)}" target="_blank" rel="noopener">${escapeHtml(n)}</a>`)
        .join(', ') + '</dd>');
    }
    const exportButton = kind === 'Mineral area'
      ? '<p><button type="button" id="mineral-routes-button">Routes to China by each way out</button></p><div id="mineral-routes"></div>'
      : '';
    document.getElementById('details').innerHTML = `<h3>${escapeHtml(properties.name || properties.target || properties.id)}</h3>`
      + `<p class="muted">${escapeHtml(kind)} · id ${escapeHtml(properties.id)}</p><dl>${rows.join('')}${calendar}</dl>`
      + exportButton + `<h4>Sources</h4>${sourcesHtml(properties.sources)}`;
    if (exportButton) {
      document.getElementById('mineral-routes-button').addEventListener('click', () => this.showMineralRoutes(properties.id));
    }
    document.getElementById('details').scrollIntoView({ block: 'nearest' });
  }

  /** Draws the routes from a mineral area to China by each way out, with their cost per tonne. */
  async showMineralRoutes(id) {
    const box = document.getElementById('mineral-routes');
    box.innerHTML = '<p class="loading">Routing…</p>';
    try {
      const answer = await getJson(`/api/mineral-routes?mineral=${encodeURIComponent(id)}`);
      const found = answer.routes.filter((r) => r.found);
      const colors = ['#0b6e4f', '#1f78b4', '#e6550d', '#756bb1', '#d62728', '#8c6d31'];
      this.drawRoutes(found.map((r, i) => ({ geojson: r.route.geojson, color: colors[i % colors.length] })));
      const rows = answer.routes.map((r) => {
        const i = found.indexOf(r);
        const swatch = i >= 0 ? `<svg width="12" height="10"><rect width="12" height="10" fill="${colors[i % colors.length]}"/></svg> ` : '';
        const cost = r.found ? `US$${r.cost_usd_per_tonne.toFixed(1)}${r.cost_incomplete ? '+?' : ''}/t` : escapeHtml(r.why_none || 'no route');
        const km = r.found ? `${Math.round(r.route.totals.distance_km).toLocaleString('en')} km` : '';
        return `<tr><td>${swatch}${escapeHtml(r.way_out.label)}</td><td>${escapeHtml(r.to_name || '')}</td><td class="num">${km}</td>`
          + `<td class="num">${cost}</td></tr>`;
      });
      const first = answer.routes[0];
      box.innerHTML = `<table id="mineral-routes-table"><thead><tr><th>way out</th><th>to</th><th class="num">distance</th>`
        + `<th class="num">cost</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        + (first ? `<p class="figure-sources">From ${escapeHtml(first.start_name)}, ${Math.round(first.first_mile_km)} km in a `
          + 'straight line from the area: that first mile is not routed and its cost is not counted; +? marks other '
          + 'unknown costs left out. Best by cost, 20 t, leaving today.</p>' : '');
    } catch (e) {
      box.innerHTML = `<p class="error">${escapeHtml(e.message)}</p>`;
    }
  }

  /** Draws routes (GeoJSON of legs) over the map; each {geojson, color, dashed}. Fits the view to them. */
  drawRoutes(routes) {
    this.routeLayer.clearLayers();
    const bounds = [];
    for (const r of routes) {
      const halo = L.geoJSON(r.geojson, { filter: (f) => f.geometry.type === 'LineString', interactive: false,
        style: { color: '#fff', weight: 9, opacity: 0.8, className: 'route-halo' } });
      const line = L.geoJSON(r.geojson, {
        style: (f) => ({ color: r.color || MODE_COLORS[f.properties.mode] || '#000', weight: 5, opacity: 0.95,
          dashArray: r.dashed ? '8 6' : null, className: 'route-line' }),
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, color: '#000', fillColor: '#fff', fillOpacity: 1, weight: 2,
          className: 'route-stop' }),
        onEachFeature: (f, layer) => layer.bindTooltip(`${f.properties.leg}. ${escapeHtml(f.properties.name)}`),
      });
      halo.addTo(this.routeLayer);
      line.addTo(this.routeLayer);
      bounds.push(line.getBounds());
    }
    if (bounds.length) {
      const all = bounds.reduce((a, b) => a.extend(b));
      if (all.isValid()) this.map.fitBounds(all, { padding: [30, 30] });
    }
  }

  clearRoutes() { this.routeLayer.clearLayers(); }

  /**
   * Draws isochrones (the FeatureCollection of /api/isochrone: one band a Feature, largest first), the
   * nearer bands darker and on top, each with its hours as a tooltip; fits the view to the largest.
   */
  drawIsochrones(collection) {
    this.isochroneLayer.clearLayers();
    const bands = collection.features.length;
    let largest = null;
    collection.features.forEach((f, i) => {
      const shade = ISOCHRONE_SHADES[Math.min(ISOCHRONE_SHADES.length - 1, bands - 1 - i)];
      const layer = L.geoJSON(f, { interactive: true,
        style: { color: shade, weight: 1, fillColor: shade, fillOpacity: 0.25, className: 'isochrone-band' } })
        .bindTooltip(`within ${f.properties.hours} h of ${escapeHtml(collection.origin.name)}: `
          + `${f.properties.places_reached.length} places`, { sticky: true });
      layer.addTo(this.isochroneLayer);
      if (!largest) largest = layer;
    });
    if (largest && largest.getBounds().isValid()) this.map.fitBounds(largest.getBounds(), { padding: [30, 30] });
  }

  clearIsochrones() { this.isochroneLayer.clearLayers(); }

  /**
   * Draws a matched trace (the GeoJSON of POST /api/match): the path along the streets as a line, each
   * input point as a dot (hollow when it matched no road); fits the view to them.
   */
  drawTrace(collection) {
    this.traceLayer.clearLayers();
    // one style function for both kinds: GeoJSON resets each layer's options to it before drawing
    const style = (f) => (f.geometry.type === 'Point'
      ? { radius: 3, weight: 1, color: '#4c1d95', fillOpacity: f.properties.matched ? 0.9 : 0, className: 'trace-point' }
      : { color: '#7c3aed', weight: 5, opacity: 0.85, className: 'trace-path' });
    const layer = L.geoJSON(collection, { style, pointToLayer: (f, at) => L.circleMarker(at, style(f)) })
      .addTo(this.traceLayer);
    if (layer.getBounds().isValid()) this.map.fitBounds(layer.getBounds(), { padding: [30, 30] });
  }

  clearTrace() { this.traceLayer.clearLayers(); }

  /** Highlights what the near tool found: a ring on each item, fitted into view. */
  showNear(items) {
    this.nearLayer.clearLayers();
    this.nearMarkers = items.map((item) => L.circleMarker([item.latitude, item.longitude], {
      radius: 9, color: '#d500f9', weight: 3, fillColor: '#fff', fillOpacity: 0.35, className: 'near-hit' })
      .bindTooltip(`${escapeHtml(item.name)}: ${Math.round(item.distance_km * 10) / 10} km from the corridor`)
      .addTo(this.nearLayer));
    if (this.nearMarkers.length) {
      const bounds = L.latLngBounds(items.map((i) => [i.latitude, i.longitude]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
    }
  }

  focusNear(item) {
    this.map.setView([item.latitude, item.longitude], Math.max(this.map.getZoom(), 7));
  }

  clearNear() { this.nearLayer.clearLayers(); }

  /**
   * Observed links coloured by speed with delay (color(kmh)), and the hubs with observed times;
   * describe(properties) gives a feature's figures as "label value" (from the indicator table).
   */
  showPerformance(geojson, color, describe) {
    this.performanceLayer.clearLayers();
    this.map.getContainer().classList.add('performance-mode');
    L.geoJSON(geojson, {
      // Leaflet applies the style to points too, so hubs get theirs here as well.
      style: (f) => (f.geometry.type === 'Point'
        ? { radius: 7, color: '#6a1b9a', weight: 2.5, fillColor: '#fff', fillOpacity: 1 }
        : { color: color(f.properties.swd_kmh), weight: 6, opacity: 0.95, className: 'perf-link' }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { className: 'perf-hub' }),
      onEachFeature: (f, layer) => {
        const p = f.properties;
        const what = p.subject === 'link' ? '' : ` (${p.subject.replace('_', ' ')})`;
        layer.bindTooltip(`${escapeHtml(p.name)}${escapeHtml(what)}: ${escapeHtml(describe(p).join(' · '))}`, { sticky: true });
      },
    }).addTo(this.performanceLayer);
  }

  clearPerformance() {
    this.performanceLayer.clearLayers();
    this.map.getContainer().classList.remove('performance-mode');
  }

  legendHtml() {
    const line = (color, dash, opacity, width = 3) => `<svg width="38" height="10"><line x1="1" y1="5" x2="37" y2="5" stroke="${color}" stroke-width="${width}"`
      + `${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-opacity="${opacity}"/></svg>`;
    const dot = (fill, stroke) => `<svg width="38" height="12"><circle cx="19" cy="6" r="5" fill="${fill}" stroke="${stroke}" stroke-width="1.5"/></svg>`;
    const rows = [
      [line(MODE_COLORS.road, null, 0.9, ROAD_CLASS_WEIGHT.motorway), 'motorway'],
      [line(MODE_COLORS.road, null, 0.9, ROAD_CLASS_WEIGHT.national_highway), 'national highway'],
      [line(MODE_COLORS.road, null, 0.9, ROAD_CLASS_WEIGHT.other_road), 'other road'],
      [line(MODE_COLORS.rail, null, 0.9, 2.5), 'rail'], [line(MODE_COLORS.sea, null, 0.9, 1.5), 'sea lane'],
      [line('#555', STATUS_STYLE.under_construction.dashArray, 0.85), 'under construction'],
      [line('#555', STATUS_STYLE.planned.dashArray, 0.6), 'planned'], [line('#555', STATUS_STYLE.superseded.dashArray, 0.3), 'superseded'],
      [dot('#1abc9c', '#0b6e4f'), 'port, dry port, terminal'], [dot('#f1c40f', '#0b6e4f'), 'border crossing'],
      [dot('#bb8fce', '#6c3483'), 'special economic zone'], [dot('#e67e22', '#222'), 'project (colour by sector)'],
      [dot('#a1887f', '#4e342e'), 'mineral area'], [dot('#e74c3c', '#922b21'), 'incident (size by casualties)'],
    ];
    if (this.streetClasses) {
      const from = (c) => `from zoom ${this.streetClasses[c]}`;
      rows.push([line(STREET_STYLE.motorway[0], null, 0.9, 3), `street: motorway (${from('motorway')})`],
        [line(STREET_STYLE.trunk[0], null, 0.9, 3), `street: trunk road (${from('trunk')})`],
        [line(STREET_STYLE.primary[0], null, 0.9, 2.5), `street: primary (${from('primary')})`],
        [line(STREET_STYLE.secondary[0], null, 0.9, 2), `street: secondary (${from('secondary')})`],
        [line(STREET_STYLE.tertiary[0], null, 0.9, 1.6), `street: tertiary (${from('tertiary')})`],
        [line(STREET_STYLE.residential[0], null, 0.9, 1.2), `street: residential (${from('residential')})`],
        [line(STREET_STYLE.service[0], null, 0.9, 1), `street: service (${from('service')})`]);
    }
    return rows.map(([symbol, text]) => `${symbol}<span>${text}</span>`).join('');
  }
}
