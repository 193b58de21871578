// Renders the tables of docs/matrix.md from the data the ruleset holds
// (dist/functions.cjs), between the `<!-- generated:NAME -->` markers.
// `npm run docs` rewrites the file; test/docs.test.ts fails when it is stale.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const METHOD_ORDER = ['get', 'head', 'put', 'post', 'patch', 'delete', 'options', 'trace'];

function load() {
  return require(path.join(__dirname, '..', 'dist', 'functions.cjs'));
}

function matrixTable(fns) {
  const head = `| Code | ${METHOD_ORDER.map((m) => m.toUpperCase()).join(' | ')} | Source |`;
  const rule = `|---|${METHOD_ORDER.map(() => ':-:').join('|')}|---|`;
  const rows = fns.DEFAULT_MATRIX.map((row) => {
    const cells = METHOD_ORDER.map((m) => (row.methods.includes(m) ? 'X' : '-'));
    return `| ${fns.describeCode(row.code)} | ${cells.join(' | ')} | ${row.source === 'seed-001' ? 'seed 001' : 'decision'} |`;
  });
  return [head, rule, ...rows].join('\n');
}

function decisions(fns) {
  return fns.DEFAULT_MATRIX.filter((row) => row.reason !== undefined)
    .map((row) => `- **${fns.describeCode(row.code)}** (${row.source === 'seed-001' ? 'seed 001, adjusted' : 'decision'}): ${row.reason}`)
    .join('\n');
}

function alternatives(fns) {
  return Object.entries(fns.ALTERNATIVES)
    .map(([code, alts]) => `| ${fns.describeCode(Number(code))} | ${alts.map((a) => fns.describeCode(a)).join(', ')} |`)
    .join('\n');
}

function catalogue(fns) {
  const rows = fns.STATUS_CODES.map(
    (e) => `| ${e.code} | ${e.phrase} | ${e.state} | ${e.reference} | ${e.seeds.length > 0 ? e.seeds.join(', ') : ''} |`,
  );
  return ['| Code | Reason phrase | Registry state | Reference | Seeds |', '|---|---|---|---|---|', ...rows].join('\n');
}

const PROFILE_METHOD_ORDER = ['head', 'get', 'put', 'post', 'patch', 'delete'];

function codesText(fns, codes) {
  return codes.map((c) => fns.describeCode(c)).join(', ');
}

function profileTable(fns, kind) {
  const out = ['| profile | method | required (one of each group) | also allowed | headers tied to codes |', '|---|---|---|---|---|'];
  for (const [name, def] of Object.entries(fns.DEFAULT_PROFILES)) {
    if (def.kind !== kind) continue;
    for (const method of PROFILE_METHOD_ORDER) {
      const rule = def.methods[method];
      if (rule === undefined) continue;
      const required = (rule.required || []).map((g) => g.map((c) => fns.describeCode(c)).join(' or '));
      for (const cond of rule.conditional || []) {
        required.push(...cond.required.map((g) => `${g.map((c) => fns.describeCode(c)).join(' or ')} (with ${cond.header})`));
      }
      const headers = (def.headers || [])
        .filter((h) => h.methods.includes(method))
        .map((h) => `${h.headers.join(' or ')} on ${h.codes.join('/')}${h.when === 'offers-patch' ? ' (when PATCH is offered)' : ''}`);
      out.push(`| ${name} | ${method.toUpperCase()} | ${required.join('; ') || '-'} | ${codesText(fns, rule.allowed || []) || '-'} | ${headers.join('; ') || '-'} |`);
    }
  }
  return out.join('\n');
}

const SECTIONS = {
  'profiles-core': (fns) => profileTable(fns, 'core'),
  'profiles-mixins': (fns) => profileTable(fns, 'mixin'),
  'profiles-universal': (fns) => fns.UNIVERSAL_CODES.map((c) => `\`${fns.describeCode(c)}\``).join(', '),
  matrix: matrixTable,
  decisions,
  alternatives: (fns) => ['| Code | Suggested instead, in order |', '|---|---|', alternatives(fns)].join('\n'),
  catalogue,
};

function render(text, fns = load()) {
  return text.replace(/(<!-- generated:([\w-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g, (_, open, name, close) => {
    const section = SECTIONS[name];
    if (section === undefined) throw new Error(`unknown generated section ${name}`);
    return `${open}\n${section(fns)}\n${close}`;
  });
}

const FILES = ['docs/matrix.md', 'docs/profiles.md'];

if (require.main === module) {
  for (const file of FILES) {
    const full = path.join(__dirname, '..', file);
    writeFileSync(full, render(readFileSync(full, 'utf8')));
  }
}

module.exports = { render, FILES };
