// The monitoring indicators' names, labels and units as the server's table gives them (the
// "definitions" of /api/monitor/indicators, monitor's IndicatorDefinition): the page labels and
// formats every figure from here and writes none of them itself.
import { hours, km, number, UNKNOWN } from './format.js';

/** Formats a value of each unit the table uses. */
const BY_UNIT = {
  count: (v) => number(v),
  h: (v) => hours(v),
  km: (v) => km(v),
  'km/h': (v) => `${number(v)} km/h`,
  'US$': (v) => `US$${number(v)}`,
  ratio: (v) => number(v, 2),
  'YYYY-MM': (v) => String(v),
};

export class Indicators {
  /** @param definitions the table as the API gives it: [{key, label, abbreviation, unit, meaning, ...}] */
  constructor(definitions) {
    this.rows = definitions || [];
    this.byKey = new Map(this.rows.map((d) => [d.key, d]));
  }

  /** The row of a figure; an error names a figure the server's table lacks. */
  get(key) {
    const d = this.byKey.get(key);
    if (!d) throw new Error(`the server's indicator table has no ${key}`);
    return d;
  }

  /** For people: "speed with delay (SWD)". */
  label(key) { return this.get(key).label; }

  /** For a column heading: "SWD". */
  abbreviation(key) { return this.get(key).abbreviation; }

  /** The unit: "km/h". */
  unit(key) { return this.get(key).unit; }

  /** What the figure means, for a heading's tooltip: "speed with delay (SWD): ...". */
  title(key) {
    const d = this.get(key);
    return `${d.label}: ${d.meaning}${d.reference ? ` (${d.reference})` : ''}`;
  }

  /** A value of the figure in its unit; "unknown" when null. */
  format(key, value) {
    if (value == null) return UNKNOWN;
    return (BY_UNIT[this.unit(key)] || ((v) => `${number(v)} ${this.unit(key)}`))(value);
  }

  /** "label value" for each figure of the table an object carries (a map feature's properties), in table order. */
  describe(properties) {
    return this.rows.filter((d) => d.key in properties).map((d) => `${d.label} ${this.format(d.key, properties[d.key])}`);
  }
}
