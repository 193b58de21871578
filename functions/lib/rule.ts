/**
 * What a rule is, and how it becomes a Spectral function.
 *
 * A rule is one module under `functions/rules/`, named by its id, that
 * calls `defineRule` with everything about it: id, description, default
 * severity, the basis of what it checks, its own options, and its check,
 * with what the check visits (the document, each resource, operation or
 * response). The loop over what it visits, the index by status code, the
 * collection of findings, waivers and the mapping of paths onto the
 * document as written live here, once.
 *
 * Every rule is given the document root (`given: $`, `resolved: false`), so
 * that its findings are reported against the file the user edits; it reads
 * the dereferenced document from `context.documentInventory.resolved`. The
 * Spectral function never throws: an exception in a custom function aborts
 * the user's whole Spectral run.
 */
import type { IFunctionResult, RulesetFunctionContext, RulesetFunctionWithValidator } from '@stoplight/spectral-core';
import { OptionDefaults, Run, configCache } from './context';
import { DocumentModel, Operation, ResponseEntry, getModel, responsesWithCode } from './model';
import { SHARED_OPTION_PROPERTIES, optionsSchema } from './option-schemas';
import { ProfiledOperation, ResourceProfiles, analyseProfiles, profiled } from './profiles';
import { JsonPath, PrefixWalker, describeValue } from './safe';
import { WaiverEntry, waiverFor } from './waivers';
import { FindingNote, noteCollector } from './finding-notes';
import { mayHaveAliases } from './text-scan';
import { Occurrence, keysOf } from './finding-keys';
import { placeResponseProblem } from './shared-responses';
import { skippedAt } from './skip';
import { inert, quote } from './quote';
import { rulesetFunction } from './validators';

export type Severity = 'error' | 'warn' | 'info' | 'hint';

/** What a rule's findings rest on; every finding's message names it. */
export type Basis = 'openapi' | 'iana' | 'http' | 'matrix' | 'completeness' | 'profile';

/** How the docs name each basis. */
export const BASES: Readonly<Record<Basis, string>> = {
  openapi: 'the OpenAPI specification',
  iana: 'the IANA status code registry',
  http: 'HTTP semantics (RFC 9110 and the RFCs it cites)',
  matrix: "the REST guide's method/status matrix (a policy, configurable)",
  completeness: 'documentation completeness',
  profile: 'the declared Level 3 profile',
};

export interface Finding {
  readonly message: string;
  readonly path: JsonPath;
  /** The codes a "missing" finding asks for (one of them). */
  readonly expects?: readonly number[];
  /** What the finding is about beyond its place and code (a header), for its semantic key. */
  readonly subject?: string;
  /** The places it stands for, when it stands for more than its path (a shared response's problem): one semantic key each. */
  readonly occurrences?: readonly Occurrence[];
}

/** What a rule's check visits, and the check for each. */
export type Visit<O> =
  | { readonly each: 'document'; check(model: DocumentModel, run: Run<O>): void }
  /** Each path item under `paths`, with the profiles it declares. */
  | { readonly each: 'resource'; check(resource: ResourceProfiles, run: Run<O>): void }
  | { readonly each: 'operation'; check(operation: Operation, run: Run<O>): void }
  /** Each operation whose declared profiles offer its method. */
  | { readonly each: 'profiled-operation'; check(operation: ProfiledOperation, run: Run<O>): void }
  /** Each response; with `codes`, only the responses with those (judgeable) codes, read through an index by code. */
  | { readonly each: 'response'; readonly codes?: readonly number[]; check(entry: ResponseEntry, run: Run<O>): void }
  /** Each response of an operation whose declared profiles offer its method. */
  | {
      readonly each: 'profiled-response';
      check(entry: ResponseEntry, operation: ProfiledOperation, run: Run<O>): void;
    };

export interface RuleSpec<Id extends string, O> {
  readonly id: Id;
  /** One sentence: what holds when the rule is satisfied (Spectral shows it in SARIF and in `spectral lint` listings). */
  readonly description: string;
  readonly severity: Severity;
  /** Whether the recommended set turns it on (default true). */
  readonly recommended?: boolean;
  readonly basis: Basis;
  /**
   * What its findings on a declared code say, for the status-code map:
   * that the code does not belong (`forbidden`), or that the response has a
   * problem (`problem`, the default). Its findings elsewhere (on the
   * operation) are problems.
   */
  readonly declared?: 'forbidden' | 'problem';
  /** The rule's own options (JSON schema properties) and their defaults (per mode where they differ); the shared options come on top. */
  readonly options?: OptionDefaults<O> & { readonly properties: Readonly<Record<string, unknown>> };
  readonly visit: Visit<O>;
}

