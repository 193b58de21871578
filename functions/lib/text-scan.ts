/**
 * Questions asked of a document's whole text, once per document. Written as
 * `indexOf` loops over a rare character rather than regular expressions:
 * on a text of several megabytes (GitHub's description is 11 MB, stored as
 * two-byte characters when it holds any non-Latin-1 one), a regular
 * expression with an alternation or a case-insensitive flag, and even
 * `includes` with a long needle, cost 1-6 ms per call in V8, more than a
 * rule's whole check; these loops cost a tenth of that (scripts/bench.cjs,
 * "inside our functions").
 */

/** Whether `text` mentions waivers (`x-http-status-ignore`) and Level 3 profiles (`x-profiles`, `level3.rest`, any case). */
export function scanMentions(text: string): { waivers: boolean; profiles: boolean } {
  let waivers = false;
  let profiles = false;
  for (let i = text.indexOf('x-'); i !== -1 && !(waivers && profiles); i = text.indexOf('x-', i + 2)) {
    if (!waivers && text.startsWith('http-status-ignore', i + 2)) waivers = true;
    else if (!profiles && text.startsWith('profiles', i + 2)) profiles = true;
  }
  if (!profiles) {
    for (let i = text.indexOf('3.'); i !== -1; i = text.indexOf('3.', i + 2)) {
      if (
        i >= 5 &&
        text.slice(i + 2, i + 6).toLowerCase() === 'rest' &&
        text.slice(i - 5, i).toLowerCase() === 'level'
      ) {
        profiles = true;
        break;
      }
    }
  }
  return { waivers, profiles };
}

/** Anchored at the start: a regular expression is cheap here. */
const JSON_TEXT = /^\s*[{[]/;
const BEFORE_MARK = new Set([' ', '\t', '\n', '\r', ':', '[', ',', '-']);
const NOT_A_NAME = new Set([' ', '\t', '\n', '\r', ',', '[', ']', '{', '}']);

/** Whether `mark` (`&` or `*`) starts a YAML anchor or alias name somewhere in `text`. */
function hasMark(text: string, mark: '&' | '*'): boolean {
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
    const before = i === 0 ? '\n' : (text[i - 1] as string);
    const after = text[i + 1];
    if (BEFORE_MARK.has(before) && after !== undefined && !NOT_A_NAME.has(after)) return true;
  }
  return false;
}

/**
 * Whether a YAML text may hold aliases (`*std` of an anchor `&std`): it has
 * both marks. A text that opens with `{` or `[` is JSON (or YAML written as
 * one flow collection), which has none to place.
 */
export function mayHaveAliases(text: string): boolean {
  if (JSON_TEXT.test(text)) return false;
  return hasMark(text, '&') && hasMark(text, '*');
}
