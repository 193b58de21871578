/**
 * One lint, as `spectral lint` does it: the ruleset loaded by Spectral's
 * own loader (`@stoplight/spectral-ruleset-bundler`, with the plugins the
 * CLI adds), the document read and parsed as the CLI reads it, `$ref`s
 * resolved by the CLI's resolver; plus the notes this package's rule
 * functions give for the status-code map.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, Ruleset, Spectral } from '@stoplight/spectral-core';
import type { IRuleResult } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import { fetch, readParsable } from '@stoplight/spectral-runtime';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { builtins } from '@stoplight/spectral-ruleset-bundler/plugins/builtins';
import { commonjs } from '@stoplight/spectral-ruleset-bundler/plugins/commonjs';
import { FindingNote, collectingNotes } from '../functions/lib/finding-notes';
import type { JsonPath } from '../functions/lib/safe';

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

export async function loadRuleset(file: string): Promise<Ruleset> {
  return bundleAndLoadRuleset(file, { fs, fetch }, [builtins(), commonjs()]);
}

export interface LintOutcome {
  readonly results: readonly IRuleResult[];
  readonly notes: readonly FindingNote[];
  readonly written: unknown;
  readonly resolved: unknown;
  readonly text: string;
  readonly source: string;
  /** 1-based line and character of a path of the document. */
  locate(path: JsonPath): { line: number; character: number } | undefined;
}

/** Lints a document text (named `source`) with a loaded ruleset; Spectral's exceptions propagate. */
export async function lintText(text: string, source: string, ruleset: Ruleset): Promise<LintOutcome> {
  const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
  spectral.setRuleset(ruleset);
  const document = new Document(text, Parsers.Yaml, source);
  const notes: FindingNote[] = [];
  const { resolved, results } = await collectingNotes(
    (note) => {
      notes.push(note);
    },
    () => spectral.runWithResolved(document),
  );
  return {
    results,
    notes,
    written: document.data,
    resolved,
    text,
    source,
    locate: (at) => {
      const range = document.getRangeForJsonPath(at as Array<string | number>, true);
      return range === undefined ? undefined : { line: range.start.line + 1, character: range.start.character + 1 };
    },
  };
}

/** Lints a file as `spectral lint <file>` does (the text read with Spectral's runtime, named by its path). */
export async function lintFile(file: string, ruleset: Ruleset): Promise<LintOutcome> {
  const text = await readParsable(file, { encoding: 'utf8' });
  return lintText(text, file, ruleset);
}
