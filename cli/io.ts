/** Where a command reads and writes: the working directory and the two streams (tests give their own). */
export interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}
