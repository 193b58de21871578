/**
 * The `spectral-http-status` command: one command line for every
 * command (cli/args.ts), `spectral lint`'s exit codes: 0 nothing at the
 * fail severity, 1 a finding at it, 2 a document, ruleset or baseline that
 * cannot be read, or a wrong command line.
 */
import { CliError } from './errors';
import type { Io } from './io';
import { packageVersion } from './version';

export type { Io };

interface CommandModule {
  readonly usage: string;
  readonly run: (argv: readonly string[], io: Io) => Promise<number>;
}

interface Command {
  readonly summary: string;
  /**
   * The command's module, loaded when it runs: a run loads only its own
   * command's dependencies (\`lint\` does not load the \`yaml\` package,
   * swagger-parser or the map).
   */
  readonly load: () => Promise<CommandModule>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  lint: {
    summary: 'lint as spectral lint does; with --baseline, fail only on new findings',
    load: async () => import('./commands/lint').then((m) => ({ usage: m.LINT_USAGE, run: m.lintCommand })),
  },
  baseline: {
    summary: "write today's findings as a baseline (or --prune it)",
    load: async () => import('./commands/baseline').then((m) => ({ usage: m.BASELINE_USAGE, run: m.baselineCommand })),
  },
  diff: {
    summary: 'what a change does to the status codes, with a verdict on each',
    load: async () => import('./commands/diff').then((m) => ({ usage: m.DIFF_USAGE, run: m.diffCommand })),
  },
  fix: {
    summary: "make each finding's fix where it is unambiguous; prints a unified diff",
    load: async () => import('./commands/fix').then((m) => ({ usage: m.FIX_USAGE, run: m.fixCommand })),
  },
  report: {
    summary: 'draw the status-code map (HTML, Markdown or JSON)',
    load: async () => import('./commands/report').then((m) => ({ usage: m.REPORT_USAGE, run: m.reportCommand })),
  },
  playground: {
    summary: 'write the playground page (lints in the browser, nothing sent anywhere)',
    load: async () =>
      import('./commands/playground').then((m) => ({ usage: m.PLAYGROUND_USAGE, run: m.playgroundCommand })),
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
    (name === undefined ? io.stderr : io.stdout)(topic === undefined ? USAGE : (await topic.load()).usage);
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
    return await (await command.load()).run(rest, io);
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
