/**
 * The command line, for tools that call it as a function: the commands
 * live in cli/ (`report` is cli/commands/report.ts); this module keeps the
 * names the package has exported since the map's first release.
 */
export { FORMATS, render, reportOf } from '../cli/commands/report';
export type { Format } from '../cli/commands/report';
export { USAGE, main } from '../cli/main';
export type { Io as CliIo } from '../cli/io';
export { packageVersion } from '../cli/version';
