/**
 * One lint, as `spectral lint` does it: the ruleset loaded by Spectral's
 * own loader (`@stoplight/spectral-ruleset-bundler`, with the plugins the
 * CLI adds), the document read as the CLI reads it, `$ref`s resolved by the
 * CLI's resolver; the run itself, with the notes this package's rule
 * functions give for the status-code map, is report/run.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ruleset, Spectral } from '@stoplight/spectral-core';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import { fetch, readParsable } from '@stoplight/spectral-runtime';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { builtins } from '@stoplight/spectral-ruleset-bundler/plugins/builtins';
import { commonjs } from '@stoplight/spectral-ruleset-bundler/plugins/commonjs';
import { LintOutcome, runWithNotes } from './run';

export type { LintOutcome };

/** The files the Spectral CLI takes for the project's ruleset, in the working directory (Ruleset.isDefaultRulesetFile). */
export function findDefaultRuleset(cwd: string): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(cwd);
  } catch {
    return undefined;
  }
  const found = names.find((name) => Ruleset.isDefaultRulesetFile(name));
  return found === undefined ? undefined : path.join(cwd, found);
}

/** Loads a ruleset file (a path, relative to the working directory, or a URL) with Spectral's own loader. */
export async function loadRuleset(file: string): Promise<Ruleset> {
  // Spectral's loader takes absolute paths only.
  const where = /^https?:\/\//i.test(file) ? file : path.resolve(file);
  return bundleAndLoadRuleset(where, { fs, fetch }, [builtins(), commonjs()]);
}

/** Lints a document text (named `source`) with a loaded ruleset, `$ref`s resolved as the CLI resolves them; Spectral's exceptions propagate. */
export async function lintText(text: string, source: string, ruleset: Ruleset): Promise<LintOutcome> {
  const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
  spectral.setRuleset(ruleset);
  return runWithNotes(spectral, text, source);
}

/** Lints a file as `spectral lint <file>` does (the text read with Spectral's runtime, named by its path). */
export async function lintFile(file: string, ruleset: Ruleset): Promise<LintOutcome> {
  const text = await readParsable(file, { encoding: 'utf8' });
  return lintText(text, file, ruleset);
}
