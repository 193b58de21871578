/**
 * The lint every command runs: the documents found as `spectral lint` finds
 * them (files, globs, URLs), each read and resolved as the CLI reads and
 * resolves it, linted with the ruleset while this package's rule functions
 * tell what each finding means (functions/lib/finding-notes.ts); each
 * result joined with its semantic keys (functions/lib/finding-keys.ts).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { Ruleset, Spectral } from '@stoplight/spectral-core';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import { readParsable } from '@stoplight/spectral-runtime';
import { runWithNotes } from '../report/run';
import { CliError } from './errors';
import { DocumentLint, keyResults } from './keyed';

export type { DocumentLint, KeyedResult } from './keyed';

const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

/**
 * The documents the arguments name, as the Spectral CLI lists them: URLs as
 * they are, files and globs through fast-glob (absolute, dot files
 * included), sorted. A pattern that matches nothing is said on stderr, or
 * fails the run with `failOnUnmatched`.
 */
export async function listDocuments(
  patterns: readonly string[],
  cwd: string,
  failOnUnmatched: boolean,
  stderr: (text: string) => void,
): Promise<string[]> {
  const urls = patterns.filter(isUrl);
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns.filter((p) => !isUrl(p))) {
    // A file name with glob characters in it (`openapi[v2].yaml`) is the file.
    const literal = path.resolve(cwd, pattern);
    if (existsSync(literal)) {
      files.push(literal);
      continue;
    }
    // A plain path that is not there is a missing document, not a glob that matched nothing.
    if (!fg.isDynamicPattern(pattern.replace(/\\/g, '/'))) throw new CliError(`the document ${literal} does not exist`);
    const found = (await fg(pattern.replace(/\\/g, '/'), { cwd, absolute: true, dot: true })).map((f) =>
      path.normalize(f),
    );
    if (found.length === 0) unmatched.push(pattern);
    files.push(...found);
  }
  if (unmatched.length > 0) {
    if (failOnUnmatched) throw new CliError(`Unmatched glob patterns: \`${unmatched.join(',')}\``);
    for (const pattern of unmatched) stderr(`Glob pattern \`${pattern}\` did not match any files\n`);
  }
  const targets = [...new Set([...urls, ...files])].sort((a, b) => a.localeCompare(b));
  if (targets.length === 0)
    throw new CliError('No files found to lint. Please check your file path and extension and try again');
  return targets;
}

/** Lints one document as `spectral lint <document>` does, with the notes. */
export async function lintDocument(
  target: string,
  ruleset: Ruleset,
  options: { readonly ignoreUnknownFormat?: boolean } = {},
): Promise<DocumentLint> {
  let text: string;
  try {
    text = await readParsable(target, { encoding: 'utf8' });
  } catch (error) {
    throw new CliError(
      `the document ${target} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return lintText(text, target, ruleset, options);
}

/** Lints a document's text as if it were `target` (its `$ref`s resolved from there), with the notes: `fix` re-lints its result in memory. */
export async function lintText(
  text: string,
  target: string,
  ruleset: Ruleset,
  options: { readonly ignoreUnknownFormat?: boolean } = {},
): Promise<DocumentLint> {
  const spectral = new Spectral({ resolver: createHttpAndFileResolver() });
  spectral.setRuleset(ruleset);
  const outcome = await runWithNotes(spectral, text, target, options.ignoreUnknownFormat === true);
  return { source: target, outcome, results: keyResults(outcome) };
}
