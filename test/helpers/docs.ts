/**
 * Builders for small test documents in each OpenAPI version, so one test
 * can state a case once and run it on Swagger 2.0, OpenAPI 3.0 and 3.1.
 */
export type Version = '2.0' | '3.0' | '3.1' | '3.2';
export const VERSIONS: readonly Version[] = ['2.0', '3.0', '3.1'];
export const OAS3: readonly Version[] = ['3.0', '3.1'];
/** OpenAPI 3.2 (`query`, `additionalOperations`, `in: querystring`): the tests that need it name it; `document('3.2', ...)` writes `openapi: 3.2.0`. */
export const OAS32: Version = '3.2';

type Obj = Record<string, unknown>;

export interface ResponseSpec {
  readonly description?: string;
  /** Give the response a JSON body. */
  readonly body?: boolean;
  /** Header names to declare. */
  readonly headers?: readonly string[];
}

export function response(version: Version, spec: ResponseSpec = {}): Obj {
  const out: Obj = { description: spec.description ?? 'A response' };
  if (spec.headers !== undefined && spec.headers.length > 0) {
    out.headers = Object.fromEntries(
      spec.headers.map((h) => [h, version === '2.0' ? { type: 'string' } : { schema: { type: 'string' } }]),
    );
  }
  if (spec.body === true) {
    if (version === '2.0') out.schema = { type: 'object' };
    else out.content = { 'application/json': { schema: { type: 'object' } } };
  }
  return out;
}

/** `{ '200': {...}, '404': {...} }` from codes, with optional per-code specs. */
export function responses(
  version: Version,
  codes: ReadonlyArray<string | number>,
  specs: Record<string, ResponseSpec> = {},
): Obj {
  return Object.fromEntries(codes.map((c) => [String(c), response(version, specs[String(c)] ?? {})]));
}

export interface ParamSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
}

export function parameter(version: Version, spec: ParamSpec): Obj {
  const base: Obj = { name: spec.name, in: spec.in };
  if (spec.in === 'path') base.required = true;
  if (version === '2.0') return { ...base, type: 'string' };
  return { ...base, schema: { type: 'string' } };
}

/** A request body for an operation: OAS 3 `requestBody`, Swagger 2 a `body` parameter. */
export function withBody(version: Version, operation: Obj): Obj {
  if (version === '2.0') {
    const params = (operation.parameters as Obj[] | undefined) ?? [];
    return {
      ...operation,
      parameters: [...params, { name: 'body', in: 'body', required: true, schema: { type: 'object' } }],
    };
  }
  return {
    ...operation,
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
  };
}

/** A whole document with the given paths (and optional extra root fields). */
export function document(version: Version, paths: Obj, extra: Obj = {}): Obj {
  const head: Obj =
    version === '2.0'
      ? { swagger: '2.0', info: { title: 'Test', version: '1.0.0' } }
      : {
          openapi: version === '3.0' ? '3.0.3' : version === '3.1' ? '3.1.0' : '3.2.0',
          info: { title: 'Test', version: '1.0.0' },
        };
  return { ...head, paths, ...extra };
}

/** A document with one operation. */
export function oneOperation(version: Version, path: string, method: string, operation: Obj, extra: Obj = {}): Obj {
  return document(version, { [path]: { [method]: operation } }, extra);
}
