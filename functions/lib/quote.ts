/**
 * The one way document text enters a message (or a page of the report).
 *
 * A document is written by anyone who can open a pull request, and
 * Spectral passes every message a function returns through its template
 * engine: `{{name}}` is replaced by a field of the result and `#{{expr}}`
 * is evaluated (expr-eval, recursion allowed: one line of a path key can
 * hang the lint). Its pattern is `#?{{([^}\n]+)}}`, applied in one pass.
 * So every string of the document that a message quotes goes through
 * `quote`, and every message goes through `inert` on its way to Spectral:
 *
 * - `{{` is broken with a zero-width space (`{\u200B{`): it reads the same,
 *   and Spectral's pattern, which needs two braces in a row, never matches;
 *   this also keeps that pattern linear on a run of `{` (it is quadratic
 *   on one);
 * - the quoted length is capped, with an ellipsis, so a megabyte path key
 *   gives a message of a line;
 * - control, invisible and bidirectional characters are shown as `\u202E`,
 *   so that `/files/\u202Egnp.exe` cannot pass for `/files/exe.png`.
 *
 * Written by hand, not with a library: the three steps are a few lines
 * each, and what they must agree with (Spectral's pattern) is not a
 * library's concern.
 */

/** What breaks a `{{` pair: U+200B ZERO WIDTH SPACE. */
const BRACE_BREAK = '\u200B';

/** The longest quoted text, in characters, before the ellipsis. */
export const QUOTE_LIMIT = 200;

/**
 * Characters a reader cannot see, or that reorder what they see: C0 and C1
 * controls (but tab), the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069),
 * zero-width and invisible characters (U+00AD, U+180E, U+200B-U+200D,
 * U+2060-U+2064, U+FEFF), the line and paragraph separators, and lone
 * surrogates.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `\u202E` for one character. */
function escapeCode(char: string): string {
  return `\\u${(char.charCodeAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Shows control, invisible and bidi characters as `\uXXXX` (the text a reader sees is the text that is there). */
export function visible(text: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) ? text.replace(INVISIBLE, escapeCode) : text;
}

/** Breaks every `{{` so that Spectral's template engine leaves the text as it is (see above). */
export function inert(text: string): string {
  return text.includes('{{') ? text.replace(/\{(?=\{)/g, `{${BRACE_BREAK}`) : text;
}

/** Takes the breaks `inert` made out again: what a tool that shows a message (the map, a test) compares. */
export function uninert(text: string): string {
  return text.includes(`{${BRACE_BREAK}{`) ? text.split(`{${BRACE_BREAK}`).join('{') : text;
}

/**
 * A string of the document, ready to stand in a message: at most `limit`
 * characters (then `…`), invisible and bidi characters shown, `{{` broken.
 * A value that is no string is described by its type.
 */
export function quote(text: unknown, limit: number = QUOTE_LIMIT): string {
  const value =
    typeof text === 'string'
      ? text
      : text === null
        ? 'null'
        : Array.isArray(text)
          ? 'a list'
          : typeof text === 'object'
            ? 'an object'
            : String(text);
  const capped = value.length > limit ? `${value.slice(0, limit)}…` : value;
  return inert(visible(capped));
}
