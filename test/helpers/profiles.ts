/** Compact builders for profile tests: a resource is a map of method -> codes. */
import { Version, document, parameter, response } from './docs';

export interface OpSpec {
  /** Status codes; `201:Location` declares the header on that response. */
  readonly codes: readonly string[];
  readonly body?: boolean;
  /** Header parameters the operation takes. */
  readonly params?: readonly string[];
  readonly xProfiles?: readonly string[];
}

export type ResourceSpec = Record<string, OpSpec | readonly string[] | undefined> & { 'x-profiles'?: readonly string[] };

function op(version: Version, spec: OpSpec | readonly string[]): Record<string, unknown> {
  const s: OpSpec = Array.isArray(spec) ? { codes: spec as readonly string[] } : (spec as OpSpec);
  const responses: Record<string, unknown> = {};
  for (const entry of s.codes) {
    const [code, ...headers] = entry.split(':');
    responses[code ?? ''] = response(version, { headers });
  }
  const out: Record<string, unknown> = { responses };
  if (s.params !== undefined) out.parameters = s.params.map((name) => parameter(version, { name, in: 'header' }));
  if (s.body === true) out.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } };
  if (s.xProfiles !== undefined) out['x-profiles'] = [...s.xProfiles];
  return out;
}

export function resource(version: Version, spec: ResourceSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    out[key] = key === 'x-profiles' ? [...(value as readonly string[])] : op(version, value as OpSpec);
  }
  return out;
}

export function profileDocument(version: Version, resources: Record<string, ResourceSpec>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return document(version, Object.fromEntries(Object.entries(resources).map(([p, r]) => [p, resource(version, r)])), extra);
}
