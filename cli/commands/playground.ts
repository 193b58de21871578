/**
 * `spectral-http-status playground [-o file]`: writes the playground, one
 * self-contained HTML page that lints in the browser (dist/playground.html,
 * built with the package), and says where. Host it anywhere static, or open
 * it from disk: it makes no request.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCommand } from '../args';
import { CliError, UsageError } from '../errors';
import type { Io } from '../io';
import { writeOutput } from '../output';

export const PLAYGROUND_USAGE = `Usage: spectral-http-status playground [-o <file>]

Writes the playground: one HTML page that lints a pasted OpenAPI document in
the browser and draws its status-code map. It makes no request: open it from
disk, or put it on any static host (GitHub Pages, an S3 bucket, an intranet).

Options:
  -o, --output <file>   where to write it (default: spectral-http-status-playground.html)
  -h, --help            this help

Exit codes: 0 written, 2 it cannot be written, or a wrong command line.
`;

export async function playgroundCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand('playground', argv);
  if (parsed.values.help === true) {
    io.stdout(PLAYGROUND_USAGE);
    return 0;
  }
  if (parsed.positionals.length > 0)
    throw new UsageError(`playground takes no document: '${parsed.positionals.join(' ')}'`);
  const page = path.join(__dirname, 'playground.html');
  if (!fs.existsSync(page))
    throw new CliError(`the built playground is missing (${page}): build the package (npm run build)`);
  const written = writeOutput(
    (parsed.values.output as string | undefined) ?? 'spectral-http-status-playground.html',
    fs.readFileSync(page, 'utf8'),
    io.cwd,
  );
  io.stderr(`Wrote ${written}: open it in a browser, or host it as a static page.\n`);
  return 0;
}
