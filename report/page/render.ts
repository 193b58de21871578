/**
 * Draws a status-code map in a page: the summary, the legend, the filters,
 * the map (one row per operation, one column per code) and the details of
 * a cell. Runs in the browser, from the map's data alone; the report page
 * and the playground both use it. Text from the document only ever reaches
 * the page escaped.
 */
import type {
  ChangeMark,
  MapCell,
  MapCellChange,
  MapFinding,
  MapRow,
  MapWaived,
  SeverityName,
  StatusMap,
} from '../map';
import { uninert, visible } from '../../functions/lib/quote';
import { CellState, STATE_LABELS as LABELS, STATE_SYMBOLS as SYMBOLS, percent as pct } from '../states';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * Text of the document as the page shows it: escaped, with control,
 * invisible and bidi characters shown as `\u202E` (so that
 * `/files/\u202Egnp.exe` cannot pass for `/files/exe.png`).
 */
export function docText(text: string): string {
  return esc(visible(text));
}

/**
 * A finding's message as the page shows it: the rules break every `{{` with
 * a zero-width space on its way through Spectral's templates (functions/lib/quote.ts),
 * taken out again here; then shown as document text, since a message may quote the document.
 */
export function messageText(message: string): string {
  return docText(uninert(message));
}

const OWN = 'own';

/** The marks of a change's map (`diff --format html`): by shape as well as colour, as the states are. */
const CHANGE_SYMBOLS: Readonly<Record<ChangeMark, string>> = {
  added: '▲',
  removed: '▼',
  changed: '◆',
  'new-finding': '★',
};
const CHANGE_LABELS: Readonly<Record<ChangeMark, string>> = {
  added: 'a code this change adds',
  removed: 'a code this change removes (breaking where it was a success code or default)',
  changed: 'a key this change rewrites (200 → 2XX)',
  'new-finding': 'a finding new in this change',
};

/** A change's marks by row and column key. */
type ChangeIndex = ReadonlyMap<string, MapCellChange>;
const changeId = (row: number, key: string): string => `${row}\u0000${key}`;
const changeIndex = (map: StatusMap): ChangeIndex =>
  new Map((map.change?.cells ?? []).map((c) => [changeId(c.row, c.key), c]));

function changeBadges(change: MapCellChange | undefined): string {
  if (change === undefined) return '';
  return `<span class="chg" aria-hidden="true">${change.marks.map((m) => `<span class="chg-${m}">${CHANGE_SYMBOLS[m]}</span>`).join('')}</span>`;
}

function changeAttributes(change: MapCellChange | undefined): string {
  if (change === undefined) return '';
  return ` data-change="${change.marks.join(' ')}"${change.breaking ? ' data-breaking=""' : ''}`;
}

function changeTitle(change: MapCellChange | undefined): string {
  return change === undefined ? '' : `; ${change.notes.join('; ')}`;
}

/** Above the map of a change: against what, the counts, and the operations that have no row because head removed them. */
function changeHtml(map: StatusMap): string {
  const c = map.change;
  if (c === undefined) return '';
  const removed = c.removedOperations
    .map(
      (o) =>
        `<li><code>${docText(o.operation)}</code> (${o.codes.map((k) => `<code>${docText(k)}</code>`).join(', ') || 'no codes'})</li>`,
    )
    .join('');
  const codes = c.cells.reduce((n, cell) => n + cell.marks.filter((m) => m !== 'new-finding').length, 0);
  return `<section class="change" id="change"><h2>What this change does</h2><p><code>${docText(c.base)}</code> → <code>${docText(c.head)}</code>: <b>${plural(c.newFindings, 'new finding')}</b>, ${c.fixedFindings} fixed, ${c.unchangedFindings} unchanged; ${plural(codes, 'status-code change')}, ${plural(c.addedOperations.length, 'operation')} added, ${c.removedOperations.length} removed${c.breaking > 0 ? `; <b class="breaking">${c.breaking} breaking</b>` : ''}. The map is head's; the marked cells are what the change touched.</p>${removed === '' ? '' : `<p>Removed operations (breaking: clients that call them fail):</p><ul id="removed-operations">${removed}</ul>`}</section>`;
}

