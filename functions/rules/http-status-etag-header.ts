/**
 * `http-status-etag-header`: where a resource's operations take validator
 * headers (`If-Match`, `If-None-Match`, `If-Modified-Since`,
 * `If-Unmodified-Since`), its GET's 200 response declares the validator
 * they compare against (`ETag`, `Last-Modified`).
 */
import { Operation, Parameter, ResponseEntry } from '../lib/model';
import { coreHeaderOwns } from '../lib/ownership';
import { defineRule } from '../lib/rule';
import { Dict, deref, isObject, keysOf, own } from '../lib/safe';

/** Each validator, the request headers that compare against it, and where HTTP says a server sends it. */
const VALIDATORS = [
  { header: 'ETag', conditions: ['If-Match', 'If-None-Match'], cite: 'RFC 9110 §8.8.3: a server SHOULD send one' },
  {
    header: 'Last-Modified',
    conditions: ['If-Modified-Since', 'If-Unmodified-Since'],
    cite: 'RFC 9110 §8.8.2: a server SHOULD send one',
  },
] as const;

/** Descriptions of a date parameter that filters records ("only records modified since"), not a validator. */
const FILTER = /\b(only|records?|items?|results?|return(s|ed)?|filter)\b/i;

/**
 * Whether a conditional header parameter compares against the GET's
 * representation. Not on POST (its If-Match guards another resource, such
 * as a new version's upload), and not a date header used as a filter: an
 * ISO date-time (HTTP dates are not) or a description that says it selects
 * records.
 */
function validates(operation: Operation, parameter: Parameter): boolean {
  if (operation.method === 'post') return false;
  if (parameter.key !== 'if-modified-since' && parameter.key !== 'if-unmodified-since') return true;
  const schema = deref(operation.root, own(parameter.node, 'schema')) ?? parameter.node;
  const description = own(parameter.node, 'description');
  return own(schema, 'format') !== 'date-time' && !(typeof description === 'string' && FILTER.test(description));
}

/** The first operation of the resource that takes one of the headers as a validator, with the header as written. */
function takenBy(
  operations: readonly Operation[],
  headers: readonly string[],
): { operation: Operation; header: string } | undefined {
  const wanted = headers.map((h) => h.toLowerCase());
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header' && wanted.includes(parameter.key) && validates(operation, parameter))
        return { operation, header: parameter.name };
    }
  }
  return undefined;
}

/** Whether the 200's body carries the validator itself (Box's `etag` field), which clients then send back. */
function inBody(ok: ResponseEntry, header: string): boolean {
  const root = ok.operation.root;
  const content = own(ok.response, 'content');
  const schemas =
    ok.operation.version === '2.0'
      ? [own(ok.response, 'schema')]
      : keysOf(content).map((type) => own(own(content, type), 'schema'));
  const field = header === 'ETag' ? /^e_?tag$/i : /^last_?modified(_at)?$/i;
  return schemas.some((schema) => hasProperty(root, schema, field, 0, new Set()));
}

const COMBINERS = ['allOf', 'oneOf', 'anyOf'];

/** Whether a schema (through `$ref`s and `allOf`/`oneOf`/`anyOf`, a few levels deep) has a property whose name matches. */
function hasProperty(root: Dict, value: unknown, field: RegExp, depth: number, seen: Set<unknown>): boolean {
  const schema = deref(root, value);
  if (!isObject(schema) || depth > 8 || seen.has(schema)) return false;
  seen.add(schema);
  if (keysOf(own(schema, 'properties')).some((name) => field.test(name))) return true;
  for (const combiner of COMBINERS) {
    const parts = own(schema, combiner);
    if (Array.isArray(parts) && parts.some((part) => hasProperty(root, part, field, depth + 1, seen))) return true;
  }
  return false;
}

export default defineRule({
  id: 'http-status-etag-header',
  description:
    "Where a resource's operations take If-Match or If-None-Match (If-Modified-Since, If-Unmodified-Since), its GET 200 response declares ETag (Last-Modified).",
  severity: 'warn',
  basis: 'http',
  visit: {
    each: 'resource',
    check({ entry: resource }, run) {
      const get = resource.operations.find((operation) => operation.method === 'get');
      const ok = get?.responses.find((response: ResponseEntry) => response.code === 200);
      if (get === undefined || ok === undefined || ok.response === undefined) return;
      for (const { header, conditions, cite } of VALIDATORS) {
        const taken = takenBy(resource.operations, conditions);
        if (taken === undefined || ok.headerNames.has(header.toLowerCase()) || inBody(ok, header)) continue;
        if (!coreHeaderOwns(run, ok, 200, header.toLowerCase(), [200])) continue;
        const what = taken.operation === get ? taken.header : `the ${taken.header} of ${taken.operation.label}`;
        run.reportResponse(ok, {
          subject: header,
          perOperation: `${get.label} declares 200 OK with no ${header} header for ${what} to compare against; add one to its \`headers\` (${cite}).`,
          shared: (name, users) =>
            `The shared response '${name}', which ${users} as 200 OK, has no ${header} header for the ${taken.header} of ${taken.operation.label} to compare against; add one to its \`headers\` (${cite}).`,
        });
      }
    },
  },
});
