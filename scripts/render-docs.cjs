// Renders the generated parts of the docs from the data and the rule
// registry the ruleset holds (dist/functions.cjs, or the sources in the
// tests), between the `<!-- generated:NAME -->` markers: the matrix and
// catalogue tables of docs/matrix.md, the profile tables of
// docs/profiles.md, and the options table of each rule page.
// `npm run docs` rewrites the files; test/docs.test.ts fails when one is stale.
const { readFileSync, readdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** @typedef {typeof import('../entry/functions')} Functions The package's `/functions` entry point, built or from the sources. */
/** @typedef {import('../functions/data/methods').Method} Method */

/** @type {readonly Method[]} */
const METHOD_ORDER = ['get', 'head', 'put', 'post', 'patch', 'delete', 'options', 'trace'];
/** The QUERY cell of a row: `X` in both modes, `+` in the default mode only, `-` in neither (this package's decision). */
const QUERY_MARK = { both: 'X', default: '+', neither: '-' };

/** @returns {Functions} */
function load() {
  return require(path.join(__dirname, '..', 'dist', 'functions.cjs'));
}

/** @param {Functions} fns */
function matrixTable(fns) {
  const head = `| Code | ${METHOD_ORDER.map((m) => m.toUpperCase()).join(' | ')} | Source | QUERY |`;
  const rule = `|---|${METHOD_ORDER.map(() => ':-:').join('|')}|---|:-:|`;
  const rows = fns.DEFAULT_MATRIX.map((row) => {
    const extra = (row.rfc && row.rfc.methods) || [];
    const cells = METHOD_ORDER.map((m) => (row.methods.includes(m) ? 'X' : extra.includes(m) ? '+' : '-'));
    return `| ${fns.describeCode(row.code)} | ${cells.join(' | ')} | ${row.source === 'belgif' ? 'Belgif' : 'decision'} | ${QUERY_MARK[row.query.in]} |`;
  });
  return [
    head,
    rule,
    ...rows,
    '',
    "`X`: the guide's matrix gives the code to the method (both modes). `+`: RFC 9110 allows it where the guide does not (default mode only). `-`: neither. The QUERY column is this package's decision (the guide predates QUERY), with the same marks: see [QUERY](#query).",
  ].join('\n');
}

/** @param {Functions} fns */
function rfcCells(fns) {
  return fns.DEFAULT_MATRIX.flatMap(({ rfc, ...row }) => (rfc === undefined ? [] : [{ ...row, rfc }]))
    .map((row) => {
      const added = METHOD_ORDER.filter((m) => row.rfc.methods.includes(m) && !row.methods.includes(m)).map((m) =>
        m.toUpperCase(),
      );
      return `- **${fns.describeCode(row.code)}** on ${added.join(', ')} (${row.rfc.cite}): ${row.rfc.reason}.`;
    })
    .join('\n');
}

/** @param {Functions} fns */
function queryCells(fns) {
  const modes = { both: 'both modes', default: 'default mode only', neither: 'neither mode' };
  return fns.DEFAULT_MATRIX.map(
    (row) => `- **${fns.describeCode(row.code)}** (${modes[row.query.in]}): ${row.query.basis}.`,
  ).join('\n');
}

/** @param {Functions} fns */
function httpLimits(fns) {
  return Object.entries(fns.HTTP_METHOD_LIMITS)
    .map(
      ([code, limit]) =>
        `- **${fns.describeCode(Number(code))}**: only ${limit.methods.map((m) => m.toUpperCase()).join(', ')}${limit.unlessTakes ? ` (or an operation that takes ${limit.unlessTakes.join(', ')})` : ''}; elsewhere it ${limit.why.replace('the method', 'that method')} (${limit.cite}). Fix: ${limit.fix}.`,
    )
    .join('\n');
}

/** @param {Functions} fns */
function decisions(fns) {
  return fns.DEFAULT_MATRIX.filter((row) => row.reason !== undefined)
    .map(
      (row) =>
        `- **${fns.describeCode(row.code)}** (${row.source === 'belgif' ? 'Belgif, adjusted' : 'decision'}): ${row.reason}`,
    )
    .join('\n');
}

/** @param {Functions} fns */
function alternatives(fns) {
  return Object.entries(fns.ALTERNATIVES)
    .map(([code, alts]) => `| ${fns.describeCode(Number(code))} | ${alts.map((a) => fns.describeCode(a)).join(', ')} |`)
    .join('\n');
}

/** @param {Functions} fns */
function catalogue(fns) {
  const rows = fns.STATUS_CODES.map(
    (e) =>
      `| ${e.code} | ${e.phrase} | ${e.state} | ${e.reference} | ${e.sources.length > 0 ? e.sources.join(', ') : ''} |`,
  );
  return [
    '| Code | Reason phrase | Registry state | Reference | Sources ([which](sources.md)) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** @type {readonly Method[]} */
const PROFILE_METHOD_ORDER = ['head', 'get', 'put', 'post', 'patch', 'delete'];

/**
 * @param {Functions} fns
 * @param {readonly number[]} codes
 */
function codesText(fns, codes) {
  return codes.map((c) => fns.describeCode(c)).join(', ');
}

/**
 * @param {Functions} fns
 * @param {string} kind
 */
function profileTable(fns, kind) {
  const out = [
    '| profile | method | required (one of each group) | also allowed | headers tied to codes |',
    '|---|---|---|---|---|',
  ];
  for (const [name, def] of Object.entries(fns.DEFAULT_PROFILES)) {
    if (def.kind !== kind) continue;
    for (const method of PROFILE_METHOD_ORDER) {
      const rule = def.methods[method];
      if (rule === undefined) continue;
      const required = (rule.required || []).map((g) => g.map((c) => fns.describeCode(c)).join(' or '));
      for (const cond of rule.conditional || []) {
        required.push(
          ...cond.required.map((g) => `${g.map((c) => fns.describeCode(c)).join(' or ')} (with ${cond.header})`),
        );
      }
      const headers = (def.headers || [])
        .filter((h) => h.methods.includes(method))
        .map(
          (h) =>
            `${h.headers.join(' or ')} on ${h.codes.join('/')}${h.when === 'offers-patch' ? ' (when PATCH is offered)' : ''}`,
        );
      out.push(
        `| ${name} | ${method.toUpperCase()} | ${required.join('; ') || '-'} | ${codesText(fns, rule.allowed || []) || '-'} | ${headers.join('; ') || '-'} |`,
      );
    }
  }
  return out.join('\n');
}

/**
 * The options of the rule a page documents: its own, then the shared ones.
 * @param {Functions} fns
 * @param {string} file
 */
function optionsTable(fns, file) {
  const id = path.basename(file, '.md');
  const rule = fns.RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`${file}: no rule ${id} in the registry`);
  const rows = ['| option | default | what it sets |', '|---|---|---|'];
  // Read the same way for every rule, whatever its options' type.
  const options =
    /** @type {{ properties?: Record<string, { description?: string }>, defaults: Record<string, unknown>, byMode?: { strict?: Record<string, unknown> } } | undefined} */ (
      rule.options
    );
  const own = (options && options.properties) || {};
  for (const [name, schema] of Object.entries(own)) {
    const base = JSON.stringify(options?.defaults[name]);
    const strict = options?.byMode && options.byMode.strict && options.byMode.strict[name];
    const value = strict === undefined ? `\`${base}\`` : `\`${base}\` (strict mode: \`${JSON.stringify(strict)}\`)`;
    rows.push(`| \`${name}\` | ${value} | ${schema.description} |`);
  }
  for (const [name, schema] of Object.entries(fns.SHARED_OPTION_PROPERTIES)) {
    const docs = fns.SHARED_OPTION_DOCS[/** @type {keyof typeof fns.SHARED_OPTION_DOCS} */ (name)];
    rows.push(`| \`${name}\` (shared) | ${docs.default} | ${schema.description} [More](${docs.link}). |`);
  }
  return [
    ...rows,
    '',
    'The shared options are the configuration every rule reads, so that no two rules judge a code by different tables: give them once to `createRuleset` (see the README), which hands the same ones to every rule.',
  ].join('\n');
}

/** @type {Record<string, (fns: Functions, file: string) => string>} */
const SECTIONS = {
  options: optionsTable,
  'profiles-core': (fns) => profileTable(fns, 'core'),
  'profiles-mixins': (fns) => profileTable(fns, 'mixin'),
  'profiles-universal': (fns) => fns.UNIVERSAL_CODES.map((c) => `\`${fns.describeCode(c)}\``).join(', '),
  matrix: matrixTable,
  rfc: rfcCells,
  query: queryCells,
  'http-limits': httpLimits,
  decisions,
  alternatives: (fns) => ['| Code | Suggested instead, in order |', '|---|---|', alternatives(fns)].join('\n'),
  catalogue,
};

/**
 * @param {string} text
 * @param {Functions} [fns]
 * @param {string} [file]
 */
function render(text, fns = load(), file = '') {
  return text.replace(
    /(<!-- generated:([\w-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g,
    (/** @type {string} */ _, /** @type {string} */ open, /** @type {string} */ name, /** @type {string} */ close) => {
      const section = SECTIONS[name];
      if (section === undefined) throw new Error(`unknown generated section ${name}`);
      return `${open}\n${section(fns, file)}\n${close}`;
    },
  );
}

const RULE_PAGES = readdirSync(path.join(__dirname, '..', 'docs', 'rules'))
  .filter((f) => f.endsWith('.md') && f !== 'TEMPLATE.md')
  .map((f) => `docs/rules/${f}`);
const FILES = ['docs/matrix.md', 'docs/profiles.md', ...RULE_PAGES];

if (require.main === module) {
  for (const file of FILES) {
    const full = path.join(__dirname, '..', file);
    writeFileSync(full, render(readFileSync(full, 'utf8'), load(), file));
  }
}

module.exports = { render, FILES };
