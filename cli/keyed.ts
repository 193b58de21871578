/**
 * A lint's results joined with what this package knows of each: the rule
 * function's note and the finding's semantic keys
 * (functions/lib/finding-keys.ts). No Node built-ins: the commands
 * (./engine.ts) and the playground's fixer (playground/src/fixer.ts) both
 * use it.
 */
import type { IRuleResult } from '@stoplight/spectral-core';
import type { FindingNote } from '../functions/lib/finding-notes';
import { FindingKey, keyOf } from '../functions/lib/finding-keys';
import { getModel } from '../functions/lib/model';
import type { JsonPath } from '../functions/lib/safe';
import type { LintOutcome } from '../report/run';

/** A result with what this package knows of it. */
export interface KeyedResult {
  readonly result: IRuleResult;
  /** Its semantic keys: from the rule functions' note, or (for other rulesets' rules) worked out from its path. */
  readonly keys: readonly FindingKey[];
  /** The note this package's rule function gave, if it is one of them. */
  readonly note: FindingNote | undefined;
}

export interface DocumentLint {
  /** The document as named to Spectral (an absolute path or a URL). */
  readonly source: string;
  readonly outcome: LintOutcome;
  /** Spectral's results for the whole run (this document and the files it `$ref`s), in Spectral's order. */
  readonly results: readonly KeyedResult[];
}

const SEP = '\u0000';
const noteId = (rule: string, at: JsonPath, message: string): string => `${rule}${SEP}${at.join(SEP)}${SEP}${message}`;

/** Joins Spectral's results with the notes of the same run (same rule, path and message; in order for duplicates). */
export function keyResults(outcome: LintOutcome): KeyedResult[] {
  const notes = new Map<string, FindingNote[]>();
  for (const note of outcome.notes) {
    if (note.waived !== undefined) continue;
    const id = noteId(note.rule, note.path, note.message);
    const list = notes.get(id);
    if (list === undefined) notes.set(id, [note]);
    else list.push(note);
  }
  const model = getModel(outcome.resolved, outcome.written, outcome.text);
  return outcome.results.map((result) => {
    const rule = String(result.code);
    const note = notes.get(noteId(rule, result.path, result.message))?.shift();
    const keys =
      note?.keys !== undefined && note.keys.length > 0 ? note.keys : [keyOf(model, rule, { path: result.path })];
    return { result, keys, note };
  });
}
