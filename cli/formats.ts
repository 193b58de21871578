/**
 * Every output format of `spectral lint`, through Spectral's own
 * formatters (@stoplight/spectral-formatters, the names the CLI gives them),
 * with one addition Spectral lacks: fingerprints from the semantic key.
 * Spectral's SARIF has no `partialFingerprints`, so GitHub code scanning
 * fingerprints an alert by its line, and an edit above it makes every alert
 * below "new"; its code-climate/GitLab fingerprint is the JSON path, which
 * moves when a response moves into `components`. Here both are a hash of
 * the document and the finding's semantic key (and which of the findings
 * with that key it is), which survive such edits.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ISpectralDiagnostic, Ruleset } from '@stoplight/spectral-core';
import {
  codeClimate,
  githubActions,
  html,
  json,
  junit,
  markdown,
  pretty,
  sarif,
  stylish,
  teamcity,
  text,
} from '@stoplight/spectral-formatters';
import type { Formatter } from '@stoplight/spectral-formatters';
import { keyText } from '../functions/lib/finding-keys';
import type { KeyedResult } from './engine';

const FORMATTERS: Readonly<Record<string, Formatter>> = {
  json,
  stylish,
  pretty,
  junit,
  html,
  text,
  teamcity,
  'github-actions': githubActions,
  sarif,
  'code-climate': codeClimate,
  gitlab: codeClimate,
  markdown,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

/** The version the formatters name as Spectral's (SARIF's `tool.driver.version`): the installed core's, read from its package.json beside its main file. */
function spectralVersion(): string {
  try {
    const main = require.resolve('@stoplight/spectral-core');
    const file = path.join(path.dirname(main), '..', 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * A stable fingerprint per result: the document (relative to the working
 * directory, as the formatters name it), the finding's first semantic key
 * in sorted order, and its rank among the results with the same key.
 */
function fingerprints(results: readonly KeyedResult[], cwd: string): string[] {
  const seen = new Map<string, number>();
  return results.map(({ result, keys }) => {
    const file = path.relative(cwd, result.source ?? '').replace(/\\/g, '/');
    const key = keys.map(keyText).sort()[0] ?? `${String(result.code)} | ${result.path.join('/')}`;
    const id = `${file}\n${key}`;
    const rank = seen.get(id) ?? 0;
    seen.set(id, rank + 1);
    return createHash('sha256').update(`${id}\n${rank}`).digest('hex');
  });
}

/** The name of this project's fingerprint in SARIF's `partialFingerprints`. */
export const FINGERPRINT_NAME = 'spectralHttpStatus/v1';

/** The results in a format, as `spectral lint --format` prints them, with semantic fingerprints in SARIF, code-climate and GitLab. */
export function formatResults(
  format: string,
  results: readonly KeyedResult[],
  ruleset: Ruleset,
  failSeverity: ISpectralDiagnostic['severity'],
  cwd: string,
): string {
  const formatter = FORMATTERS[format];
  if (formatter === undefined) throw new Error(`unknown format ${format}`);
  const diagnostics = results.map((r) => r.result);
  const output = formatter(diagnostics, { failSeverity }, { ruleset, spectralVersion: spectralVersion() });
  if (format !== 'sarif' && format !== 'code-climate' && format !== 'gitlab') return output;
  // Both formatters write one entry per result, in the results' order.
  const prints = fingerprints(results, cwd);
  const parsed = JSON.parse(output) as unknown;
  if (format === 'sarif') {
    const run = (parsed as { runs?: Array<{ results?: Array<Record<string, unknown>> }> }).runs?.[0];
    (run?.results ?? []).forEach((result, i) => {
      const print = prints[i];
      if (print !== undefined) result.partialFingerprints = { [FINGERPRINT_NAME]: print };
    });
    return JSON.stringify(parsed, null, 4);
  }
  (parsed as Array<Record<string, unknown>>).forEach((issue, i) => {
    const print = prints[i];
    if (print !== undefined) issue.fingerprint = print;
  });
  return JSON.stringify(parsed, null, '\t');
}