/** At most this many characters of document text in a heading (then `…`). */
const HEADING_LIMIT = 200;
const short = (text: string): string => {
  const shown = visible(text);
  return shown.length > HEADING_LIMIT ? `${shown.slice(0, HEADING_LIMIT)}…` : shown;
};

/**
 * The mark of the most serious finding in a cell: errors and warnings look
 * different by shape (filled, hollow) as well as by colour; info and hint
 * get none.
 */
const SEVERITY_MARKS: Readonly<Partial<Record<SeverityName, string>>> = { error: '●', warn: '○' };
const SEVERITY_WORDS: Readonly<Record<SeverityName, string>> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
  hint: 'hint',
};
const SEVERITY_RANK: Readonly<Record<SeverityName, number>> = { error: 0, warn: 1, info: 2, hint: 3 };

/** The most serious severity among a cell's findings, its own and the related ones. */
function worstSeverity(map: StatusMap, cell: MapCell): SeverityName | undefined {
  let worst: SeverityName | undefined;
  for (const id of idsOf(cell)) {
    const severity = map.findings[id]?.severity;
    if (severity !== undefined && (worst === undefined || SEVERITY_RANK[severity] < SEVERITY_RANK[worst]))
      worst = severity;
  }
  return worst;
}

/** The codes a finding asks for, when it asks for one of several ("400 or 422"). */
const oneOf = (finding: MapFinding | undefined): readonly number[] | undefined =>
  finding !== undefined && finding.kind === 'missing' && finding.expects !== undefined && finding.expects.length > 1
    ? finding.expects
    : undefined;

/**
 * Whether a cell is there only as another code of a request for one of
 * several, whose finding sits on another cell of the row: `422` of "400 (or
 * 422)". It is one expectation, which either code meets, so the cell shows
 * `or`, not a second missing code.
 */
function isAlternative(map: StatusMap, row: MapRow, key: string, cell: MapCell): boolean {
  if (cell.state !== 'missing' || cell.findings.length > 0 || cell.waived.length > 0 || cell.related.length === 0)
    return false;
  return cell.related.every((id) => {
    const finding = map.findings[id];
    return (
      finding !== undefined &&
      finding.row === row.id &&
      finding.cell !== key &&
      oneOf(finding)?.some((code) => String(code) === key) === true
    );
  });
}

const orList = (codes: readonly number[]): string => codes.map(String).join(' or ');

/** What a cell says about itself (its title and its label for screen readers). */
function cellTitle(map: StatusMap, row: MapRow, key: string, cell: MapCell, alternative: boolean): string {
  const named = cell.label === undefined ? '' : ` ‘${visible(cell.label)}’`;
  return `${key === OWN ? 'the operation itself' : visible(key)}${named}: ${cellState(map, cell, alternative)}`;
}

/** A cell's state in words: what the legend says, the codes of a one-of expectation, the most serious finding. */
function cellState(map: StatusMap, cell: MapCell, alternative: boolean): string {
  const expectations = cell.findings
    .map((id) => oneOf(map.findings[id]))
    .filter((codes): codes is readonly number[] => codes !== undefined);
  const state = alternative
    ? `not declared; one of the codes of one expectation (${orList(oneOf(map.findings[cell.related[0] as number]) ?? [])}): either would do`
    : `${LABELS[cell.state]}${expectations.length === 0 ? '' : ` (${expectations.map((codes) => `${orList(codes)}: either would do`).join('; ')})`}`;
  const severity = worstSeverity(map, cell);
  return `${state}${severity === undefined || alternative ? '' : `; most serious finding: ${SEVERITY_WORDS[severity]}`}`;
}

/**
 * What the path filter offers as an example: the first path segment most
 * operations share (`/repos` on GitHub's API), from the document itself.
 */
