/** `spectral-http-status`: the ruleset itself (the package's default export, what `extends` loads). */
import ruleset from '../ruleset';

export default ruleset;
