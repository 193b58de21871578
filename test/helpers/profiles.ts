/** Compact builders for profile tests: a resource is a map of method -> codes. */
import { Version, document, parameter, response, withBody } from './docs';

interface OpSpec {
  /** Status codes; `201:Location` declares the header on that response. */
  readonly codes: readonly string[];
  readonly body?: boolean;
  /** Header parameters the operation takes. */
  readonly params?: readonly string[];
  readonly xProfiles?: readonly string[];
}

export type ResourceSpec = Record<string, OpSpec | readonly string[] | undefined> & {
  'x-profiles'?: readonly string[];
};

function op(version: Version, spec: OpSpec | readonly string[]): Record<string, unknown> {
  const s: OpSpec = Array.isArray(spec) ? { codes: spec as readonly string[] } : (spec as OpSpec);
  const responses: Record<string, unknown> = {};
  for (const entry of s.codes) {
    const [code, ...headers] = entry.split(':');
    responses[code ?? ''] = response(version, { headers });
  }
  let out: Record<string, unknown> = { responses };
  if (s.params !== undefined) out.parameters = s.params.map((name) => parameter(version, { name, in: 'header' }));
  if (s.body === true) out = withBody(version, out);
  if (s.xProfiles !== undefined) out['x-profiles'] = [...s.xProfiles];
  return out;
}

function resource(version: Version, spec: ResourceSpec, path = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Swagger 2.0 validators insist that template parameters are declared.
  const templates = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  if (version === '2.0' && templates.length > 0)
    out.parameters = templates.map((name) => parameter(version, { name, in: 'path' }));
  for (const [key, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    out[key] = key === 'x-profiles' ? [...(value as readonly string[])] : op(version, value);
  }
  return out;
}

export function profileDocument(
  version: Version,
  resources: Record<string, ResourceSpec>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return document(
    version,
    Object.fromEntries(Object.entries(resources).map(([p, r]) => [p, resource(version, r, p)])),
    extra,
  );
}