export function pathExample(map: StatusMap): string {
  const counts = new Map<string, number>();
  for (const row of map.rows) {
    if (row.kind !== 'operation' || row.where !== 'path') continue;
    const segment = /^\/[^/]*/.exec(row.label.replace(/^\S+ /, ''))?.[0];
    if (segment !== undefined && segment !== '/') counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  let best = '/';
  let most = 0;
  for (const [segment, count] of counts) {
    if (count > most) {
      best = segment;
      most = count;
    }
  }
  return short(best);
}

/** Whether some row has findings on an operation as a whole (the column for them is drawn only then). */
const hasOwnColumn = (map: StatusMap): boolean => map.rows.some((row) => row.own !== undefined);
const OWN_COLUMN_TITLE =
  "Findings on the operation as a whole, not on one code: no success response at all, say, or another ruleset's finding on the operation";

/** Every finding id a cell shows: its own, then the related ones. */
function idsOf(cell: MapCell | undefined): number[] {
  return cell === undefined ? [] : [...cell.findings, ...cell.related];
}

interface RowIndex {
  readonly rules: Set<string>;
  readonly severities: Set<string>;
  readonly text: string;
  readonly hasFindings: boolean;
}

function indexRow(map: StatusMap, row: MapRow): RowIndex {
  const rules = new Set<string>();
  const severities = new Set<string>();
  // What the search matches: the text as the page shows it.
  const texts = [visible(row.label).toLowerCase()];
  const cells = [...Object.values(row.cells), ...(row.own === undefined ? [] : [row.own])];
  let hasFindings = false;
  for (const cell of cells) {
    for (const id of idsOf(cell)) {
      const finding = map.findings[id];
      if (finding === undefined) continue;
      hasFindings = true;
      rules.add(finding.rule);
      severities.add(finding.severity);
      texts.push(finding.rule.toLowerCase(), visible(uninert(finding.message)).toLowerCase());
    }
    for (const id of cell.waived) {
      const waived = map.waived[id];
      if (waived !== undefined) texts.push(waived.rule.toLowerCase(), visible(uninert(waived.message)).toLowerCase());
    }
  }
  return { rules, severities, text: texts.join('\n'), hasFindings };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryHtml(map: StatusMap): string {
  const s = map.summary;
  const card = (value: string | number, label: string, id: string): string =>
    `<div class="card" id="${id}"><b>${esc(value)}</b>${esc(label)}</div>`;
  const sev = s.bySeverity;
  const rules = s.byRule
    .map(
      (r) =>
        `<tr data-rule="${esc(r.rule)}"><td>${r.docs === undefined ? `<code>${esc(r.rule)}</code>` : `<a href="${esc(r.docs)}"><code>${esc(r.rule)}</code></a>`}</td><td>${r.error}</td><td>${r.warn}</td><td>${r.info}</td><td>${r.hint}</td><td class="total">${r.total}</td></tr>`,
    )
    .join('');
  const missed = s.mostMissed
    .map((m) => `<li><code>${docText(m.code)}</code>: ${m.operations} operation${m.operations === 1 ? '' : 's'}</li>`)
    .join('');
  const profiles = s.profiles
    .map((p) => `<li><code>${docText(p.resource)}</code>: ${esc(p.profiles.replace(/`/g, ''))}</li>`)
    .join('');
  // A file that is no OpenAPI document, or one without operations, is said so, not counted as "0 operations, 0 without findings (100%)".
  const notice =
    map.version === undefined
      ? '<p class="notice" id="notice"><b>Not an OpenAPI document.</b> It has no <code>openapi</code> or <code>swagger</code> version this ruleset reads, so there are no operations to map.</p>'
      : s.operations === 0
        ? '<p class="notice" id="notice"><b>No operations.</b> The document declares no operation under <code>paths</code> or <code>webhooks</code>, so there is nothing to map.</p>'
        : '';
  return `${notice}<div class="cards">
${notice === '' ? card(s.operations, 'operations', 'card-operations') : ''}
${notice === '' ? card(`${s.operationsWithoutFindings} (${pct(s.operationsWithoutFindings, s.operations)})`, 'operations without findings', 'card-clean') : ''}
${card(s.findings, `findings: ${plural(sev.error, 'error')}, ${plural(sev.warn, 'warning')}, ${plural(sev.info, 'info')}, ${plural(sev.hint, 'hint')}`, 'card-findings')}
${card(s.waived, 'waived findings', 'card-waived')}
${s.baselined === undefined ? '' : card(s.baselined, 'findings the baseline accepts', 'card-baselined')}
</div>
<div class="summary">
<table class="counts" id="rule-counts"><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Infos</th><th>Hints</th><th>Total</th></tr></thead><tbody>${rules || '<tr><td colspan="6">No findings</td></tr>'}</tbody></table>
${missed === '' ? '' : `<div><h2>Most missed codes</h2><ul id="most-missed">${missed}</ul></div>`}
${profiles === '' ? '' : `<div><h2>Level 3 profiles</h2><ul id="profiles">${profiles}</ul></div>`}
</div>`;
}

function legendHtml(map: StatusMap): string {
  const changes =
    map.change === undefined
      ? []
      : (Object.keys(CHANGE_SYMBOLS) as ChangeMark[]).map(
          (m) =>
            `<span data-legend="${m}"><span class="sym c"><span class="chg"><span class="chg-${m}">${CHANGE_SYMBOLS[m]}</span></span></span>${esc(CHANGE_LABELS[m])}</span>`,
        );
  const states: CellState[] = [
    'ok',
    'forbidden',
    'problem',
    'missing',
    'waived',
    ...(map.waived.some((w) => w.baseline !== undefined) ? (['baselined'] as const) : []),
  ];
  const entries = [
    ...states.map(
      (state) => `<span><span class="sym c s-${state}">${SYMBOLS[state]}</span>${esc(LABELS[state])}</span>`,
    ),
    '<span data-legend="either"><span class="sym c s-either">or</span>another code of the same expectation (400 or 422): either would do</span>',
    `<span data-legend="error"><span class="sym c sev-error"><span class="sevmark">${SEVERITY_MARKS.error}</span></span>an error among the cell's findings</span>`,
    `<span data-legend="warn"><span class="sym c sev-warn"><span class="sevmark">${SEVERITY_MARKS.warn}</span></span>a warning (and no error); info and hints have no mark</span>`,
    ...(hasOwnColumn(map)
      ? [`<span data-legend="own"><span class="sym own-col">whole</span>${esc(OWN_COLUMN_TITLE)}</span>`]
      : []),
    ...changes,
  ];
  return `<div class="legend" id="legend">${entries.join('')}</div>`;
}

