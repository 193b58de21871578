/**
 * The command line every command shares, with the meaning `spectral lint`
 * gives it: `-r/--ruleset`, `-f/--format` (more than one where a command
 * writes several, each with `--output.<format>`), `-o/--output`,
 * `-F/--fail-severity`, `-q/--quiet`, `-h/--help`. Parsed with Node's
 * `util.parseArgs`; `--output.<format>` (which it cannot declare) is taken
 * out first.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

export const SEVERITY_NAMES = ['error', 'warn', 'info', 'hint'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON_OPTIONS = {
  ruleset: { type: 'string', short: 'r' },
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  'fail-severity': { type: 'string', short: 'F' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export interface Parsed {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
  /** `--output.<format> <file>` pairs. */
  readonly outputs: Record<string, string>;
}

/** Parses a command's arguments: the common options and its own; a mistake is a usage error naming it. */
export function parseCommand(command: string, argv: readonly string[], own: Options = {}): Parsed {
  const outputs: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--output\.([\w-]+)(?:=(.*))?$/.exec(arg);
    if (match === null) {
      rest.push(arg);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a file: ${arg} <file>`);
    outputs[match[1] as string] = value;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_OPTIONS, ...own },
    });
    return { values: values, positionals, outputs };
  } catch (error) {
    // Node's messages name the option ("Unknown option '--x'"); say which command it was.
    // (Node's errors may come from another realm, as under Jest: read the message, do not test the class.)
    const raw =
      typeof (error as { message?: unknown })?.message === 'string'
        ? (error as { message: string }).message
        : String(error);
    const message = raw.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${command}: ${message}`);
  }
}

/** `--fail-severity`, checked (default `error`). */
export function failSeverityOf(parsed: Parsed): SeverityName {
  const value = parsed.values['fail-severity'];
  if (value === undefined) return 'error';
  if (typeof value !== 'string' || !(SEVERITY_NAMES as readonly string[]).includes(value))
    throw new UsageError(`--fail-severity '${String(value)}' is not one of ${SEVERITY_NAMES.join(', ')}`);
  return value as SeverityName;
}

/** Spectral's number for a severity name (0 error … 3 hint). */
export const severityNumber = (name: SeverityName): 0 | 1 | 2 | 3 => SEVERITY_NAMES.indexOf(name) as 0 | 1 | 2 | 3;

/**
 * The formats and where each goes, as `spectral lint` pairs them: one
 * format with `-o file` (or standard output); several with
 * `--output.<format> file` each, at most one of them on standard output.
 */
export function outputsOf(
  parsed: Parsed,
  known: readonly string[],
  fallback: string,
): Array<{ format: string; file: string | undefined }> {
  const formats = (parsed.values.format as string[] | undefined) ?? [fallback];
  for (const format of formats)
    if (!known.includes(format)) throw new UsageError(`--format '${format}' is not one of ${known.join(', ')}`);
  const single = parsed.values.output as string | undefined;
  if (single !== undefined && Object.keys(parsed.outputs).length > 0)
    throw new UsageError('give either -o <file> (one format) or --output.<format> <file> (for each format), not both');
  if (single !== undefined && formats.length > 1)
    throw new UsageError(
      `with ${formats.length} formats, say where each goes: --output.${formats[1]} <file> (one of them may go to standard output)`,
    );
  for (const format of Object.keys(parsed.outputs))
    if (!formats.includes(format))
      throw new UsageError(`--output.${format} names a format not asked for with --format`);
  const pairs = formats.map((format) => ({ format, file: single ?? parsed.outputs[format] }));
  if (pairs.filter((p) => p.file === undefined).length > 1)
    throw new UsageError(
      `with ${formats.length} formats, say where each goes: --output.<format> <file>; only one may go to standard output`,
    );
  return pairs;
}
