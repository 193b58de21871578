/**
 * The errors a command reports in one line, with exit code 2 (a document or
 * ruleset that cannot be read, a wrong command line), as `spectral lint`
 * does; anything else is a fault of the command, reported with its stack.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** A usage mistake: the command's usage is pointed to. */
    readonly usage = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, true);
    this.name = 'UsageError';
  }
}
