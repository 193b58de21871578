/**
 * Edits of a document's text at the places `fix` changes, and nowhere
 * else: every byte outside them stays as it was.
 *
 * - YAML: splices at the node ranges of the `yaml` package's parse (its
 *   Document API re-serialises a document differently from how it was
 *   written: flow sequences get spaces, long scalars are re-folded), so the
 *   parse gives only the places; the new lines take the map's own
 *   indentation and the document's indentation step. A node under an
 *   alias, or one with an anchor (which aliases elsewhere share), is never
 *   edited: what the edit would change elsewhere is for a person to judge.
 * - JSON: splices at the node offsets of `jsonc-parser`'s parse, in the
 *   layout of the object edited (./json-layout.ts): on its one line when it
 *   is written on one (a minified document), else on a line of its own with
 *   the document's indentation and line ends.
 */
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { FormattingOptions, Node as JsonNode } from 'jsonc-parser';
import { insertSplice, lineStart } from './json-layout';
import type { JsonPath } from '../../functions/lib/safe';

/** A value `fix` writes: scalars and maps of them (a header, a `$ref`, a response copied from its definition). */
export type Value = string | number | boolean | { readonly [key: string]: Value };

export interface NewEntry {
  readonly key: string;
  readonly value: Value;
}

/** Where new entries go among a map's keys: the index of the key to insert before (`keys.length`: at the end). */
export type Position = (keys: readonly string[]) => number;

export interface TextEditor {
  /** Why the map at `path` cannot be edited (no map there, a flow mapping, an alias…), or undefined. */
  mapProblem(path: JsonPath): string | undefined;
  /** Adds entries to the map at `path`, all at one position, in order; a reason when it cannot. */
  add(path: JsonPath, entries: readonly NewEntry[], position: Position): string | undefined;
  /** Removes `key` (and its value) from the map at `path`; a reason when it cannot. */
  remove(path: JsonPath, key: string): string | undefined;
  /** Replaces the value of `key` of the map at `path` (the key kept as written); a reason when it cannot. */
  replace(path: JsonPath, key: string, value: Value): string | undefined;
  /** Renames `key` of the map at `path` to `to`, keeping its value and quoting; a reason when it cannot. */
  rename(path: JsonPath, key: string, to: string): string | undefined;
  /** The text with every edit made. */
  result(): string;
}

