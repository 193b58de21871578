/**
 * `spectral-http-status baseline <documents...>`: writes today's findings
 * as the baseline (cli/baseline.ts), keeping the reasons and the `skip` of
 * the file it replaces; with `--prune`, drops the entries that match
 * nothing any more and lowers counts that fell, never adding one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  Baseline,
  DEFAULT_BASELINE,
  applyBaseline,
  baselineSize,
  buildBaseline,
  pruneBaseline,
  readBaseline,
} from '../baseline';
import { renderBaseline } from '../baseline-render';
import { parseCommand } from '../args';
import { UsageError } from '../errors';
import type { Io } from '../io';
import { writeOutput } from '../output';
import { loadRuleset } from '../ruleset';
import { lintAll, targetsOf, withoutSkipped } from './lint';

export const BASELINE_USAGE = `Usage: spectral-http-status baseline <documents...> [options]

Writes the findings the documents have today as a baseline, so that
\`spectral-http-status lint --baseline\` fails only on new ones. Commit the file;
add a \`reason\` to an entry to say why it is accepted.

Options:
  -o, --output <file>            the baseline file (default ${DEFAULT_BASELINE})
      --prune                    update the existing file: drop the entries that match nothing
                                 any more and lower counts that fell; never adds an entry or
                                 raises a count
  -r, --ruleset <file>           the ruleset (as for lint)
      --ignore-unknown-format    do not warn about documents that are not OpenAPI
      --fail-on-unmatched-globs  exit 2 when a pattern matches no file
  -q, --quiet                    no summary
  -h, --help                     this help

Examples:
  spectral-http-status baseline openapi.yaml
  spectral-http-status baseline 'apis/**/*.yaml' -o apis/.http-status-baseline.yaml
  spectral-http-status baseline openapi.yaml --prune

Exit codes: 0 written, 2 a document, ruleset or baseline that cannot be read, or a wrong
command line.
`;

const OWN = {
  prune: { type: 'boolean' },
  'ignore-unknown-format': { type: 'boolean' },
  'fail-on-unmatched-globs': { type: 'boolean' },
} as const;

export async function baselineCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('baseline', argv, OWN);
  if (parsed.values.help === true) {
    io.stdout(BASELINE_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0)
    throw new UsageError('baseline: no documents: spectral-http-status baseline <documents...>');
  if (parsed.values.format !== undefined)
    throw new UsageError('baseline: the baseline is YAML; --format is for lint and report');
  const file = path.resolve(io.cwd, (parsed.values.output as string | undefined) ?? DEFAULT_BASELINE);
  const baseDir = path.dirname(file);
  if (parsed.positionals.some((p) => !/^https?:\/\//i.test(p) && path.resolve(io.cwd, p) === file)) {
    throw new UsageError(
      `-o ${parsed.values.output as string} is the document being read: choose another file, so that the document is not overwritten`,
    );
  }
  const previous: Baseline | undefined = fs.existsSync(file) ? readBaseline(file) : undefined;
  if (parsed.values.prune === true && previous === undefined)
    throw new UsageError(
      `baseline --prune: there is no baseline at ${file} to prune; run \`spectral-http-status baseline\` first`,
    );
  const say = parsed.values.quiet === true ? () => undefined : io.stderr;
  const targets = await targetsOf(parsed.positionals, parsed, io, [file]);
  const { ruleset } = await loadRuleset(parsed.values.ruleset as string | undefined, io.cwd, say);
  const lints = withoutSkipped(await lintAll(targets, ruleset, parsed), previous?.skip);
  let next: Baseline;
  if (parsed.values.prune === true && previous !== undefined) {
    const { stale } = applyBaseline(lints, previous, baseDir);
    next = pruneBaseline(previous, stale);
    const before = baselineSize(previous);
    const after = baselineSize(next);
    writeOutput(file, renderBaseline(next), io.cwd, parsed.positionals);
    say(
      `Pruned ${file}: ${before.entries - after.entries} entries removed, ${before.findings - after.findings} findings fewer; ${after.entries} entries (${after.findings} findings) left.\n`,
    );
    return 0;
  }
  next = buildBaseline(lints, baseDir, previous);
  writeOutput(file, renderBaseline(next), io.cwd, parsed.positionals);
  const size = baselineSize(next);
  say(
    `Wrote ${file}: ${size.entries} entries (${size.findings} findings) in ${Object.keys(next.documents).length} document${Object.keys(next.documents).length === 1 ? '' : 's'}.\n`,
  );
  return 0;
}
