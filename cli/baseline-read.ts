/**
 * A fast reader for baseline files as `baseline` writes them
 * (cli/baseline-render.ts): comments, `version: 1`, `documents:`, a
 * document key, a rule key, and one flow map per entry on its own line.
 *
 * Why not only the library: `lint --baseline` runs once per CI job, so
 * js-yaml always runs cold there, and reading GitHub's 870-entry baseline
 * took about 45-70 ms of a 2-3 s lint (the benchmark's target is within 5%
 * of `spectral lint`). This reader takes a few milliseconds. It accepts
 * only a strict subset of YAML whose meaning is plain (double-quoted
 * strings with JSON's escapes, plain words that YAML reads as strings,
 * unsigned integers) and returns undefined on anything else (a `skip`
 * block, an anchor, a block map entry, a hand-edited line it does not
 * know, a duplicate key), so that js-yaml reads the file as before: a
 * file it returns a value for, js-yaml reads as the same value
 * (test/baseline-read.test.ts holds it on rendered and edited files).
 */

/** A double-quoted YAML string that is also a JSON string (no YAML-only escape, no control character). */
// eslint-disable-next-line no-control-regex -- control characters are what the class excludes
const QUOTED = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/;
/**
 * A plain scalar in a flow map that YAML's core schema may read as a string:
 * starts with a letter or a digit, no flow indicator, no `:`, `#` or quote.
 * One that starts with a digit counts only with a space inside (`400 or
 * 422`): no number has one, and a timestamp with one has a `:`.
 */
// eslint-disable-next-line no-control-regex -- control characters are what the class excludes
const PLAIN = /^[A-Za-z0-9][^,{}[\]#:"\u0000-\u001f]*/;
/** Plain words the core schema reads as something else. */
const SPECIAL = /^(true|false|null)$/i;
const INTEGER = /^(0|[1-9][0-9]{0,14})(?=\s*[,}])/;
/** A document key: a file name ending in .yaml, .yml or .json, of characters that need no quoting, a URL of such characters, or a quoted one. */
const DOCUMENT_KEY =
  /^ {2}([A-Za-z0-9_./-]*[A-Za-z_/][A-Za-z0-9_./-]*\.(?:ya?ml|json)|https?:\/\/[A-Za-z0-9_./~%+-]+\.(?:ya?ml|json)|"[^\n]*"):$/;
const RULE_KEY = /^ {4}([a-z][a-z0-9-]*):$/;
const ENTRY = /^ {6}- (\{.*\})$/;
/** An empty line or a comment line. */
const NOTHING = /^(#.*)?$/;

/** Reads one scalar at the start of `text`: its value and length, or undefined. */
function scalar(text: string): { value: string | number; length: number } | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted !== null) return { value: JSON.parse(quoted[0]) as string, length: quoted[0].length };
  const integer = INTEGER.exec(text);
  if (integer !== null) return { value: Number(integer[1]), length: integer[1]!.length };
  const plain = PLAIN.exec(text);
  if (plain === null) return undefined;
  const value = plain[0].trimEnd();
  if (SPECIAL.test(value) || (/^[0-9]/.test(value) && !/\s/.test(value))) return undefined;
  return { value, length: plain[0].length };
}

/** A one-line flow map `{ key: value, ... }` with plain keys, or undefined. */
function flowMap(text: string): Record<string, string | number> | undefined {
  const map: Record<string, string | number> = {};
  let rest = text.slice(1).trimStart();
  if (rest.startsWith('}')) return undefined;
  for (;;) {
    const key = /^([A-Za-z][A-Za-z0-9_]*): /.exec(rest);
    if (key === null || SPECIAL.test(key[1]!) || Object.hasOwn(map, key[1]!)) return undefined;
    rest = rest.slice(key[0].length).trimStart();
    const value = scalar(rest);
    if (value === undefined) return undefined;
    map[key[1]!] = value.value;
    rest = rest.slice(value.length).trimStart();
    if (rest === '}') return map;
    if (!rest.startsWith(',')) return undefined;
    rest = rest.slice(1).trimStart();
  }
}

/** The value of a baseline file written by `baseline`, or undefined when the text is anything else (js-yaml then reads it). */
export function readRendered(text: string): unknown {
  const lines = text.split(/\r?\n/);
  let i = 0;
  const skipComments = (): void => {
    while (i < lines.length && NOTHING.test(lines[i]!)) i++;
  };
  skipComments();
  if (!/^version: (0|[1-9][0-9]{0,5})$/.test(lines[i] ?? '')) return undefined;
  const version = Number(lines[i++]!.slice('version: '.length));
  skipComments();
  if (lines[i] === 'documents: {}') {
    // No finding at all: nothing may follow but comments.
    for (i++; i < lines.length; i++) if (!NOTHING.test(lines[i]!)) return undefined;
    return { version, documents: {} };
  }
  if (lines[i++] !== 'documents:') return undefined;
  const documents: Record<string, Record<string, Array<Record<string, string | number>>>> = {};
  let rules: Record<string, Array<Record<string, string | number>>> | undefined;
  let entries: Array<Record<string, string | number>> | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (NOTHING.test(line)) continue;
    const entry = ENTRY.exec(line);
    if (entry !== null) {
      const map = entries === undefined ? undefined : flowMap(entry[1]!);
      if (map === undefined || entries === undefined) return undefined;
      entries.push(map);
      continue;
    }
    const rule = RULE_KEY.exec(line);
    if (rule !== null) {
      if (rules === undefined || SPECIAL.test(rule[1]!) || Object.hasOwn(rules, rule[1]!)) return undefined;
      entries = [];
      rules[rule[1]!] = entries;
      continue;
    }
    const document = DOCUMENT_KEY.exec(line);
    if (document === null) return undefined;
    let name = document[1]!;
    if (name.startsWith('"')) {
      const quoted = QUOTED.exec(name);
      if (quoted === null || quoted[0].length !== name.length) return undefined;
      name = JSON.parse(name) as string;
    }
    if (name === '__proto__' || Object.hasOwn(documents, name)) return undefined;
    rules = {};
    entries = undefined;
    documents[name] = rules;
  }
  // A document with no rule, or a rule with no entry, is `null` to YAML, not an empty map or list: leave such a file to js-yaml.
  for (const perRule of Object.values(documents)) {
    const lists = Object.values(perRule);
    if (lists.length === 0 || lists.some((list) => list.length === 0)) return undefined;
  }
  return { version, documents };
}