/** The editor for a document's text: JSON when it is JSON, else YAML; a reason when it cannot be edited at all. */
export function textEditor(text: string): TextEditor | string {
  return /^\s*[{[]/.test(text) ? jsonEditor(text) : yamlEditor(text);
}

// ---------------------------------------------------------------- YAML

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly order: number;
  /** The column of an insertion's keys: at one offset, a deeper map's entries come before an outer map's. */
  readonly indent: number;
}

const PLAIN = /^[A-Za-z$/][A-Za-z0-9 _.,()/$+-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A scalar as YAML writes it: plain when that reads back as the same string, else single-quoted. */
function yamlScalar(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

/** The offset after the line on which `offset` (an end of content) lies. */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function range(node: YamlNode | null | undefined): [number, number, number] | undefined {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return Array.isArray(r) ? r : undefined;
}

function keyOfPair(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function yamlEditor(text: string): TextEditor | string {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  } catch (error) {
    return `the YAML cannot be parsed (${error instanceof Error ? error.message : String(error)})`;
  }
  if (doc.errors.length > 0) return `the YAML has errors (${doc.errors[0]?.message.split('\n')[0] ?? ''})`;
  const splices: Splice[] = [];
  let order = 0;
  const step = indentStep(doc, text);

  const column = (offset: number): number => offset - lineStart(text, offset);

  /** The block map at `path`, or why there is none to edit. */
  const mapAt = (path: JsonPath): YAMLMap | string => {
    let node: unknown = doc.contents;
    const anchored = (n: unknown): boolean => typeof (n as { anchor?: unknown } | null)?.anchor === 'string';
    if (anchored(node)) return 'it is under a YAML anchor that aliases elsewhere share';
    for (const segment of path) {
      if (isAlias(node))
        return `it is under the YAML alias *${node.source}: editing it would change every place that shares it`;
      if (isMap(node)) {
        const pair = node.items.find((p) => keyOfPair(p) === String(segment));
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else return 'its place is not in the YAML as parsed';
      if (node === undefined || node === null) return 'its place is not in the YAML as parsed';
      if (anchored(node))
        return `it is under the YAML anchor &${String((node as { anchor: string }).anchor)}, which aliases elsewhere share`;
    }
    if (isAlias(node))
      return `it is the YAML alias *${node.source}: editing it would change every place that shares it`;
    if (!isMap(node)) return 'it is not a mapping';
    if (node.flow === true) return 'it is written as a flow mapping ({ … }); edit it by hand';
    return node;
  };

  const pairEnd = (pair: Pair): number => {
    const r = range(pair.value as YamlNode | null) ?? range(pair.key as YamlNode | null);
    return r === undefined ? text.length : lineEnd(text, r[1]);
  };

  const pairLineStart = (pair: Pair): number | string => {
    const r = range(pair.key as YamlNode | null);
    if (r === undefined) return 'a key has no place in the text';
    const start = lineStart(text, r[0]);
    return text.slice(start, r[0]).trim() === '' ? start : 'a key shares its line with something else ("- " or "? ")';
  };

  const emit = (entry: NewEntry, indent: number, keyText: (key: string) => string): string => {
    const pad = ' '.repeat(indent);
    if (typeof entry.value === 'string') return `${pad}${keyText(entry.key)}: ${yamlScalar(entry.value)}\n`;
    if (typeof entry.value !== 'object') return `${pad}${keyText(entry.key)}: ${String(entry.value)}\n`;
    const children = Object.entries(entry.value).map(([key, value]) =>
      emit({ key, value }, indent + step, (k) => yamlScalar(k)),
    );
    return `${pad}${keyText(entry.key)}:\n${children.join('')}`;
  };

  /** How the map writes a code key (`'404'`, `"404"` or `404`): as its siblings do. */
  const keyStyle = (map: YAMLMap): ((key: string) => string) => {
    for (const pair of map.items) {
      const r = range(pair.key as YamlNode | null);
      if (r === undefined || !/^\d{3}$/.test(keyOfPair(pair) ?? '')) continue;
      const first = text[r[0]];
      if (first === "'" || first === '"')
        return (key) => (/^\d{3}$/.test(key) ? `${first}${key}${first}` : yamlScalar(key));
      // An unquoted code is an integer key, which Spectral's parser reports: a new one is quoted.
      return (key) => (/^\d{3}$/.test(key) ? `'${key}'` : yamlScalar(key));
    }
    return (key) => (/^\d{3}$/.test(key) ? `'${key}'` : yamlScalar(key));
  };

  return {
    mapProblem(path) {
      const map = mapAt(path);
      return typeof map === 'string' ? map : undefined;
    },
    add(path, entries, position) {
      const map = mapAt(path);
      if (typeof map === 'string') return map;
      const keys = map.items.map((p) => keyOfPair(p) ?? '');
      const at = Math.max(0, Math.min(keys.length, position(keys)));
      const first = map.items[0];
      if (first === undefined) return 'the mapping is empty';
      const firstStart = pairLineStart(first);
      const firstKey = range(first.key as YamlNode | null);
      if (firstKey === undefined) return 'a key has no place in the text';
      const indent = column(firstKey[0]);
      let offset: number;
      if (at > 0) offset = pairEnd(map.items[at - 1] as Pair);
      else if (typeof firstStart === 'string') return firstStart;
      else offset = firstStart;
      const style = keyStyle(map);
      const lines = entries.map((entry) => emit(entry, indent, style)).join('');
      const newline = offset === text.length && text.length > 0 && !text.endsWith('\n') ? '\n' : '';
      splices.push({ start: offset, end: offset, text: newline + lines, order: order++, indent });
      return undefined;
    },
    remove(path, key) {
      const map = mapAt(path);
      if (typeof map === 'string') return map;
      const pair = map.items.find((p) => keyOfPair(p) === key);
      if (pair === undefined) return `it has no '${key}'`;
      if (map.items.length === 1) return `'${key}' is its only key`;
      const start = pairLineStart(pair);
      if (typeof start === 'string') return start;
      splices.push({ start, end: pairEnd(pair), text: '', order: order++, indent: 0 });
      return undefined;
    },
    replace(path, key, value) {
      const map = mapAt(path);
      if (typeof map === 'string') return map;
      const pair = map.items.find((p) => keyOfPair(p) === key);
      const r = range(pair?.key as YamlNode | null);
      if (pair === undefined || r === undefined) return `it has no '${key}'`;
      if (isAlias(pair.value) || typeof (pair.value as { anchor?: unknown } | null)?.anchor === 'string')
        return `its '${key}' is a YAML anchor or alias that other places share`;
      const start = pairLineStart(pair);
      if (typeof start === 'string') return start;
      const written = text.slice(r[0], r[1]);
      const lines = emit({ key, value }, column(r[0]), () => written);
      splices.push({ start, end: pairEnd(pair), text: lines, order: order++, indent: 0 });
      return undefined;
    },
    rename(path, key, to) {
      const map = mapAt(path);
      if (typeof map === 'string') return map;
      const pair = map.items.find((p) => keyOfPair(p) === key);
      const r = range(pair?.key as YamlNode | null);
      if (pair === undefined || r === undefined) return `it has no '${key}'`;
      const written = text.slice(r[0], r[1]);
      const quote = written[0] === "'" || written[0] === '"' ? written[0] : '';
      const plainSafe = /^([1-5]XX|\d{3}|default)$/.test(to);
      const replacement =
        quote !== ''
          ? `${quote}${quote === "'" ? to.replace(/'/g, "''") : JSON.stringify(to).slice(1, -1)}${quote}`
          : plainSafe
            ? to
            : yamlScalar(to);
      splices.push({ start: r[0], end: r[1], text: replacement, order: order++, indent: 0 });
      return undefined;
    },
    result: () => applySplices(text, splices),
  };
}

/**
 * The text with the splices made: at one offset, insertions before a removal that starts there, a deeper
 * map's before an outer one's (the end of an operation's responses is also the end of the document);
 * otherwise in the order made. Overlapping splices are a bug of the planner: the first is kept.
 */
function applySplices(text: string, splices: readonly Splice[]): string {
  const removes = (s: Splice): number => (s.end > s.start ? 1 : 0);
  const sorted = [...splices].sort(
    (a, b) =>
      a.start - b.start || removes(a) - removes(b) || (removes(a) === 0 ? b.indent - a.indent : 0) || a.order - b.order,
  );
  let out = '';
  let at = 0;
  for (const splice of sorted) {
    if (splice.start < at) continue;
    out += text.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + text.slice(at);
}

/** The document's indentation step: how far the first nested block map is indented from its parent key (2 if none). */
function indentStep(doc: Document.Parsed, text: string): number {
  const root = doc.contents;
  if (!isMap(root)) return 2;
  for (const pair of root.items) {
    const value = pair.value;
    if (!isMap(value) || value.flow === true || value.items.length === 0) continue;
    const parent = range(pair.key);
    const child = range(value.items[0]?.key);
    if (parent === undefined || child === undefined) continue;
    const col = (o: number): number => o - lineStart(text, o);
    const step = col(child[0]) - col(parent[0]);
    if (step > 0 && step <= 8) return step;
  }
  return 2;
}

// ---------------------------------------------------------------- JSON

/** The document's indentation (the first indented line's) and line end. */
function jsonFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  if (indented === null) return { insertSpaces: true, tabSize: 2, eol };
  const indent = indented[1] as string;
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * JSON: the text is parsed once; each edit is computed on the text as it
 * was (a property inserted after its neighbour, removed with its comma, a
 * value replaced) and all are applied at the end. Re-parsing after each
 * edit (jsonc-parser's `modify` does) costs a second per edit on a 4 MB
 * description.
 */
function jsonEditor(text: string): TextEditor | string {
  const errors: Array<{ error: number }> = [];
  const tree = parseTree(text, errors as never, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0 || tree === undefined) return 'the JSON has syntax errors';
  const { insertSpaces, tabSize, eol } = jsonFormatting(text);
  const unit = insertSpaces ? ' '.repeat(tabSize ?? 2) : '\t';
  const splices: Splice[] = [];
  let order = 0;

  const objectAt = (path: JsonPath): JsonNode | string => {
    const node = path.length === 0 ? tree : findNodeAtLocation(tree, [...path]);
    if (node === undefined) return 'its place is not in the JSON';
    if (node.type !== 'object') return 'it is not an object';
    return node;
  };
  const keysOf = (node: JsonNode): string[] => (node.children ?? []).map((p) => String(p.children?.[0]?.value ?? ''));
  /** The whitespace that starts the line `offset` is on, when only whitespace comes before it there; else undefined (one-line JSON). */
  const lineIndent = (offset: number): string | undefined => {
    const start = lineStart(text, offset);
    const before = text.slice(start, offset);
    return /^[ \t]*$/.test(before) ? before : undefined;
  };
  /** A value as JSON, its lines after the first indented by `indent` (pretty), or on one line. */
  const json = (value: Value, indent: string | undefined): string =>
    indent === undefined
      ? JSON.stringify(value)
      : JSON.stringify(value, null, unit).split('\n').join(`${eol}${indent}`);
  const push = (start: number, end: number, replacement: string, indent: number): void => {
    splices.push({ start, end, text: replacement, order: order++, indent });
  };

  return {
    mapProblem(path) {
      const node = objectAt(path);
      return typeof node === 'string' ? node : undefined;
    },
    add(path, entries, position) {
      const node = objectAt(path);
      if (typeof node === 'string') return node;
      // In the layout of the object (./json-layout.ts), computed on the one parse.
      const splice = insertSplice(text, node, position(keysOf(node)), entries, { step: unit, eol: eol ?? '\n' });
      push(splice.start, splice.end, splice.text, 0);
      return undefined;
    },
    remove(path, key) {
      const node = objectAt(path);
      if (typeof node === 'string') return node;
      const props = node.children ?? [];
      const i = props.findIndex((p) => p.children?.[0]?.value === key);
      if (i < 0) return `it has no '${key}'`;
      if (props.length === 1) return `'${key}' is its only key`;
      const prop = props[i] as JsonNode;
      const next = props[i + 1];
      const prev = props[i - 1];
      // With the comma after it (and the space up to the next key), or, the last, with the comma before it.
      if (next !== undefined) push(prop.offset, next.offset, '', 0);
      else if (prev !== undefined) push(prev.offset + prev.length, prop.offset + prop.length, '', 0);
      return undefined;
    },
    replace(path, key, value) {
      const node = objectAt(path);
      if (typeof node === 'string') return node;
      const prop = (node.children ?? []).find((p) => p.children?.[0]?.value === key);
      const valueNode = prop?.children?.[1];
      if (prop === undefined || valueNode === undefined) return `it has no '${key}'`;
      push(valueNode.offset, valueNode.offset + valueNode.length, json(value, lineIndent(prop.offset)), 0);
      return undefined;
    },
    rename(path, key, to) {
      const node = objectAt(path);
      if (typeof node === 'string') return node;
      const property = (node.children ?? []).find((p) => p.children?.[0]?.value === key);
      const keyNode = property?.children?.[0];
      if (keyNode === undefined) return `it has no '${key}'`;
      push(keyNode.offset, keyNode.offset + keyNode.length, JSON.stringify(to), 0);
      return undefined;
    },
    result: () => applySplices(text, splices),
  };
}
