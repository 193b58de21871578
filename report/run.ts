/**
 * One Spectral run with the notes the status-code map needs: the document
 * parsed as the Spectral CLI parses it (its YAML parser, which reads JSON
 * too), the rule functions' notes collected for the run. No Node built-ins:
 * the report command (report/lint.ts) and the playground's worker both run
 * it, each with its own resolver.
 */
import { Document } from '@stoplight/spectral-core';
import type { IRuleResult, Spectral } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { FindingNote, collectingNotes } from '../functions/lib/finding-notes';
import type { JsonPath } from '../functions/lib/safe';

/** What a run gives the map (its fields are `buildStatusMap`'s input of the same names). */
export interface LintOutcome {
  readonly results: readonly IRuleResult[];
  readonly notes: readonly FindingNote[];
  readonly written: unknown;
  readonly resolved: unknown;
  readonly text: string;
  readonly source: string;
  /** 1-based line and character of a path of the document. */
  locate(path: JsonPath): { line: number; character: number } | undefined;
}

/** Lints a document's text, named `source`, with a Spectral instance that has its ruleset; Spectral's exceptions propagate. */
export async function runWithNotes(
  spectral: Spectral,
  text: string,
  source: string,
  ignoreUnknownFormat = false,
): Promise<LintOutcome> {
  const document = new Document(text, Parsers.Yaml, source);
  const notes: FindingNote[] = [];
  const { resolved, results } = await collectingNotes(
    (note) => {
      notes.push(note);
    },
    () => spectral.runWithResolved(document, { ignoreUnknownFormat }),
  );
  return {
    results,
    notes,
    written: document.data,
    resolved,
    text,
    source,
    locate: (at) => {
      const range = document.getRangeForJsonPath(at as Array<string | number>, true);
      return range === undefined ? undefined : { line: range.start.line + 1, character: range.start.character + 1 };
    },
  };
}
