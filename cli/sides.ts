/**
 * The two sides of a diff: a file, or `git:<ref>:<path>` read from the
 * repository at that ref. A description in several files is read at the
 * ref as a whole: the ref's tree is written to a temporary folder with
 * `git archive` (which reads the repository and changes nothing in it, not
 * even its worktree list), so that its `$ref`s resolve against the same
 * ref's files, never the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from './errors';

export interface Side {
  /** As the user wrote it. */
  readonly spec: string;
  /** The document to lint (an absolute path or a URL). */
  readonly document: string;
  /** The folder other files of the description are named from (the document's own folder). */
  readonly root: string;
  /** Removes what was written for it (a ref's tree). */
  dispose(): void;
}

const GIT = /^git:(.+?):(.+)$/;

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(stderr === '' ? (error as Error).message : (stderr.split('\n')[0] ?? stderr));
  }
}

/** Reads one side; `which` (`base` or `head`) names it in errors. */
export function readSide(spec: string, cwd: string, which: 'base' | 'head'): Side {
  const match = GIT.exec(spec);
  if (match === null) {
    if (/^https?:\/\//i.test(spec))
      return { spec, document: spec, root: spec.replace(/[^/]*$/, ''), dispose: () => undefined };
    const document = path.resolve(cwd, spec);
    if (!existsSync(document)) throw new CliError(`the ${which} document ${document} does not exist`);
    return { spec, document, root: path.dirname(document), dispose: () => undefined };
  }
  const [, ref = '', file = ''] = match;
  let top: string;
  let prefix: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
    prefix = git(cwd, ['rev-parse', '--show-prefix']).trim();
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    throw new CliError(
      `the ${which} ${spec} cannot be read: ${(error as Error).message.includes('not a git repository') ? `${cwd} is not in a git repository` : `no commit '${ref}' in the repository`}`,
    );
  }
  // As in `git show <ref>:<path>`: a path from the repository's top, or, with `./`, from here.
  const inRepo = path.posix.normalize(
    file.startsWith('./') || file.startsWith('../') ? path.posix.join(prefix, file) : file,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), `http-status-${which}-`));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: top, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(String(archive.stderr).trim());
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (untar.status !== 0) throw new Error(`tar: ${String(untar.stderr).trim()}`);
  } catch (error) {
    dispose();
    throw new CliError(`the ${which} ${spec} cannot be read: ${(error as Error).message}`);
  }
  const document = path.join(dir, ...inRepo.split('/'));
  if (!existsSync(document)) {
    dispose();
    throw new CliError(`the ${which} ${spec} cannot be read: ${inRepo} is not in ${ref}`);
  }
  return { spec, document, root: path.dirname(document), dispose };
}
