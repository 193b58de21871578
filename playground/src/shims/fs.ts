/**
 * `fs` in the browser: Spectral's runtime and `$ref` readers import it for
 * reading files, which the playground never does (its resolver refuses
 * other files first). Any call says so instead of failing obscurely.
 */
const none = (): never => {
  throw new Error('the playground has no file system: it lints the document in the editor only');
};
export const readFile = none;
export const readFileSync = none;
export const promises = { readFile: none };
export default { readFile, readFileSync, promises };
