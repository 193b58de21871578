/**
 * The `spectral-http-status` command: one command line for every
 * command (cli/args.ts), `spectral lint`'s exit codes: 0 nothing at the
 * fail severity, 1 a finding at it, 2 a document, ruleset or baseline that
 * cannot be read, or a wrong command line.
 */
import { CliError } from './errors';
import type { Io } from './io';
import { packageVersion } from './version';
import { BASELINE_USAGE, baselineCommand } from './commands/baseline';
import { DIFF_USAGE, diffCommand } from './commands/diff';
import { FIX_USAGE, fixCommand } from './commands/fix';
import { LINT_USAGE, lintCommand } from './commands/lint';
import { PLAYGROUND_USAGE, playgroundCommand } from './commands/playground';
import { REPORT_USAGE, reportCommand } from './commands/report';

export type { Io };

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly run: (argv: readonly string[], io: Io) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  lint: {
    summary: 'lint as spectral lint does; with --baseline, fail only on new findings',
    usage: LINT_USAGE,
    run: lintCommand,
  },
  baseline: {
    summary: "write today's findings as a baseline (or --prune it)",
    usage: BASELINE_USAGE,
    run: baselineCommand,
  },
  diff: {
    summary: 'what a change does to the status codes, with a verdict on each',
    usage: DIFF_USAGE,
    run: diffCommand,
  },
  fix: {
    summary: "make each finding's fix where it is unambiguous; prints a unified diff",
    usage: FIX_USAGE,
    run: fixCommand,
  },
  report: { summary: 'draw the status-code map (HTML, Markdown or JSON)', usage: REPORT_USAGE, run: reportCommand },
  playground: {
    summary: 'write the playground page (lints in the browser, nothing sent anywhere)',
    usage: PLAYGROUND_USAGE,
    run: playgroundCommand,
  },
};

export const USAGE = `Usage: spectral-http-status <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`)
  .join('\n')}

Run \`spectral-http-status <command> --help\` for its options and examples.

Examples:
  spectral-http-status lint openapi.yaml --baseline .http-status-baseline.yaml
  spectral-http-status baseline openapi.yaml
  spectral-http-status diff git:origin/main:openapi.yaml openapi.yaml
  spectral-http-status report openapi.yaml -f markdown
  spectral-http-status fix openapi.yaml --dry-run

Exit codes: 0 no (new) finding at --fail-severity, 1 one or more, 2 a document, ruleset or
baseline that cannot be read, or a wrong command line.
`;

/** Runs the command line; resolves to its exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? COMMANDS[rest[0] ?? ''] : undefined;
    (name === undefined ? io.stderr : io.stdout)(topic?.usage ?? USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(
      `spectral-http-status: unknown command '${name}'; the commands are ${Object.keys(COMMANDS).join(', ')} (see --help)\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      // One line (or one per problem), once prefixed; a usage mistake points to the help, not the whole usage.
      io.stderr(
        `spectral-http-status ${name}: ${error.message.replace(new RegExp(`^${name}: `), '')}\n${error.usage ? `Run \`spectral-http-status ${name} --help\` for its options.\n` : ''}`,
      );
      return 2;
    }
    io.stderr(
      `spectral-http-status ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
}
