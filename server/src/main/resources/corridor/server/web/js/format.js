// Number and text formatting shared by the panels and charts. Unknown values show as "unknown".
export const UNKNOWN = 'unknown';

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return UNKNOWN;
  return Number(value).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

// Short distances and times (a street segment) keep a decimal or come in minutes, so none reads as 0.
export function km(value) {
  if (value == null) return UNKNOWN;
  if (value > 0 && value < 1) return `${number(value * 1000)} m`;
  return value > 0 && value < 10 ? `${number(value, 1)} km` : `${number(value)} km`;
}
export function hours(value) {
  if (value == null) return UNKNOWN;
  if (value > 0 && value < 1) return value * 60 < 0.5 ? 'under 1 min' : `${Math.round(value * 60)} min`;
  return value >= 48 ? `${number(value / 24, 1)} days` : value === 0 ? "0 h" : `${number(value, 1)} h`;
}
export function usd(value) {
  if (value == null) return UNKNOWN;
  const abs = Math.abs(value);
  if (abs >= 1e9) return `US$${number(value / 1e9, 2)} bn`;
  if (abs >= 1e6) return `US$${number(value / 1e6, 1)} m`;
  return `US$${number(value)}`;
}
export function tonnes(kg) { return kg == null ? UNKNOWN : `${number(kg / 1000, 1)} t`; }
export function percent(value) { return value == null ? UNKNOWN : `${value > 0 ? '+' : ''}${number(value, 1)}%`; }

export function label(text) {
  return String(text ?? '').replace(/_/g, ' ');
}

/** A value in its unit, as the indicators give them. */
export function amount(value, unit) {
  if (value == null) return UNKNOWN;
  if (unit === 'USD') return usd(value);
  if (unit === 'percent') return percent(value);
  if (unit === 'km') return km(value);
  if (unit === 'count') return number(value); // "99 ship calls", not "99 count": the measure names what is counted
  return `${number(value)} ${unit}`;
}

/** The sources of a record as an HTML list: publisher, title, date and publisher type. */
export function sourcesHtml(sources) {
  if (!sources || sources.length === 0) return '<p class="muted">No source.</p>';
  const items = sources.map((s) => {
    if (s.missing) return `<li>${escapeHtml(s.id)} <span class="badge">source missing</span></li>`;
    const title = s.url ? `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.title)}</a>`
      : escapeHtml(s.title);
    const where = s.citation ? ` <span class="muted">${escapeHtml(s.citation)}</span>` : '';
    return `<li><strong>${escapeHtml(s.publisher)}</strong>: ${title}${s.date ? ` (${escapeHtml(s.date)})` : ''}`
      + ` <span class="badge ${escapeHtml(s.publisher_type)}">${escapeHtml(label(s.publisher_type))}</span>${where}</li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>`;
}

/** A short line naming sources: "Xinhua (state media); Dawn (independent media)". */
export function sourcesLine(sources) {
  const seen = new Map();
  for (const s of sources || []) {
    if (!s.missing) seen.set(`${s.publisher}|${s.publisher_type}`, `${s.publisher} (${label(s.publisher_type)})`);
  }
  return [...seen.values()].join('; ');
}
