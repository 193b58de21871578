/**
 * The test harness: runs a real Spectral instance with the ruleset built
 * from the sources (ts-jest compiles them, so an edit is tested without a
 * build; test/cli.test.ts, test/package.test.ts and test/hosts.test.ts test
 * the built dist/ as users load it) on a document, and returns its findings
 * in a form tests can assert on.
 */
import { Document, Spectral } from '@stoplight/spectral-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import * as Parsers from '@stoplight/spectral-parsers';
import { validateOpenApi } from './openapi-validate';
import { dump } from 'js-yaml';
import * as path from 'node:path';

import defaultRuleset from '../../entry';
import strictRuleset from '../../entry/strict';

const ruleset = defaultRuleset as RulesetDefinition;
/** The strict mode's ruleset (`spectral-http-status/strict`). */
export const strict = strictRuleset as RulesetDefinition;

export const SEVERITIES = ['error', 'warn', 'info', 'hint'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

export interface LintFinding {
  readonly code: string;
  /** The finding's path joined with dots: `paths./orders.get.responses.201`. */
  readonly path: string;
  readonly severity: SeverityName;
  readonly message: string;
  /** 1-based line of the finding's start, as editors show it. */
  readonly line: number;
}

export interface LintOptions {
  /** Keep only this rule's findings. */
  readonly rule?: string;
  /**
   * Whether the document is valid OpenAPI; valid ones are checked with
   * swagger-parser first, so a test never passes on a malformed document by
   * accident. Default true.
   */
  readonly valid?: boolean;
  /** The file name the document is linted as (relative $refs resolve from it). */
  readonly source?: string;
  /** A ruleset other than the default. */
  readonly ruleset?: RulesetDefinition;
}

export function toYaml(doc: unknown): string {
  return dump(doc, { noRefs: true, lineWidth: -1});
}

export async function assertValidOpenApi(doc: unknown, source?: string): Promise<void> {
  const copy = typeof doc === 'string' ? doc : JSON.parse(JSON.stringify(doc));
  try {
    await validateOpenApi(copy as never);
  } catch (error) {
    throw new Error(`test document ${source ?? ''} is not valid OpenAPI: ${(error as Error).message}`);
  }
}

export async function lint(doc: unknown, options: LintOptions = {}): Promise<LintFinding[]> {
  if (options.valid !== false && typeof doc !== 'string') await assertValidOpenApi(doc, options.source);
  const text = typeof doc === 'string' ? doc : toYaml(doc);
  const source = options.source ?? path.join(__dirname, '..', '..', 'fixtures', '__inline__.yaml');
  const spectral = new Spectral();
  spectral.setRuleset(options.ruleset ?? ruleset);
  const results = await spectral.run(new Document(text, Parsers.Yaml, source), { ignoreUnknownFormat: false });
  return results
    .filter((r) => options.rule === undefined || r.code === options.rule)
    .map((r) => ({
      code: String(r.code),
      path: r.path.join('.'),
      severity: SEVERITIES[r.severity] ?? 'hint',
      message: r.message,
      line: r.range.start.line + 1,
    }));
}

/** The findings of one rule. */
export function testRule(rule: string, doc: unknown, options: Omit<LintOptions, 'rule'> = {}): Promise<LintFinding[]> {
  return lint(doc, { ...options, rule });
}

export { ruleset };