function filtersHtml(map: StatusMap): string {
  const rules = map.summary.byRule
    .map((r) => `<option value="${esc(r.rule)}">${esc(r.rule)} (${r.total})</option>`)
    .join('');
  const methods = [...new Set(map.rows.map((row) => row.method).filter((m): m is string => m !== undefined))]
    .map((m) => `<option value="${esc(m)}">${esc(m.toUpperCase())}</option>`)
    .join('');
  return `<form class="filters" id="filters" onsubmit="return false">
<label>Rule <select id="f-rule"><option value="">any</option>${rules}</select></label>
<label>Severity <select id="f-severity"><option value="">any</option><option value="error">error</option><option value="warn">warning</option><option value="info">info</option><option value="hint">hint</option></select></label>
<label>Method <select id="f-method"><option value="">any</option>${methods}</select></label>
<label>Path starts with <input type="text" id="f-prefix" placeholder="${esc(pathExample(map))}"></label>
<label>Search <input type="search" id="f-search" placeholder="operation, rule or message"></label>
<label><input type="checkbox" id="f-findings"> only rows with findings</label>
${map.change === undefined ? '' : '<label><input type="checkbox" id="f-changed"> only rows this change touched</label>'}
<span class="shown" id="shown"></span>
</form>`;
}

function cellHtml(
  map: StatusMap,
  row: MapRow,
  key: string,
  column: string,
  cell: MapCell | undefined,
  change?: MapCellChange,
): string {
  if (cell === undefined) {
    if (change === undefined) return '<td></td>';
    // A code head no longer has: a cell of the change alone.
    const title = esc(`${row.label} · ${key}: not declared${changeTitle(change)}`);
    return `<td class="c s-absent" tabindex="0" data-row="${row.id}" data-col="${esc(column)}" data-state="absent"${changeAttributes(change)} data-findings="" data-related="" data-waived="" title="${title}" aria-label="${title}">${changeBadges(change)}</td>`;
  }
  const alternative = key !== OWN && isAlternative(map, row, key, cell);
  const severity = alternative ? undefined : worstSeverity(map, cell);
  const mark = severity === undefined ? undefined : SEVERITY_MARKS[severity];
  const title = esc(cellTitle(map, row, key, cell, alternative) + changeTitle(change));
  // data-state is the map's state; the class is what the cell shows (`either` for the other codes of one expectation).
  return `<td class="c s-${alternative ? 'either' : cell.state}${severity === undefined ? '' : ` sev-${severity}`}" tabindex="0" data-row="${row.id}" data-col="${esc(column)}" data-state="${cell.state}"${changeAttributes(change)}${alternative ? ' data-either=""' : ''}${severity === undefined ? '' : ` data-severity="${severity}"`}${cell.declared ? ' data-declared=""' : ''} data-findings="${cell.findings.join(' ')}" data-related="${cell.related.join(' ')}" data-waived="${cell.waived.join(' ')}" title="${title}" aria-label="${title}">${alternative ? 'or' : SYMBOLS[cell.state]}${mark === undefined ? '' : `<span class="sevmark" aria-hidden="true">${mark}</span>`}${changeBadges(change)}</td>`;
}

