/**
 * JSON edits as splices of the text at a node's offsets, in the layout of
 * the object edited: an object written on one line (a minified document, a
 * `{ "$ref": … }` one-liner) gets its new entry on that line, with its own
 * separators (`","` or `", "`, `":"` or `": "`); an object written over
 * several lines gets the entry on a line of its own, at its keys' column.
 * Nothing else is touched: no neighbour is re-flowed, no document
 * re-printed (jsonc-parser's `modify` formats the lines it edits, which in a
 * minified document is all of it).
 */
import type { Node as JsonNode } from 'jsonc-parser';

/** A value `fix` writes into JSON: scalars and maps of them. */
type JsonValue = string | number | boolean | { readonly [key: string]: JsonValue };

export interface JsonStyle {
  /** The line end. */
  readonly eol: string;
  /** One indentation step (`'  '`, `'\t'`). */
  readonly step: string;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface InlineStyle {
  /** After `{` and before `}`: `''` or `' '`. */
  readonly pad: string;
  /** Between a key and its value: `':'` or `': '`. */
  readonly colon: string;
  /** Between entries: `','` or `', '`. */
  readonly comma: string;
}

const end = (node: JsonNode): number => node.offset + node.length;

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Whether the node is written on one line. */
const oneLine = (text: string, node: JsonNode): boolean => !text.slice(node.offset, end(node)).includes('\n');

/** How an object written on one line separates its parts (from its own text; a minified document's when it has one entry). */
function inlineStyle(text: string, node: JsonNode): InlineStyle {
  const props = node.children ?? [];
  const first = props[0];
  const minified = !text.includes('\n');
  if (first === undefined)
    return minified ? { pad: '', colon: ':', comma: ',' } : { pad: ' ', colon: ': ', comma: ', ' };
  const pad = /^\s*/.exec(text.slice(node.offset + 1, first.offset))?.[0] ?? '';
  const key = first.children?.[0];
  const value = first.children?.[1];
  const colon = key !== undefined && value !== undefined ? text.slice(end(key), value.offset) : ': ';
  const second = props[1];
  const comma = second !== undefined ? text.slice(end(first), second.offset) : pad === '' ? ',' : ', ';
  const clean = (s: string, fallback: string): string =>
    /^[ \t]*[,:][ \t]*$/.test(s) ? s.trim() + (/[ \t]$/.test(s) ? ' ' : '') : fallback;
  return { pad: pad.includes('\n') ? ' ' : pad, colon: clean(colon, ': '), comma: clean(comma, ', ') };
}

/** A value on one line, in the given style. */
function inline(value: JsonValue, style: InlineStyle): string {
  if (typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}${style.colon}${inline(v, style)}`);
  return entries.length === 0 ? '{}' : `{${style.pad}${entries.join(style.comma)}${style.pad}}`;
}

/** A value over several lines, its closing brace at `indent`. */
function block(value: JsonValue, indent: string, style: JsonStyle, compactLeaves: boolean): string {
  if (typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  // A leaf object (only strings in it) on one line where the object's siblings are written so.
  if (compactLeaves && entries.every(([, v]) => typeof v !== 'object'))
    return inline(value, { pad: ' ', colon: ': ', comma: ', ' });
  const inner = indent + style.step;
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${block(v, inner, style, compactLeaves)}`);
  return `{${style.eol}${lines.join(`,${style.eol}`)}${style.eol}${indent}}`;
}

/** Whether a sibling entry of the object has an object value written on one line (GitHub's `"403": { "$ref": … }`). */
function siblingsCompact(text: string, node: JsonNode): boolean {
  return (node.children ?? []).some((p) => {
    const v = p.children?.[1];
    return v !== undefined && v.type === 'object' && (v.children?.length ?? 0) > 0 && oneLine(text, v);
  });
}

/** The splice that inserts the entries into the object `node` before its entry `index` (its length: at the end). */
export function insertSplice(
  text: string,
  node: JsonNode,
  index: number,
  entries: ReadonlyArray<{ readonly key: string; readonly value: JsonValue }>,
  style: JsonStyle,
): Splice {
  const props = node.children ?? [];
  const at = Math.max(0, Math.min(props.length, index));
  // An empty `{}` of a pretty-printed document opens up, as JSON.stringify writes a non-empty object; in a minified one it stays.
  if (oneLine(text, node) && (props.length > 0 || !text.includes('\n'))) {
    const s = inlineStyle(text, node);
    const written = entries.map(({ key, value }) => `${JSON.stringify(key)}${s.colon}${inline(value, s)}`);
    if (props.length === 0) {
      const open = node.offset + 1;
      return { start: open, end: end(node) - 1, text: `${s.pad}${written.join(s.comma)}${s.pad}` };
    }
    if (at === 0) {
      const first = props[0] as JsonNode;
      return { start: first.offset, end: first.offset, text: `${written.join(s.comma)}${s.comma}` };
    }
    const before = props[at - 1] as JsonNode;
    return { start: end(before), end: end(before), text: written.map((w) => `${s.comma}${w}`).join('') };
  }
  const closeIndent = /^[ \t]*/.exec(text.slice(lineStart(text, end(node) - 1)))?.[0] ?? '';
  const first = props[0];
  const indent =
    first === undefined
      ? closeIndent + style.step
      : (/^[ \t]*/.exec(text.slice(lineStart(text, first.offset)))?.[0] ?? closeIndent + style.step);
  const compact = siblingsCompact(text, node);
  const written = entries.map(({ key, value }) => `${JSON.stringify(key)}: ${block(value, indent, style, compact)}`);
  const separator = `,${style.eol}${indent}`;
  if (first === undefined) {
    return {
      start: node.offset + 1,
      end: end(node) - 1,
      text: `${style.eol}${indent}${written.join(separator)}${style.eol}${closeIndent}`,
    };
  }
  if (at === 0) return { start: first.offset, end: first.offset, text: `${written.join(separator)}${separator}` };
  const before = props[at - 1] as JsonNode;
  return { start: end(before), end: end(before), text: written.map((w) => `${separator}${w}`).join('') };
}
