/**
 * The one way this package turns a check into a Spectral function.
 *
 * Every rule is given the document root (`given: $`, `resolved: false`), so
 * its findings are reported against the file the user edits. The function
 * reads the dereferenced document from `context.documentInventory.resolved`,
 * takes the cached operation model, runs the pure check over each
 * operation, and maps each finding's path onto the document as written.
 * It never throws: an exception in a custom function aborts the user's whole
 * Spectral run.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { IFunctionResult, RulesetFunctionContext, RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { DocumentModel, Operation, getModel } from './model';
import { JsonPath, PrefixWalker, describeValue } from './safe';
import { isWaived } from './waivers';

export interface Finding {
  readonly message: string;
  readonly path: JsonPath;
}

/**
 * A check of one operation. It runs on every operation of every document, so
 * it returns a plain array (`NO_FINDINGS` when there is nothing to report)
 * rather than a generator: with 50,000 operations and a dozen rules, a
 * generator per call is hundreds of thousands of objects for the garbage
 * collector of an already large heap.
 */
export type OperationCheck<O> = (operation: Operation, options: O, model: DocumentModel) => readonly Finding[];

/** What a check returns when it has nothing to report (shared, never to be changed). */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** JSON schema of a function's options: an object (or nothing) with these properties. */
export function optionsSchema(properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> {
  return {
    // Options that must be given cannot be null; the others may be absent.
    type: required.length > 0 ? 'object' : ['object', 'null'],
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** The name of the rule running the function (waivers are per rule). */
function ruleName(context: RulesetFunctionContext | undefined): string | undefined {
  const name = (context?.rule as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

function resolvedRoot(context: RulesetFunctionContext | undefined): unknown {
  const inventory = context?.documentInventory as { resolved?: unknown } | undefined;
  return inventory?.resolved;
}

/** A check over the whole model; `written` is the document as the user wrote it (unresolved). */
export type DocumentCheck<O> = (model: DocumentModel, options: O, written: unknown) => Iterable<Finding>;

/** A Spectral function over the whole document model. */
export function defineDocumentFunction<O>(
  name: string,
  options: Record<string, unknown>,
  check: DocumentCheck<O>,
): RulesetFunctionWithValidator<unknown, O | null> {
  const fn = function (input: unknown, opts: O | null, context: RulesetFunctionContext): IFunctionResult[] {
    const results: IFunctionResult[] = [];
    try {
      const resolved = resolvedRoot(context) ?? input;
      const model = getModel(resolved, input, (context?.document as { input?: unknown } | undefined)?.input);
      const rule = model.mentions.waivers ? ruleName(context) : undefined;
      const walker = new PrefixWalker(input);
      for (const finding of check(model, (opts ?? {}) as O, input)) {
        const path = walker.prefix(finding.path);
        if (rule !== undefined && isWaived(input, path, rule)) continue;
        results.push({ message: finding.message, path });
      }
    } catch (error) {
      // Never let an exception escape into Spectral (it would abort the run
      // for every rule and every file). Report it as a finding instead, on
      // the document root, with what the user can do about it.
      results.length = 0;
      const text = (context?.document as { input?: unknown } | undefined)?.input;
      const proto = typeof text === 'string' && text.includes('__proto__');
      results.push({
        message: proto
          ? `This document has a "__proto__" key, which Spectral's parser turns into an object prototype, so ${name} cannot read the document reliably; rename or remove that key.`
          : `${name} could not check this document (${error instanceof Error ? error.message : describeValue(error)}); please report this with the document`,
        path: [],
      });
    }
    return results;
  };
  Reflect.defineProperty(fn, 'name', { value: name });
  return createRulesetFunction<unknown, O | null>({ input: null, options: options as never }, fn);
}

/** A Spectral function that checks each operation of the model on its own. */
export function defineOperationFunction<O>(
  name: string,
  options: Record<string, unknown>,
  check: OperationCheck<O>,
): RulesetFunctionWithValidator<unknown, O | null> {
  return defineDocumentFunction<O>(name, options, (model, opts) => {
    const found: Finding[] = [];
    const operations = model.operations;
    for (let o = 0; o < operations.length; o++) {
      const findings = check(operations[o] as Operation, opts, model);
      for (let i = 0; i < findings.length; i++) found.push(findings[i] as Finding);
    }
    return found;
  });
}
