/**
 * Writing a command's output to a file, with the mistakes a user makes said
 * in one line: a folder where a file belongs, a path that cannot be
 * written, the input document itself (which would be lost).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors';

/** Writes `text` to `file` (relative to `cwd`), creating its folder; refuses to overwrite any of `inputs`. Returns the absolute path. */
export function writeOutput(file: string, text: string, cwd: string, inputs: readonly string[] = []): string {
  const out = path.resolve(cwd, file);
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if (inputs.some((input) => !/^https?:\/\//i.test(input) && real(path.resolve(cwd, input)) === real(out))) {
    throw new CliError(
      `-o ${file} is the document being read: choose another file, so that the document is not overwritten`,
    );
  }
  try {
    if (fs.statSync(out).isDirectory())
      throw new CliError(`-o ${file} is a folder: give a file name, e.g. ${path.join(file, 'out.txt')}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    // Does not exist yet: it will be created.
  }
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot write ${out}${code === undefined ? '' : ` (${code})`}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a part of the path is a file, not a folder' : ((error as Error).message ?? '')}`,
    );
  }
  return out;
}
