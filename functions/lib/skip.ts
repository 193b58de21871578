/**
 * Operations no rule checks: `skip` (a `createRuleset` option, and a key of
 * the baseline file) names them by what they are, not where they are:
 * deprecated operations, operations (or path items) with an extension such
 * as `x-internal: true`, operations with a tag, operations of a method.
 * Asked for in Spectral, Optic and Redocly threads: the internal and the
 * deprecated parts of an API are not what a team reviews.
 */
import type { DocumentModel, Operation } from './model';
import { own } from './safe';
import type { JsonPath } from './safe';

export interface SkipOptions {
  /** Skip operations marked `deprecated: true`. */
  readonly deprecated?: boolean;
  /** Skip operations, or path items, with one of these extensions set to anything but `false` (`x-internal`). */
  readonly extensions?: readonly string[];
  /** Skip operations with one of these tags. */
  readonly tags?: readonly string[];
  /** Skip operations of these methods (any case). */
  readonly methods?: readonly string[];
}

/** The JSON schema of `skip` (createRuleset, the rules' shared options, the baseline file). */
export const SKIP_SCHEMA = {
  type: 'object',
  properties: {
    deprecated: { type: 'boolean', errorMessage: 'must be true or false' },
    extensions: {
      type: 'array',
      items: { type: 'string', pattern: '^x-', errorMessage: 'must name an extension, starting with x-' },
      errorMessage: { type: 'must be a list of extensions, e.g. [x-internal]' },
    },
    tags: {
      type: 'array',
      items: { type: 'string' },
      errorMessage: { type: 'must be a list of tags, e.g. [internal]' },
    },
    methods: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      errorMessage: { type: 'must be a list of methods, e.g. [options]' },
    },
  },
  additionalProperties: false,
  errorMessage: {
    type: 'must be a map of deprecated, extensions, tags and/or methods, e.g. { deprecated: true, extensions: [x-internal] }',
    additionalProperties: 'must name only deprecated, extensions, tags and methods',
  },
  description: 'Operations no rule checks: deprecated ones, those with an extension (x-internal), a tag, or a method.',
} as const;

const flagged = (node: unknown, extensions: readonly string[]): boolean =>
  extensions.some((name) => {
    const value = own(node, name);
    return value !== undefined && value !== null && value !== false;
  });

/** Whether `skip` names the operation. */
function isSkipped(operation: Operation, skip: SkipOptions | undefined): boolean {
  if (skip === undefined) return false;
  if (skip.deprecated === true && own(operation.node, 'deprecated') === true) return true;
  if (skip.methods !== undefined && skip.methods.some((m) => m.toLowerCase() === operation.methodName.toLowerCase()))
    return true;
  if (
    skip.extensions !== undefined &&
    (flagged(operation.node, skip.extensions) || flagged(operation.pathItem, skip.extensions))
  )
    return true;
  if (skip.tags !== undefined) {
    const tags = own(operation.node, 'tags');
    if (Array.isArray(tags) && tags.some((tag) => typeof tag === 'string' && skip.tags?.includes(tag))) return true;
  }
  return false;
}

/** Whether `skip` asks for anything. */
export function skipsAnything(skip: SkipOptions | undefined): skip is SkipOptions {
  return (
    skip !== undefined &&
    (skip.deprecated === true ||
      (skip.extensions?.length ?? 0) > 0 ||
      (skip.tags?.length ?? 0) > 0 ||
      (skip.methods?.length ?? 0) > 0)
  );
}

const SEP = '\u0000';
const cache = new WeakMap<DocumentModel, WeakMap<object, (path: JsonPath) => boolean>>();

/**
 * Whether a path of the resolved document lies in a skipped operation, or
 * in a path item all of whose operations are skipped (once per document and
 * options object).
 */
export function skippedAt(model: DocumentModel, skip: SkipOptions): (path: JsonPath) => boolean {
  let byOptions = cache.get(model);
  if (byOptions === undefined) cache.set(model, (byOptions = new WeakMap()));
  const hit = byOptions.get(skip);
  if (hit !== undefined) return hit;
  const prefixes = new Set<string>();
  for (const operation of model.operations) if (isSkipped(operation, skip)) prefixes.add(operation.path.join(SEP));
  for (const item of model.pathItems)
    if (item.operations.length > 0 && item.operations.every((op) => isSkipped(op, skip)))
      prefixes.add(item.path.join(SEP));
  const test = (path: JsonPath): boolean => {
    if (prefixes.size === 0) return false;
    for (let n = path.length; n >= 1; n--) if (prefixes.has(path.slice(0, n).join(SEP))) return true;
    return false;
  };
  byOptions.set(skip, test);
  return test;
}
