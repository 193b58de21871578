/**
 * The test harness: runs a real Spectral instance with the ruleset built
 * from the sources (test/esbuild-transform.cjs compiles them, so an edit is tested without a
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

const ruleset = defaultRuleset;
/** The strict mode's ruleset (`spectral-http-status/strict`). */
export const strict = strictRuleset;

const SEVERITIES = ['error', 'warn', 'info', 'hint'] as const;
type SeverityName = (typeof SEVERITIES)[number];

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
  return dump(doc, { noRefs: true, lineWidth: -1 });
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * swagger-parser knows no OpenAPI 3.2: a 3.2 test document is checked as the
 * 3.1 document it would be without what 3.2 adds. Each `query` and
 * `additionalOperations` operation moves to a webhook of its own (as a
 * `post`, so it is validated as an Operation Object), `in: querystring`
 * reads as `in: query`, and a response's `summary` is dropped.
 */
export function as31(doc: Json): Json {
  const moved: Json[] = [];
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isJson(node)) return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (
        key === 'query' &&
        isJson(value) &&
        !('type' in value || '$ref' in value || 'schema' in value || 'properties' in value)
      )
        moved.push(visit(value) as Json);
      else if (key === 'additionalOperations' && isJson(value))
        for (const op of Object.values(value)) moved.push(visit(op) as Json);
      else if (key === 'in' && value === 'querystring') out[key] = 'query';
      else out[key] = visit(value);
    }
    return out;
  };
  const copy = visit(doc) as Json;
  copy.openapi = '3.1.1';
  const webhooks: Json = isJson(copy.webhooks) ? { ...copy.webhooks } : {};
  moved.forEach((op, i) => {
    webhooks[`oas32-operation-${i}`] = {
      post: {
        ...op,
        parameters: ((op.parameters as unknown[] | undefined) ?? []).filter((p) => !(isJson(p) && p.in === 'path')),
      },
    };
  });
  if (moved.length > 0) copy.webhooks = webhooks;
  // A 3.2 response's `summary` has no place in 3.1.
  const strip = (node: unknown, inResponses: boolean): void => {
    if (Array.isArray(node)) node.forEach((n) => strip(n, false));
    if (!isJson(node)) return;
    for (const [key, value] of Object.entries(node)) {
      // 3.2 also made a response's `description` optional.
      if (inResponses && isJson(value) && !('$ref' in value)) {
        if (value.description === undefined)
          value.description = typeof value.summary === 'string' ? value.summary : 'A response';
        delete value.summary;
      }
      strip(value, key === 'responses');
    }
  };
  strip(copy, false);
  return copy;
}

async function assertValidOpenApi(doc: unknown, source?: string): Promise<void> {
  const parsed = typeof doc === 'string' ? doc : JSON.parse(JSON.stringify(doc));
  const copy =
    isJson(parsed) && typeof parsed.openapi === 'string' && /^3\.2\./.test(parsed.openapi) ? as31(parsed) : parsed;
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