export interface Rule<Id extends string = string, O = unknown> extends RuleSpec<Id, O> {
  readonly recommended: boolean;
  /** The Spectral function's name (`httpStatusCodeFormat`), which Spectral's option errors quote. */
  readonly functionName: string;
  /** The Spectral function: options are the shared ones plus the rule's own. */
  readonly fn: RulesetFunctionWithValidator<unknown, Record<string, unknown> | null>;
  /** The names of the options the function takes, shared ones included. */
  readonly optionNames: readonly string[];
  /** The findings on a model, without Spectral (paths as the check made them): for tests and tools. */
  findings(model: DocumentModel, options?: unknown, written?: unknown): Finding[];
}

/**
 * The ids of the rules defined so far. The registry (rules/index.ts)
 * imports every rule module, so once it has loaded this is every rule of
 * the ruleset; `http-status-ignore-reason` reads it to tell a waiver's
 * rule name from a typo without importing the registry that imports it.
 */
const defined = new Set<string>();

export function definedRuleIds(): ReadonlySet<string> {
  return defined;
}

/** `http-status-code-format` -> `httpStatusCodeFormat`. */
export function functionNameOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Calls the check on everything it visits. */
function walk<O>(visit: Visit<O>, run: Run<O>): void {
  const model = run.model;
  switch (visit.each) {
    case 'document':
      visit.check(model, run);
      return;
    case 'resource': {
      for (const resource of analyseProfiles(model, run.profiles).resources) visit.check(resource, run);
      return;
    }
    case 'operation': {
      const operations = model.operations;
      for (let o = 0; o < operations.length; o++) visit.check(operations[o] as Operation, run);
      return;
    }
    case 'response': {
      if (visit.codes !== undefined) {
        for (const code of visit.codes) {
          const entries = responsesWithCode(model, code);
          for (let i = 0; i < entries.length; i++) visit.check(entries[i] as ResponseEntry, run);
        }
        return;
      }
      const operations = model.operations;
      for (let o = 0; o < operations.length; o++) {
        const responses = (operations[o] as Operation).responses;
        for (let i = 0; i < responses.length; i++) visit.check(responses[i] as ResponseEntry, run);
      }
      return;
    }
    case 'profiled-operation':
      for (const operation of profiledOperations(run)) visit.check(operation, run);
      return;
    case 'profiled-response':
      for (const operation of profiledOperations(run)) {
        const responses = operation.operation.responses;
        for (let i = 0; i < responses.length; i++) visit.check(responses[i] as ResponseEntry, operation, run);
      }
      return;
  }
}

/** The operations under `paths` whose declared profiles offer their method, resource by resource. */
function profiledOperations<O>(run: Run<O>): ProfiledOperation[] {
  const out: ProfiledOperation[] = [];
  if (!run.model.mentions.profiles) return out;
  for (const resource of analyseProfiles(run.model, run.profiles).resources) {
    for (const operation of resource.operations.keys()) {
      const found = profiled(run.model, run.profiles, operation);
      if (found !== undefined) out.push(found);
    }
  }
  return out;
}

