// Evidence on the map panel: a claim box (is a published figure backed by the data, and by whom?)
// and a "near the corridor" tool (mineral areas, incidents or projects within a distance).
import { getJson, postJson, query } from './api.js';
import { amount, escapeHtml, label, number, sourcesHtml } from './format.js';
import { Panel } from './panel.js';

const VERDICT_WORDS = {
  supported: 'Supported by the data',
  contradicted: 'Contradicted by the data',
  disputed: 'Disputed: the sources in the data disagree',
  unverifiable: 'Unverifiable from the data',
};

/** A figure in a claim's unit: US$ for money, % for changes, plain numbers for counts. */
function figure(value, unit) {
  if (unit === 'percent') return `${number(value, 2)}%`;
  if (unit === 'USD') return amount(value, unit);
  return number(value, Number.isInteger(value) ? 0 : 2);
}

function tolerance(claim) {
  if (claim.bound === 'more_than' || claim.bound === 'less_than') return `strict bound (${label(claim.bound)})`;
  if (claim.unit === 'percent') return `±${number(claim.tolerance, 2)} percentage points`;
  return `±${figure(claim.tolerance, claim.unit)}`;
}

function valuesTable(values, caption, id) {
  if (!values.length) return '';
  const rows = values.map((v) => `<tr class="fit-${escapeHtml(v.fit)}"><td>${escapeHtml(v.reporter)}</td><td>${escapeHtml(v.period)}</td>`
    + `<td class="num">${escapeHtml(figure(v.value, v.unit))}</td>`
    + `<td>${escapeHtml(label(v.fit))}${v.own_publisher ? ' <span class="badge">claim’s own publisher</span>' : ''}`
    + `${v.derivation ? `<br><span class="muted">${escapeHtml(v.derivation)}</span>` : ''}</td>`
    + `<td>${sourcesHtml(v.sources)}</td></tr>`);
  return `<h4>${escapeHtml(caption)}</h4><table${id ? ` id="${id}"` : ''}><thead><tr><th>reporter</th><th>period</th>`
    + `<th class="num">value</th><th>fit</th><th>sources (publisher type)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function claimHtml(claim, index) {
  return `<div class="claim verdict-${escapeHtml(claim.verdict)}">`
    + `<p class="verdict" id="verdict-${index}"><span class="verdict-badge">${escapeHtml(label(claim.verdict))}</span> `
    + `${escapeHtml(VERDICT_WORDS[claim.verdict] || claim.verdict)}</p>`
    + `<dl class="claim-figures"><dt>figure read</dt><dd><bdi>${escapeHtml(claim.figure)}</bdi> (${escapeHtml(figure(claim.value, claim.unit))})</dd>`
    + `<dt>period</dt><dd>${escapeHtml(claim.period || 'none named: any period')}</dd>`
    + `<dt>measure</dt><dd>${escapeHtml(claim.measures.join(' or '))}</dd>`
    + `<dt>tolerance</dt><dd>${escapeHtml(tolerance(claim))}</dd></dl>`
    + `<p class="explanation">${escapeHtml(claim.explanation)}</p>`
    + valuesTable(claim.compared, 'Values compared', `claim-values-${index}`)
    + valuesTable(claim.other_measures, 'The figure matches other measures')
    + valuesTable(claim.related, 'Values for other periods (not compared)')
    + '</div>';
}

export class ClaimBox extends Panel {
  constructor() {
    super('claim');
    this.onSubmit(() => this.check());
  }

  check() {
    const text = document.getElementById('claim-text').value.trim();
    const publisher = document.getElementById('claim-publisher').value.trim();
    return this.busy(document.getElementById('claim-button'), 'Checking the claim against the data…', async () => {
      const answer = await getJson(`/api/check-claim?${query({ text, publisher })}`);
      this.result.innerHTML = answer.claims.map(claimHtml).join('');
    });
  }
}

/**
 * The article with each figure marked in its verdict's colour, linked to the figure's check below. Each line
 * (paragraph) takes its direction from its own text (dir="auto"): an Urdu paragraph reads right to left, a
 * Chinese or English one left to right, in one article. A figure never spans a line, as sentences do not.
 */
function markedText(answer) {
  let html = '';
  let at = 0;
  answer.figures.forEach((f, i) => {
    html += escapeHtml(answer.text.slice(at, f.start))
      + `<mark class="figure-mark verdict-${escapeHtml(f.verdict)}" data-index="${i}" id="figure-mark-${i}" `
      + `title="${escapeHtml(label(f.verdict))}: ${escapeHtml(f.figure)}">${escapeHtml(answer.text.slice(f.start, f.end))}</mark>`;
    at = f.end;
  });
  html += escapeHtml(answer.text.slice(at));
  return html.split('\n').map((line) => `<div class="article-line" dir="auto">${line || '&nbsp;'}</div>`).join('');
}

export class ArticleBox extends Panel {
  constructor() {
    super('article');
    this.onSubmit(() => this.check());
  }

  check() {
    const text = document.getElementById('article-text').value;
    const publisher = document.getElementById('article-publisher').value.trim();
    const published = document.getElementById('article-published').value;
    return this.busy(document.getElementById('article-button'), 'Finding and checking every figure…', async () => {
      const answer = await postJson('/api/check-article', { text, publisher: publisher || null, published: published || null });
      this.result.innerHTML = this.report(answer);
      this.result.querySelectorAll('mark.figure-mark').forEach((mark) => mark.addEventListener('click', () => {
        const check = document.getElementById(`article-claim-${mark.dataset.index}`);
        if (check) check.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
      }));
    });
  }

  report(answer) {
    const counts = Object.entries(answer.counts).filter(([, n]) => n > 0)
      .map(([verdict, n]) => `<span class="verdict-${escapeHtml(verdict)}"><strong>${n}</strong> ${escapeHtml(label(verdict))}</span>`);
    const head = `<p id="article-summary">${answer.figures.length} figures in ${answer.read.sentences} sentences; published by `
      + `${escapeHtml(answer.publisher || 'unknown (every source counts as independent)')}`
      + `${answer.published ? `, ${escapeHtml(answer.published)}` : ''}.</p>`
      + `<p class="article-counts">${counts.join('')}</p>`;
    if (!answer.figures.length) return `${head}<p class="muted">No figure found in this text.</p>`;
    // each sentence is quoted once, above the checks of its figures (a long one cut around them)
    const checks = answer.figures.map((f, i) => {
      const first = i === 0 || answer.figures[i - 1].sentence !== f.sentence;
      const quote = first ? `<p class="muted article-sentence" dir="auto">“${escapeHtml(answer.sentences[f.sentence].excerpt)}”</p>` : '';
      return `${quote}<div id="article-claim-${i}">${claimHtml(f, `a${i}`)}</div>`;
    });
    return `${head}<div class="article-text" id="article-marked">${markedText(answer)}</div>${checks.join('')}`;
  }
}

export class NearTool extends Panel {
  constructor(map) {
    super('near');
    this.map = map;
    this.onSubmit(() => this.search());
  }

  search() {
    const layer = document.getElementById('near-layer').value;
    const withinKm = document.getElementById('near-km').value;
    return this.busy(document.getElementById('near-button'), 'Measuring distances to the corridor…', async () => {
      let answer;
      try {
        answer = await getJson(`/api/near?${query({ layer, withinKm })}`);
      } catch (e) {
        this.map.clearNear();
        throw e;
      }
      // The layer searched is shown too, so that the rings sit on its areas and points.
      const toggle = document.getElementById(`layer-${layer}`);
      if (toggle && !toggle.checked) toggle.click();
      this.map.showNear(answer.items);
      this.result.innerHTML = this.table(answer);
      this.result.querySelectorAll('tr[data-index]').forEach((row) => row.addEventListener('click', () => {
        const item = answer.items[Number(row.dataset.index)];
        this.map.focusNear(item);
        this.result.querySelectorAll('tr.chosen').forEach((r) => r.classList.remove('chosen'));
        row.classList.add('chosen');
      }));
    });
  }

  table(answer) {
    const minerals = answer.layer === 'minerals';
    const what = { minerals: 'mineral areas', incidents: 'incidents', projects: 'projects' }[answer.layer];
    const head = `<p id="near-count"><strong>${answer.items.length}</strong> ${what} within ${number(answer.within_km)} km of `
      + `${escapeHtml(answer.measured_from)}, nearest first; highlighted on the map.</p>`;
    if (!answer.items.length) return `${head}<p class="muted">Nothing that close: try a larger distance.</p>`;
    const place = (p) => (p ? `${escapeHtml(p.name)} <span class="muted">${number(p.distance_km)} km</span>` : '<span class="muted">unknown</span>');
    const rows = answer.items.map((item, i) => `<tr class="selectable" data-index="${i}"><td>${escapeHtml(item.name)}</td>`
      + `<td class="num">${number(item.distance_km, 1)} km</td>`
      + (minerals ? `<td>${place(item.nearest_port)}</td><td>${place(item.nearest_railhead)}</td>` : '') + '</tr>');
    return `${head}<table id="near-table"><thead><tr><th>name</th><th class="num">to the corridor</th>`
      + (minerals ? '<th>nearest seaport</th><th>nearest railhead</th>' : '')
      + `</tr></thead><tbody>${rows.join('')}</tbody></table>`
      + '<p class="figure-sources">Great-circle distances; for mineral areas from the outline, port and railhead from its centre.</p>';
  }
}