function tableHtml(map: StatusMap, changes: ChangeIndex): string {
  const columns = map.columns;
  const groups: Array<{ name: string; span: number }> = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.name === column.group) last.span++;
    else groups.push({ name: column.group, span: 1 });
  }
  // The column of findings on an operation as a whole, only where some row has one.
  const ownColumn = hasOwnColumn(map);
  const ownHead = ownColumn
    ? [
        `<th class="own-col" title="${esc(OWN_COLUMN_TITLE)}">whole</th>`,
        `<th class="own-col" title="${esc(OWN_COLUMN_TITLE)}">operation</th>`,
      ]
    : ['', ''];
  const head = `<thead><tr class="groups"><th class="op" rowspan="1">Operation</th>${ownHead[0]}${groups
    .map((g) => `<th colspan="${g.span}">${esc(g.name)}</th>`)
    .join('')}</tr><tr class="codes"><th class="op"></th>${ownHead[1]}${columns
    .map(
      (c, i) =>
        `<th data-col="${i}" title="${docText(c.title === undefined ? c.key : `${c.key} ${c.title}`)}">${docText(c.key)}</th>`,
    )
    .join('')}</tr></thead>`;
  const parts: string[] = [];
  const addedRows = new Set(map.change?.addedOperations ?? []);
  let group = -1;
  const width = columns.length + (ownColumn ? 2 : 1);
  for (const row of map.rows) {
    if (row.group !== group) {
      group = row.group;
      const g = map.groups[group];
      if (g !== undefined) {
        parts.push(
          `<tr class="group" data-group="${group}"><th colspan="${width}">${docText(g.label)}${g.profiles === undefined ? '' : `<span class="profiles">profiles: ${esc(g.profiles.replace(/`/g, ''))}</span>`}</th></tr>`,
        );
      }
    }
    const method = row.method === undefined ? '' : `<span class="method">${esc(row.method.toUpperCase())}</span>`;
    const label = row.method === undefined ? row.label : row.label.replace(/^\S+ /, '');
    const cells = ownColumn ? [cellHtml(map, row, OWN, OWN, row.own, changes.get(changeId(row.id, OWN)))] : [];
    let touched = addedRows.has(row.id);
    for (let i = 0; i < columns.length; i++) {
      const key = (columns[i] as { key: string }).key;
      const change = changes.get(changeId(row.id, key));
      if (change !== undefined) touched = true;
      cells.push(
        cellHtml(
          map,
          row,
          key,
          String(i),
          Object.prototype.hasOwnProperty.call(row.cells, key) ? row.cells[key] : undefined,
          change,
        ),
      );
    }
    if (changes.has(changeId(row.id, OWN))) touched = true;
    const added = addedRows.has(row.id)
      ? '<span class="added-op" title="an operation this change adds">new</span>'
      : '';
    parts.push(
      `<tr class="r kind-${row.kind}${addedRows.has(row.id) ? ' op-added' : ''}" data-row="${row.id}" data-group="${row.group}"${map.change === undefined ? '' : touched ? ' data-touched=""' : ''}><td class="op" title="${docText(row.label)}">${method}${docText(label)}${added}${row.line === undefined ? '' : `<span class="line">:${row.line}</span>`}</td>${cells.join('')}</tr>`,
    );
  }
  return `<table class="map" id="map">${head}<tbody>${parts.join('')}</tbody></table>`;
}

function findingHtml(finding: MapFinding, source: string, related: boolean): string {
  const rule =
    finding.docs === undefined
      ? `<code>${esc(finding.rule)}</code>`
      : `<a href="${esc(finding.docs)}" target="_blank" rel="noopener"><code>${esc(finding.rule)}</code></a>`;
  const where =
    finding.line === undefined
      ? ''
      : `<span class="line">${docText(finding.source ?? source)}:${finding.line}:${finding.character ?? 1}</span>`;
  return `<li class="finding" data-finding="${finding.id}"${finding.line === undefined ? '' : ` data-line="${finding.line}"`}${related ? ' data-related=""' : ''}><span class="sev sev-${finding.severity}">${finding.severity}</span> ${rule} ${where}<div class="message">${messageText(finding.message)}</div></li>`;
}

function waivedHtml(waived: MapWaived): string {
  const where =
    waived.baseline !== undefined
      ? ` by the baseline ${waived.baseline}`
      : waived.waiverLine === undefined
        ? ''
        : ` at line ${waived.waiverLine}`;
  return `<li class="waived" data-waived="${waived.id}"><code>${esc(waived.rule)}</code>, ${waived.baseline === undefined ? 'waived' : 'accepted'}${esc(where)}: ${waived.reason === undefined ? '(no reason given)' : docText(waived.reason)}<div class="message">${messageText(waived.message)}</div></li>`;
}

function detailsHtml(
  map: StatusMap,
  row: MapRow,
  key: string,
  cell: MapCell | undefined,
  change?: MapCellChange,
): string {
  const changed =
    change === undefined
      ? ''
      : `<ul class="change-notes${change.breaking ? ' breaking' : ''}">${change.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
  if (cell === undefined)
    return `<button type="button" class="close" id="details-close">Close</button><h3>${docText(row.label)} · ${docText(key)}</h3><p class="state">not declared in head</p>${changed}`;
  const column = map.columns.find((c) => c.key === key);
  const what =
    key === OWN
      ? 'the operation itself'
      : `${docText(key)}${column?.title === undefined ? '' : ` ${esc(column.title)}`}`;
  const own = cell.findings.map((id) => map.findings[id]).filter((f): f is MapFinding => f !== undefined);
  const related = cell.related.map((id) => map.findings[id]).filter((f): f is MapFinding => f !== undefined);
  const waived = cell.waived.map((id) => map.waived[id]).filter((w): w is MapWaived => w !== undefined);
  const sections = [
    own.length === 0 ? '' : `<ul class="own">${own.map((f) => findingHtml(f, map.source, false)).join('')}</ul>`,
    related.length === 0
      ? ''
      : `<p>Also concerns this cell (reported once, elsewhere):</p><ul class="related">${related.map((f) => findingHtml(f, map.source, true)).join('')}</ul>`,
    waived.length === 0
      ? ''
      : `<p>Waived or accepted:</p><ul class="waived-list">${waived.map(waivedHtml).join('')}</ul>`,
    own.length + related.length + waived.length === 0 ? '<p class="empty">Declared; no findings.</p>' : '',
  ];
  const alternative = key !== OWN && isAlternative(map, row, key, cell);
  const label = cell.label === undefined ? '' : `<p class="label">‘${docText(cell.label)}’</p>`;
  return `<button type="button" class="close" id="details-close">Close</button><h3>${docText(row.label)} · ${what}</h3>${label}<p class="state">${esc(cellState(map, cell, alternative))}</p>${changed}${sections.join('')}`;
}

export interface RenderedMap {
  /** Applies the filters as they stand in the form; returns how many operation rows are shown. */
  applyFilters(): number;
}

const FILTERS = ['f-rule', 'f-severity', 'f-method', 'f-prefix', 'f-search'];

/** Draws the map into `root` (its content is replaced; filters already set there are kept). */
export function renderStatusMap(root: HTMLElement, map: StatusMap): RenderedMap {
  const source = map.source;
  const kept = new Map<string, string>();
  for (const id of FILTERS) {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (input !== null && input.value !== '') kept.set(id, input.value);
  }
  const keptFindingsOnly = root.querySelector<HTMLInputElement>('#f-findings')?.checked === true;
  const keptChangedOnly = root.querySelector<HTMLInputElement>('#f-changed')?.checked === true;
  // What a change did, by cell: read by the table and by a cell's details.
  const changes = changeIndex(map);
  const meta = [
    map.generator,
    map.ruleset === undefined ? undefined : `ruleset ${map.ruleset}`,
    map.version === undefined ? undefined : `OpenAPI ${map.version}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const file = source.split(/[\\/]/).pop() ?? source;
  // The API's own name and version first, the file second; a document without a title is named by its file.
  const title = map.info?.title;
  const heading =
    title === undefined || title.trim() === ''
      ? `<h1>Status codes: <span class="file">${esc(short(file))}</span></h1><div class="meta">${esc(short(source))} · ${esc(meta)}</div>`
      : `<h1><span class="api-title">${esc(short(title))}</span>${map.info?.version === undefined ? '' : ` <span class="api-version">${esc(short(map.info.version))}</span>`}</h1><div class="meta">Status codes of <span class="file" title="${docText(source)}">${esc(short(file))}</span> · ${esc(meta)}</div>`;
  root.innerHTML = `<header class="top">${heading}</header>
<main>${changeHtml(map)}${summaryHtml(map)}${map.rows.length === 0 ? '' : legendHtml(map)}${map.summary.operations === 0 ? '' : filtersHtml(map)}
<div class="mapview">${map.rows.length === 0 ? '' : `<div class="scroll">${tableHtml(map, changes)}</div>`}
<aside class="details" id="details" aria-label="The findings of the cell marked in the map" hidden></aside></div></main>`;

  for (const [id, value] of kept) {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    // A rule or method the new map does not have leaves its filter at "any".
    if (
      input !== null &&
      (!(input instanceof HTMLSelectElement) || Array.from(input.options).some((o) => o.value === value))
    )
      input.value = value;
  }
  const findingsOnly = root.querySelector<HTMLInputElement>('#f-findings');
  if (findingsOnly !== null) findingsOnly.checked = keptFindingsOnly;
  const changedOnly = root.querySelector<HTMLInputElement>('#f-changed');
  if (changedOnly !== null) changedOnly.checked = keptChangedOnly;

  const rows = new Map<number, RowIndex>();
  for (const row of map.rows) rows.set(row.id, indexRow(map, row));
  /** Whether a cell holds a finding (its own or a related one) of the rule and severity asked for. */
  const cellMatches = (td: HTMLElement, rule: string, severity: string): boolean => {
    const ids = `${td.dataset.findings ?? ''} ${td.dataset.related ?? ''}`.split(' ').filter(Boolean);
    return ids.some((id) => {
      const finding = map.findings[Number(id)];
      return (
        finding !== undefined &&
        (rule === '' || finding.rule === rule) &&
        (severity === '' || finding.severity === severity)
      );
    });
  };
  const details = root.querySelector('#details') as HTMLElement;
  const value = (id: string): string => (root.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();

  const applyFilters = (): number => {
    const rule = value('f-rule');
    const severity = value('f-severity');
    const method = value('f-method');
    const prefix = value('f-prefix');
    const search = value('f-search').toLowerCase();
    const findingsOnly = root.querySelector<HTMLInputElement>('#f-findings')?.checked === true;
    const touchedOnly = root.querySelector<HTMLInputElement>('#f-changed')?.checked === true;
    let shown = 0;
    const visibleGroups = new Set<string>();
    for (const tr of Array.from(root.querySelectorAll<HTMLTableRowElement>('tr.r'))) {
      const row = map.rows[Number(tr.dataset.row)];
      const index = rows.get(Number(tr.dataset.row));
      if (row === undefined || index === undefined) continue;
      const label = visible(row.label);
      const target = label.replace(/^[A-Z]+ /, '');
      const show =
        (rule === '' || index.rules.has(rule)) &&
        (severity === '' || index.severities.has(severity)) &&
        // The method filter picks operations; shared and document rows concern them all.
        (method === '' || row.kind !== 'operation' || row.method === method) &&
        (prefix === '' || target.startsWith(prefix) || label.startsWith(prefix)) &&
        (search === '' || index.text.includes(search)) &&
        (!findingsOnly || index.hasFindings) &&
        (!touchedOnly || tr.dataset.touched !== undefined);
      tr.hidden = !show;
      // With a rule or severity chosen, the cells of the rows shown that do not hold such a finding are dimmed.
      for (const td of Array.from(tr.querySelectorAll<HTMLElement>('td.c')))
        td.classList.toggle('dim', show && (rule !== '' || severity !== '') && !cellMatches(td, rule, severity));
      if (show) {
        visibleGroups.add(tr.dataset.group ?? '');
        if (row.kind === 'operation') shown++;
      }
    }
    for (const tr of Array.from(root.querySelectorAll<HTMLTableRowElement>('tr.group')))
      tr.hidden = !visibleGroups.has(tr.dataset.group ?? '');
    const total = map.summary.operations;
    const counter = root.querySelector('#shown');
    if (counter !== null) counter.textContent = `${shown} of ${total} operation${total === 1 ? '' : 's'} shown`;
    return shown;
  };

  /** The cell whose details are open is marked (outlined, and `aria-current` for screen readers). */
  let opened: HTMLElement | undefined;
  const mark = (td: HTMLElement | undefined): void => {
    opened?.classList.remove('open');
    opened?.removeAttribute('aria-current');
    opened = td;
    td?.classList.add('open');
    td?.setAttribute('aria-current', 'true');
  };
  const close = (): void => {
    details.hidden = true;
    mark(undefined);
  };
  const open = (td: HTMLElement): void => {
    const row = map.rows[Number(td.dataset.row)];
    const col = td.dataset.col ?? '';
    if (row === undefined) return;
    const key = col === OWN ? OWN : (map.columns[Number(col)]?.key ?? '');
    const cell =
      col === OWN ? row.own : Object.prototype.hasOwnProperty.call(row.cells, key) ? row.cells[key] : undefined;
    const change = changes.get(changeId(row.id, col === OWN ? OWN : key));
    if (cell === undefined && change === undefined) return;
    details.innerHTML = detailsHtml(map, row, key, cell, change);
    details.hidden = false;
    details.dataset.row = String(row.id);
    details.dataset.col = col;
    mark(td);
    // The map is narrower with the details beside it: keep the open cell in sight.
    td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    details.querySelector<HTMLElement>('#details-close')?.addEventListener('click', () => {
      close();
      td.focus();
    });
  };
  const table = root.querySelector('#map');
  table?.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td.c');
    if (td instanceof HTMLElement) open(td);
  });
  table?.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const td = (e.target as HTMLElement).closest('td.c');
    if (td instanceof HTMLElement && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(td);
    }
  });
  // On an element of the map's own (replaced with it), so that drawing again adds no listener to `root`.
  root.querySelector('main')?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  for (const id of ['f-rule', 'f-severity', 'f-method', 'f-findings', 'f-changed'])
    root.querySelector(`#${id}`)?.addEventListener('change', applyFilters);
  for (const id of ['f-prefix', 'f-search']) root.querySelector(`#${id}`)?.addEventListener('input', applyFilters);
  applyFilters();
  return { applyFilters };
}
