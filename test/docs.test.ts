/**
 * The documentation tells the truth: each rule has a page, the page's
 * failing example yields exactly the message it quotes, its passing example
 * yields nothing, and the generated tables match the data.
 */
import { FIXABLE_RULES } from '../cli/fix/plan';
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { ruleset, testRule } from './helpers/lint';
import { allRulesEnabled } from './helpers/rulesets';
import * as fns from '../entry/functions';
import { RULES } from '../functions/rules';
import { SOURCES } from '../functions/data/sources';

const everything = allRulesEnabled();

const ROOT = path.join(__dirname, '..');
const rules = (
  ruleset as unknown as { rules: Record<string, { documentationUrl: string; message: string; severity: string }> }
).rules;
const names = Object.keys(rules);

function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}`);
  if (start < 0) return '';
  const rest = text.slice(start + heading.length + 3);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A section's examples: each YAML block with the text after it, up to the next one (a failing example's `Reported:` line). */
function examples(text: string): string[] {
  return text.split(/(?=```yaml\n)/).filter((part) => part.startsWith('```yaml\n'));
}

function yamlBlock(text: string): string {
  const match = /```yaml\n([\s\S]*?)```/.exec(text);
  return match?.[1] ?? '';
}

describe('rule pages', () => {
  test.each(FIXABLE_RULES)('%s, which fix fixes, has a Fix section saying what fix does and what it leaves', (name) => {
    const text = readFileSync(path.join(ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
    const fix = section(text, 'Fix');
    expect(fix).toContain('spectral-http-status fix');
    expect(fix).toMatch(/left for a person|leaves for a person/);
  });

  test.each(names)('%s has a page with every section', (name) => {
    const file = path.join(ROOT, 'docs', 'rules', `${name}.md`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const heading of [
      'What it reports',
      'What it does not report',
      'In the two modes',
      'Failing example',
      'Passing example',
      'How to fix',
      'Configuration',
    ]) {
      expect(section(text, heading).trim()).not.toBe('');
    }
    expect(text).toContain(`| Default severity | \`${rules[name]?.severity}\` |`);
  });

  test.each(names)(
    '%s states its basis, and an HTTP rule its RFC keyword, which its severity does not contradict',
    (name) => {
      const text = readFileSync(path.join(ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
      const basis = /^\| Basis \| (.+) \|$/m.exec(text)?.[1] ?? '';
      expect(basis).not.toBe('');
      const rule = RULES.find((r) => r.id === name)!;
      if (rule.basis !== 'http') return;
      const keywords = [...basis.matchAll(/\b(MUST NOT|MUST|SHOULD NOT|SHOULD|MAY)\b/g)].map((m) => m[1]);
      // RFC text without a BCP 14 keyword ("ought to") is cited as it is, and
      // said so: "(no BCP 14 keyword)". Such a rule asks no more than a MAY.
      if (/\(no BCP 14 keyword\)/.test(basis)) {
        expect(keywords).toEqual([]);
        expect(['info', 'hint']).toContain(rule.severity);
        return;
      }
      expect(keywords.length).toBeGreaterThan(0);
      // A MUST is not an info; a rule asked only by a MAY is not a warning.
      if (keywords.some((k) => k?.startsWith('MUST'))) expect(['error', 'warn']).toContain(rule.severity);
      if (keywords.every((k) => k === 'MAY')) expect(['info', 'hint']).toContain(rule.severity);
    },
  );

  test.each(names)(
    '%s: each failing example yields the message quoted after it, each passing one nothing',
    async (name) => {
      const text = readFileSync(path.join(ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
      const failing = examples(section(text, 'Failing example'));
      expect(failing.length).toBeGreaterThan(0);
      for (const example of failing) {
        const quoted = /Reported: `+ ?([\s\S]*?) ?`+\n/.exec(example)?.[1];
        expect(quoted).toBeDefined();
        const found = await testRule(name, yamlBlock(example), { ruleset: everything });
        expect(found.map((f) => f.message)).toEqual([quoted]);
      }
      const passing = examples(section(text, 'Passing example'));
      expect(passing.length).toBeGreaterThan(0);
      for (const example of passing)
        expect(await testRule(name, yamlBlock(example), { ruleset: everything })).toEqual([]);
    },
  );

  test.each(names)("%s: documentationUrl ends at its page, and the message is the function's", (name) => {
    const rule = rules[name]!;
    expect(rule.message).toBe('{{error}}');
    const url = new URL(rule.documentationUrl);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/\.[a-z]+$/);
    expect(url.pathname.endsWith(`/docs/rules/${name}.md`)).toBe(true);
    const homepage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).homepage as string;
    expect(rule.documentationUrl.startsWith(homepage)).toBe(true);
  });
});

describe('README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  test('lists every rule with its default severity, and no other', () => {
    const rows = [...readme.matchAll(/^\| \[`(http-status-[a-z-]+)`\]\(docs\/rules\/\1\.md\) \| `(\w+)` \|/gm)].map(
      (m) => [m[1], m[2]],
    );
    expect(rows).toEqual(names.map((n) => [n, rules[n]?.severity]));
  });
});

describe('generated tables', () => {
  test("docs/matrix.md, docs/profiles.md and the rule pages' options match the data (run `npm run docs` to refresh)", () => {
    const { render, FILES } = require('../scripts/render-docs.cjs') as {
      render: (t: string, fns: unknown, file: string) => string;
      FILES: string[];
    };
    for (const file of FILES) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      // The sources' tables, not a build's.
      expect(render(text, fns, file)).toBe(text);
    }
  });
});

describe('docs/sources.md', () => {
  test('has one row per source of functions/data/sources.ts, the ids the tables name', () => {
    const text = readFileSync(path.join(ROOT, 'docs/sources.md'), 'utf8');
    const ids = [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(Object.keys(SOURCES));
  });
});