/** The name of the rule running the function (a user may run it under another name); waivers are per rule. */
function ruleName(context: RulesetFunctionContext | undefined): string | undefined {
  const name = (context?.rule as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

function resolvedRoot(context: RulesetFunctionContext | undefined): unknown {
  return (context?.documentInventory as { resolved?: unknown } | undefined)?.resolved;
}

function documentText(context: RulesetFunctionContext | undefined): unknown {
  return (context?.document as { input?: unknown } | undefined)?.input;
}

interface ParsedDocument {
  readonly diagnostics?: ReadonlyArray<{
    readonly code?: unknown;
    readonly severity?: unknown;
    readonly range?: { readonly start?: { readonly line?: unknown } };
  }>;
  getRangeForJsonPath?(
    path: JsonPath,
    closest?: boolean,
  ): { readonly start: { readonly line: number }; readonly end: { readonly line: number } } | undefined;
}

const ALWAYS_CLEAN = (_path: JsonPath): boolean => true;

/**
 * Where Spectral can place a finding. Inside a YAML alias (`responses:
 * *std`) the parser has no node for a path below the alias, and Spectral
 * would put the finding on the document's first line; the nearest ancestor
 * it can place (the alias itself) is where the user looks. Only documents
 * with anchors are checked: elsewhere every path the rules report exists.
 */
const anchored = new WeakMap<object, boolean>();

function placer(
  context: RulesetFunctionContext | undefined,
): ((path: Array<string | number>) => Array<string | number>) | undefined {
  const text = documentText(context);
  const document = context?.document as ParsedDocument | undefined;
  if (typeof text !== 'string' || typeof document?.getRangeForJsonPath !== 'function') return undefined;
  // One scan of the text per document, not one per rule: on a 10 MB
  // document the scan costs more than a rule's whole check.
  let hasAnchor = anchored.get(document);
  if (hasAnchor === undefined) anchored.set(document, (hasAnchor = mayHaveAliases(text)));
  if (!hasAnchor) return undefined;
  return (path) => {
    while (path.length > 0 && document.getRangeForJsonPath?.(path, true) === undefined) path.pop();
    return path;
  };
}

/**
 * Whether the parser read the document cleanly at a path: false where one
 * of its errors (a YAML tag it cannot resolve, bad indentation) lies inside
 * the node, whose content may then be missing or misplaced.
 */
function cleanReader(context: RulesetFunctionContext | undefined): (path: JsonPath) => boolean {
  const document = context?.document as ParsedDocument | undefined;
  const lines: number[] = [];
  for (const d of document?.diagnostics ?? []) {
    const line = d.range?.start?.line;
    if (d.code === 'parser' && d.severity === 0 && typeof line === 'number') lines.push(line);
  }
  if (lines.length === 0 || typeof document?.getRangeForJsonPath !== 'function') return ALWAYS_CLEAN;
  return (path) => {
    const range = document.getRangeForJsonPath?.(path, true);
    return range === undefined || !lines.some((line) => line >= range.start.line && line <= range.end.line);
  };
}

/** What a tool needs to know of a finding (lib/finding-notes.ts): what it means for the map, and its semantic keys. */
function noteOf(
  declared: 'forbidden' | 'problem' | undefined,
  model: DocumentModel,
  rule: string,
  message: string,
  finding: Finding,
  path: JsonPath,
  waiver: WaiverEntry | undefined,
): FindingNote {
  // `declared` says what a finding on a declared code means; one on the
  // operation itself (an `additionalOperations` key) is a problem of it.
  const onCode = finding.path.length >= 2 && finding.path[finding.path.length - 2] === 'responses';
  const kind = finding.expects !== undefined ? 'missing' : onCode ? (declared ?? 'problem') : 'problem';
  const occurrences = finding.occurrences ?? [
    { path: finding.path, ...(finding.subject === undefined ? {} : { subject: finding.subject }) },
  ];
  return {
    rule,
    path,
    at: [...finding.path],
    message,
    keys: keysOf(model, rule, occurrences, finding.expects),
    kind,
    ...(finding.expects === undefined ? {} : { expects: finding.expects }),
    ...(waiver === undefined ? {} : { waived: { reason: waiver.reason, path: waiver.path } }),
  };
}

/** Builds a rule from its spec. */
export function defineRule<Id extends string, O extends object = Record<string, never>>(
  spec: RuleSpec<Id, O>,
): Rule<Id, O> {
  const functionName = functionNameOf(spec.id);
  defined.add(spec.id);
  const configFor = configCache<O>(spec.options ?? { defaults: {} as O });
  const properties = { ...SHARED_OPTION_PROPERTIES, ...(spec.options?.properties ?? {}) };

  const findings = (
    model: DocumentModel,
    options?: unknown,
    written?: unknown,
    name: string = spec.id,
    readCleanly: (path: JsonPath) => boolean = ALWAYS_CLEAN,
  ): Finding[] => {
    const config = configFor(options);
    const found: Finding[] = [];
    let groups:
      | Map<string, { path: JsonPath; message: (count: number) => string; count: number; occurrences: Occurrence[] }>
      | undefined;
    const grouped = (
      key: string,
      path: JsonPath,
      message: (count: number) => string,
      occurrence: Occurrence | undefined,
    ): void => {
      const group = (groups ??= new Map()).get(key);
      if (group === undefined)
        groups.set(key, { path, message, count: 1, occurrences: occurrence === undefined ? [] : [occurrence] });
      else {
        group.count++;
        if (occurrence !== undefined) group.occurrences.push(occurrence);
      }
    };
    // Findings in the operations `skip` names are never made (lib/skip.ts).
    const skipped = config.skip === undefined ? undefined : skippedAt(model, config.skip);
    const run: Run<O> = {
      rule: name,
      model,
      written: written ?? model.root,
      mode: config.mode,
      matrix: config.matrix,
      profiles: config.profiles,
      skip: config.skip,
      options: config.options,
      report: (message, path, expects, subject) => {
        if (skipped?.(path) === true) return;
        found.push({
          message,
          path,
          ...(expects === undefined ? {} : { expects }),
          ...(subject === undefined ? {} : { subject }),
        });
      },
      reportResponse: (entry, problem) => {
        if (skipped?.(entry.path) === true) return;
        // Placement is decided here, for every rule (lib/shared-responses.ts).
        const placement = placeResponseProblem(config.mode, model, written ?? model.root, entry, problem, quote);
        if (placement.kind === 'operation')
          found.push({ message: placement.message, path: placement.path, subject: problem.subject });
        else
          grouped(placement.group, placement.path, placement.message, { path: entry.path, subject: problem.subject });
      },
      reportGrouped: (key, path, message, occurrence) => {
        if (skipped?.(occurrence?.path ?? path) === true) return;
        grouped(key, path, message, occurrence);
      },
      readCleanly,
    };
    walk(spec.visit, run);
    if (groups !== undefined) {
      for (const { path, message, count, occurrences } of groups.values())
        found.push({ message: message(count), path, ...(occurrences.length === 0 ? {} : { occurrences }) });
    }
    return found;
  };

  const spectralFunction = function (
    input: unknown,
    options: Record<string, unknown> | null,
    context: RulesetFunctionContext,
  ): IFunctionResult[] {
    const results: IFunctionResult[] = [];
    try {
      const model = getModel(resolvedRoot(context) ?? input, input, documentText(context));
      const name = ruleName(context) ?? spec.id;
      const waivable = model.mentions.waivers;
      const walker = new PrefixWalker(input);
      const found = findings(model, options, input, name, cleanReader(context));
      const place = found.length === 0 ? undefined : placer(context);
      const notes = found.length === 0 ? undefined : noteCollector();
      for (const finding of found) {
        // Findings computed on the resolved document land on the longest
        // prefix of their path that the document as written has: a finding
        // inside a `$ref`'d object lands on the `$ref` the user wrote.
        const path = walker.prefix(finding.path);
        const waiver = waivable ? waiverFor(input, path, name) : undefined;
        const placed = waiver !== undefined || place === undefined ? path : place(path);
        // Spectral's template engine reads every message (`#{{...}}` is
        // evaluated): document text in it is quoted where it enters
        // (lib/quote.ts), and the whole message is made inert here too, so
        // that no pair of braces can form where quoted text meets ours.
        const message = inert(finding.message);
        if (notes !== undefined) notes(noteOf(spec.declared, model, name, message, finding, placed, waiver));
        if (waiver === undefined) results.push({ message, path: placed });
      }
    } catch (error) {
      // Never let an exception escape into Spectral (it would abort the run
      // for every rule and every file). Report it as a finding instead, on
      // the document root, with what the user can do about it.
      results.length = 0;
      // The one known cause, said as such: a `__proto__` key above a `$ref`
      // leaves revoked proxies in the resolved document (report/map/placement.ts,
      // readOrElse). Any other exception is ours, and says so.
      const text = documentText(context);
      const proto =
        error instanceof Error &&
        error.name === 'TypeError' &&
        error.message.includes('revoked') &&
        typeof text === 'string' &&
        text.includes('__proto__');
      results.push({
        message: proto
          ? `This document has a "__proto__" key, which Spectral's parser turns into an object prototype, so ${functionName} cannot read the document reliably; rename or remove that key.`
          : `${functionName} could not check this document (${error instanceof Error ? quote(error.message) : describeValue(error)}); please report this with the document`,
        path: [],
      });
    }
    return results;
  };
  Reflect.defineProperty(spectralFunction, 'name', { value: functionName });
  // Validated by the precompiled validator of the function's name (lib/validators.ts), not compiled at load.
  const fn = rulesetFunction<Record<string, unknown> | null>(spectralFunction, functionName, optionsSchema(properties));

  return {
    ...spec,
    recommended: spec.recommended ?? true,
    functionName,
    fn,
    optionNames: Object.keys(properties),
    findings: (model, options, written) => findings(model, options, written),
  };
}
