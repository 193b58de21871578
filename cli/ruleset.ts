/**
 * The ruleset, found and loaded as `spectral lint` finds and loads it: the
 * `--ruleset` file or URL, else `.spectral.{yaml,yml,json,js,mjs,cjs}` in
 * the working directory (Spectral's `Ruleset.isDefaultRulesetFile`), else
 * this package's recommended ruleset (said on stderr). A YAML or JSON
 * ruleset is migrated and bundled with the plugins the CLI uses, and keeps
 * its source context, so that a ruleset that fails Spectral's validation
 * is reported as `spectral lint` reports it: each problem with the file,
 * line and column of the option.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Ruleset } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { fetch } from '@stoplight/spectral-runtime';
import { bundleRuleset } from '@stoplight/spectral-ruleset-bundler';
import { builtins } from '@stoplight/spectral-ruleset-bundler/plugins/builtins';
import { commonjs } from '@stoplight/spectral-ruleset-bundler/plugins/commonjs';
import { stdin } from '@stoplight/spectral-ruleset-bundler/plugins/stdin';
// The bundler's node preset is its url plugin alone (presets/node.js).
import { url } from '@stoplight/spectral-ruleset-bundler/plugins/url';
import { isBasicRuleset, migrateRuleset } from '@stoplight/spectral-ruleset-migrator';
import builtIn from '../ruleset';
import { CliError } from './errors';

export interface LoadedRuleset {
  readonly ruleset: Ruleset;
  /** The ruleset's file or URL, or undefined for the package's own. */
  readonly file: string | undefined;
}

/** The files the Spectral CLI takes for the project's ruleset, in the working directory (Ruleset.isDefaultRulesetFile). */
function findDefaultRuleset(cwd: string): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(cwd);
  } catch {
    return undefined;
  }
  const found = names.find((name) => Ruleset.isDefaultRulesetFile(name));
  return found === undefined ? undefined : path.join(cwd, found);
}

const isUrl = (file: string): boolean => /^https?:\/\//i.test(file);

/** Where a YAML or JSON ruleset says each of its options is, for Spectral's validation errors. */
async function sourceContext(
  file: string,
): Promise<
  ConstructorParameters<typeof Ruleset>[1] extends infer O ? (O extends { sourceContext?: infer S } ? S : never) : never
> {
  try {
    const input = await fs.promises.readFile(file, 'utf8');
    if (path.extname(file) === '.json') {
      const parsed = Parsers.Json.parse(input);
      return {
        source: file,
        getLocationForJsonPath: (jsonPath: Array<string | number>) =>
          Parsers.Json.getLocationForJsonPath(parsed, jsonPath),
      };
    }
    const parsed = Parsers.Yaml.parse(input);
    return {
      source: file,
      getLocationForJsonPath: (jsonPath: Array<string | number>) =>
        Parsers.Yaml.getLocationForJsonPath(parsed, jsonPath),
    };
  } catch {
    return undefined as never;
  }
}

/** Evaluates a bundled ruleset as the Spectral CLI does (a CommonJS module with a `require` from the ruleset's directory). */
function evaluate(source: string, uri: string): RulesetDefinition {
  const actual = isUrl(uri) ? uri.replace(/^https?:\//, '') : uri;
  const req = createRequire(actual);
  const paths = [path.dirname(uri), __dirname];
  const load = (id: string): unknown => req(req.resolve(id, { paths }));
  const m: { exports?: unknown } = {};
  // The same evaluation as the CLI's (getRuleset's `load`): the bundle is the user's own ruleset.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the bundled ruleset is what loading a JavaScript ruleset means
  Function('module, require', source)(m, load);
  if (typeof m.exports !== 'object' || m.exports === null) throw new CliError(`${uri} exports no ruleset`);
  return m.exports as RulesetDefinition;
}

/** Loads a ruleset file or URL as the Spectral CLI does; Spectral's validation errors propagate (see `describeRulesetError`). */
async function loadRulesetFile(file: string): Promise<Ruleset> {
  const io = { fs, fetch };
  let source: string;
  let context: Awaited<ReturnType<typeof sourceContext>> | undefined;
  if (await isBasicRuleset(file)) {
    context = isUrl(file) ? undefined : await sourceContext(file);
    const migrated = await migrateRuleset(file, { format: 'esm', fs });
    const js = path.join(path.dirname(file), '.spectral.js');
    source = await bundleRuleset(js, {
      target: 'node',
      format: 'commonjs',
      plugins: [stdin(migrated, js), builtins(), commonjs(), url(io)],
    });
  } else {
    source = await bundleRuleset(file, {
      target: 'node',
      format: 'commonjs',
      plugins: [builtins(), commonjs(), url(io)],
    });
  }
  return new Ruleset(evaluate(source, file), {
    severity: 'recommended',
    source: file,
    ...(context === undefined ? {} : { sourceContext: context }),
  } as never);
}

/** The ruleset a command uses: `--ruleset`, else the working directory's, else the package's own. */
export async function loadRuleset(
  option: string | undefined,
  cwd: string,
  stderr: (text: string) => void,
): Promise<LoadedRuleset> {
  const file = option === undefined ? findDefaultRuleset(cwd) : isUrl(option) ? option : path.resolve(cwd, option);
  if (file === undefined) {
    stderr(
      `No .spectral.yaml (or .yml, .json, .js) in ${cwd}: using spectral-http-status's recommended ruleset. Pass --ruleset to choose another.\n`,
    );
    return {
      ruleset: new Ruleset(builtIn, { severity: 'recommended', source: 'spectral-http-status' }),
      file: undefined,
    };
  }
  if (!isUrl(file) && !fs.existsSync(file)) throw new CliError(`the ruleset ${file} does not exist`);
  try {
    return { ruleset: await loadRulesetFile(file), file };
  } catch (error) {
    throw new CliError(describeRulesetError(error, file));
  }
}

/**
 * A ruleset's load error as `spectral lint` prints it: each problem of an
 * AggregateError on a line of its own, with the file, line and column
 * where Spectral knows them.
 */
function describeRulesetError(error: unknown, file: string): string {
  const errors =
    typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors)
      ? (error as { errors: unknown[] }).errors
      : [error];
  const lines = errors.map((e, i) => {
    const actual = e instanceof Error && 'cause' in e && e.cause !== undefined ? e.cause : e;
    const message = actual instanceof Error ? actual.message : String(actual);
    const source = (actual as { source?: unknown })?.source;
    const range = (actual as { range?: { start?: { line?: unknown; character?: unknown } } })?.range;
    const line = range?.start?.line;
    const character = range?.start?.character;
    const where =
      typeof source === 'string'
        ? typeof line === 'number' && typeof character === 'number'
          ? `${source}:${line + 1}:${character + 1} — `
          : `${source} — `
        : '';
    return `${errors.length > 1 ? `Error #${i + 1}: ` : ''}${where}${message}`;
  });
  return `the ruleset ${file} cannot be loaded:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
