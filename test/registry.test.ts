/**
 * The house rules: one rule, one file, one test, one page, all under the
 * rule's id; one registry everything derives from; dependencies that point
 * one way (data -> lib -> rules -> ruleset -> entry); peers that are what
 * the package imports.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_NAMES } from '../functions/rules';
import { BASES, definedRuleIds, functionNameOf } from '../functions/lib/rule';
import { OWNING_RULES } from '../functions/lib/ownership';
import { HOMEPAGE } from '../ruleset/urls';
import ruleset from '../entry';

const ROOT = path.join(__dirname, '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const names = (dir: string, suffix: string): string[] =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length));

describe('one rule, one file, one test, one page', () => {
  test.each(RULES.map((r) => [r.id, r] as const))(
    '%s has its source, its test and its page under its id',
    (id, rule) => {
      expect(existsSync(path.join(ROOT, 'functions', 'rules', `${id}.ts`))).toBe(true);
      expect(read(`functions/rules/${id}.ts`)).toContain(`id: '${id}'`);
      expect(existsSync(path.join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
      expect(read(`test/rules/${id}.test.ts`)).toContain(`'${id}'`);
      expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
      expect(rule.functionName).toBe(functionNameOf(id));
      expect(rule.description.trim()).not.toBe('');
      expect(Object.keys(BASES)).toContain(rule.basis);
    },
  );

  test.each(RULES.map((r) => [r.id, r] as const))(
    "%s: its page names every option the rule's function takes",
    (id, rule) => {
      const page = read(`docs/rules/${id}.md`);
      const configuration = page.slice(page.indexOf('## Configuration'));
      for (const option of rule.optionNames) expect(configuration).toContain(`\`${option}\``);
    },
  );

  test('no rule file, rule test or rule page without a rule in the registry', () => {
    const ids = [...RULE_NAMES].sort();
    expect(
      names('functions/rules', '.ts')
        .filter((n) => n !== 'index')
        .sort(),
    ).toEqual(ids);
    expect(names('test/rules', '.test.ts').sort()).toEqual(ids);
    // TEMPLATE.md is the page a new rule starts from (CONTRIBUTING.md).
    expect(
      names('docs/rules', '.md')
        .filter((n) => n !== 'TEMPLATE')
        .sort(),
    ).toEqual(ids);
  });

  test('the registry is the one list: rule names, defined rules, the ruleset and the ownership table agree', () => {
    expect(new Set(RULE_NAMES).size).toBe(RULES.length);
    expect([...definedRuleIds()].sort()).toEqual([...RULE_NAMES].sort());
    expect(Object.keys((ruleset as unknown as { rules: object }).rules)).toEqual([...RULE_NAMES]);
    for (const owner of OWNING_RULES) expect(RULE_NAMES).toContain(owner);
  });

  test("the README's rule table lists every rule with its default severity, in registry order", () => {
    const rows = [
      ...read('README.md').matchAll(/^\| \[`(http-status-[a-z-]+)`\]\(docs\/rules\/\1\.md\) \| `(\w+)` \|/gm),
    ].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULES.map((r) => [r.id, r.severity]));
  });

  test("the documentation links use package.json's homepage", () => {
    expect(HOMEPAGE).toBe(JSON.parse(read('package.json')).homepage);
  });
});

/** The modules a TypeScript file imports (relative paths resolved, packages by name). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => {
    const spec = m[1] ?? m[2] ?? '';
    return spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), spec)) : spec;
  });
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    const full = path.join(ROOT, dir, entry);
    if (statSync(full).isDirectory()) out.push(...sources(path.join(dir, entry)));
    else if (entry.endsWith('.ts')) out.push(full);
  }
  return out;
}

describe('dependencies point one way: data -> lib -> rules -> ruleset -> report -> cli -> entry', () => {
  const LAYERS = ['functions/data', 'functions/lib', 'functions/rules', 'ruleset', 'report', 'cli', 'entry'];
  const layerOf = (module: string): number =>
    LAYERS.findIndex((layer) => module === layer || module.startsWith(`${layer}/`));

  test.each(LAYERS)('%s imports only from its own layer or those before it', (layer) => {
    const rank = LAYERS.indexOf(layer);
    const wrong: string[] = [];
    for (const file of sources(layer)) {
      for (const module of imports(file)) {
        const other = layerOf(module);
        if (other > rank) wrong.push(`${path.relative(ROOT, file)} imports ${module}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const packagesOf = (layers: string[]): string[] => {
    const used = new Set<string>();
    for (const layer of layers) {
      for (const file of sources(layer)) {
        for (const module of imports(file)) {
          if (LAYERS.some((l) => module === l || module.startsWith(`${l}/`)) || module.startsWith('node:')) continue;
          used.add(
            module
              .split('/')
              .slice(0, module.startsWith('@') ? 2 : 1)
              .join('/'),
          );
        }
      }
    }
    return [...used].sort();
  };
  const pkg = JSON.parse(read('package.json')) as {
    peerDependencies: Record<string, string>;
    dependencies: Record<string, string>;
  };

  test('the peer dependencies are exactly the packages the ruleset imports', () => {
    expect(packagesOf(['functions/data', 'functions/lib', 'functions/rules', 'ruleset'])).toEqual(
      Object.keys(pkg.peerDependencies).sort(),
    );
  });

  /** What the build bundles into the command (scripts/build.mjs keeps only @stoplight/* outside): development dependencies. */
  const BUNDLED_INTO_THE_COMMAND = ['@apidevtools/swagger-parser', 'fast-glob', 'js-yaml', 'jsonc-parser', 'yaml'];

  test('the commands import Node built-ins, the peers, the dependencies and what the build bundles, nothing else (the page script: nothing)', () => {
    expect(packagesOf(['report', 'cli'])).toEqual(
      ['@stoplight/spectral-core', ...Object.keys(pkg.dependencies), ...BUNDLED_INTO_THE_COMMAND].sort(),
    );
    for (const name of BUNDLED_INTO_THE_COMMAND)
      expect(Object.keys((pkg as unknown as { devDependencies: object }).devDependencies)).toContain(name);
    expect(packagesOf(['report/page'])).toEqual([]);
  });
});
