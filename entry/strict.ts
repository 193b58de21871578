/**
 * `spectral-http-status/strict`: the ruleset in strict mode, the REST
 * guide's method/status matrix to the letter and exact codes everywhere.
 */
import { createRuleset } from '../ruleset/factory';

const strict = createRuleset({ mode: 'strict' });

export default strict;
