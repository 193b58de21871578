/**
 * The playground's editor: CodeMirror 6, which draws only the lines in
 * view, so that a keystroke on a 4 MB document costs about what it costs
 * on a small one (a <textarea> lays out the whole text on every keystroke).
 * YAML or JSON highlighting (chosen from the text's first character), line
 * numbers, the lint's findings as diagnostics, and the characters that hide
 * or reorder text shown as `\u202E`, as the findings list shows them.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab, isolateHistory } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, forEachDiagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { uninert, visible } from '../../functions/lib/quote';

/** A lint result as the worker sends it: Spectral's, with 0-based lines and characters. */
export interface LintResult {
  readonly code: string | number;
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
  readonly severity: number;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
}

/** How a message is shown anywhere outside the document's own text: the braces `inert` broke joined again, hidden characters shown. */
export const shown = (message: string): string => visible(uninert(message));

/**
 * The characters CodeMirror does not already show as a placeholder, from
 * those `visible()` shows (functions/lib/quote.ts): the bidi embeddings and
 * the first-strong isolate (U+202A-U+202C, U+2068; CodeMirror covers the
 * overrides, the marks and the other isolates), the Mongolian vowel
 * separator, the word joiner and the invisible operators. The zero-width
 * joiners stay as they are: emoji and several scripts need them.
 */
const MORE_SPECIAL_CHARS = /[\u180e\u202a-\u202c\u2060-\u2064\u2068]/;

/** `\u202E`, as `visible()` writes it, in place of the character, with its name for a screen reader. */
function renderSpecialChar(code: number, description: string | null): HTMLElement {
  const span = document.createElement('span');
  span.className = 'cm-specialChar';
  span.textContent = `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = description ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  span.title = name;
  span.setAttribute('aria-label', name);
  return span;
}

const YAML = yaml();
const JSON_MODE = json();
const language = new Compartment();
/** JSON when the text starts with `{` or `[` (YAML reads JSON too, but JSON's own grammar highlights it better). */
const languageFor = (start: string): Extension => (/^\s*[[{]/.test(start) ? JSON_MODE : YAML);

/** A text whose start changes from YAML to JSON or back switches the highlighting with it. */
const followLanguage = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged) return null;
  let touchesStart = false;
  tr.changes.iterChangedRanges((fromA) => {
    if (fromA < 256) touchesStart = true;
  });
  if (!touchesStart) return null;
  const wanted = languageFor(tr.newDoc.sliceString(0, 256));
  return language.get(tr.startState) === wanted ? null : { effects: language.reconfigure(wanted) };
});

const theme = EditorView.theme({
  '&': { height: '100%', flex: '1', minWidth: '0', fontSize: '13px', backgroundColor: '#fff' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', lineHeight: '18px' },
  '.cm-gutters': { backgroundColor: 'var(--head)', color: 'var(--muted)', borderRight: '1px solid var(--line)' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 6px 0 8px', fontVariantNumeric: 'tabular-nums' },
  // A finding's message, on hover: as wide as a paragraph, not the window.
  '.cm-tooltip.cm-tooltip-hover': { maxWidth: 'min(560px, 90vw)' },
  '.cm-specialChar': { color: '#b00020', backgroundColor: '#fde7ea', borderRadius: '2px', fontSize: '11px' },
});

/** What the editor is made of, around the document's own text. */
function extensions(onUpdate: Extension): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    lintGutter(),
    highlightSpecialChars({ addSpecialChars: MORE_SPECIAL_CHARS, render: renderSpecialChar }),
    history(),
    drawSelection(),
    bracketMatching(),
    highlightActiveLine(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab]),
    EditorState.tabSize.of(2),
    placeholder('Paste or drop an OpenAPI document (YAML or JSON), or open a file'),
    EditorView.contentAttributes.of({
      'aria-label': 'OpenAPI document (YAML or JSON)',
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
    }),
    followLanguage,
    theme,
    onUpdate,
  ];
}

export function createEditor(parent: HTMLElement, onUpdate: Extension): EditorView {
  return new EditorView({ parent, state: newState('', onUpdate) });
}

/** A fresh state for another document: no undo history into the last one, the language its text calls for. */
export function newState(text: string, onUpdate: Extension): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [language.of(languageFor(text.slice(0, 256))), ...extensions(onUpdate)],
  });
}

const SEVERITIES: ReadonlyArray<Diagnostic['severity']> = ['error', 'warning', 'info', 'hint'];

/** The position of a 0-based line and character, kept inside the document. */
function positionOf(doc: Text, line: number, character: number): number {
  const at = doc.line(Math.min(Math.max(line + 1, 1), doc.lines));
  return at.from + Math.min(Math.max(character, 0), at.length);
}

/**
 * The findings as diagnostics of the text they were found in. A finding
 * on a whole object (an operation, a response) spans many lines, from just
 * after its key: it is marked on that first line only, key and all (the
 * findings list points at that line too), not on the whole object.
 */
export function diagnosticsOf(doc: Text, results: readonly LintResult[]): Diagnostic[] {
  return results.map((r) => {
    let from = positionOf(doc, r.range.start.line, r.range.start.character);
    let to: number;
    if (r.range.end.line === r.range.start.line)
      to = Math.max(from, positionOf(doc, r.range.end.line, r.range.end.character));
    else {
      const line = doc.lineAt(from);
      from = Math.min(from, line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0));
      to = line.to;
    }
    return { from, to, severity: SEVERITIES[r.severity] ?? 'hint', source: String(r.code), message: shown(r.message) };
  });
}

export function showDiagnostics(view: EditorView, diagnostics: readonly Diagnostic[]): void {
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** The diagnostics the editor holds, where they are now (for the tests and the browser's console). */
export function currentDiagnostics(
  view: EditorView,
): Array<{ line: number; from: number; to: number; severity: string; source: string | undefined; message: string }> {
  const out: Array<{
    line: number;
    from: number;
    to: number;
    severity: string;
    source: string | undefined;
    message: string;
  }> = [];
  forEachDiagnostic(view.state, (d, from, to) =>
    out.push({
      line: view.state.doc.lineAt(from).number,
      from,
      to,
      severity: d.severity,
      source: d.source,
      message: d.message,
    }),
  );
  return out;
}

/** Selects a 1-based line and scrolls it to the middle of the editor. */
export function selectLine(view: EditorView, line: number): boolean {
  if (line < 1 || line > view.state.doc.lines) return false;
  const at = view.state.doc.line(line);
  view.dispatch({
    selection: { anchor: at.from, head: at.to },
    effects: EditorView.scrollIntoView(at.from, { y: 'center' }),
  });
  view.focus();
  return true;
}

/** The one change from `before` to `after`: what lies between their common start and their common end. */
export function changeBetween(before: string, after: string): { from: number; to: number; insert: string } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/** The user event of a fix applied (main.ts lints at once after one). */
export const FIX_EVENT = 'fix.apply';

/** Replaces the editor's text `before` (which it holds) with `after`, as one undo step. */
export function applyText(view: EditorView, before: string, after: string): void {
  view.dispatch({
    changes: changeBetween(before, after),
    userEvent: FIX_EVENT,
    annotations: isolateHistory.of('full'),
  });
}
