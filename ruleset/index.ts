/**
 * The default ruleset. Teams that need other options use `createRuleset`
 * from `spectral-http-status/functions`.
 */
import { createRuleset } from './factory';

const ruleset = createRuleset();

export default ruleset;
