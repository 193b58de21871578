/**
 * spectral-http-status: the ruleset object (the package's only export).
 * Teams that need other options use `createRuleset` from
 * `spectral-http-status/functions`.
 */
import { createRuleset } from './factory';

const ruleset = createRuleset();

export default ruleset;
