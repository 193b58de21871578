/**
 * One context: every rule reads the matrix and the profiles the user
 * configured, so no two rules disagree about a code. A rule that asks for a
 * code never sees it reported as not belonging once declared, and a code
 * reported as not belonging is not also judged for its headers.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { STATUS_CODES } from '../functions/data/status-codes';
import { createRuleset } from '../entry/functions';
import { lint, LintFinding } from './helpers/lint';
import { Version, VERSIONS, document, parameter, responses, withBody } from './helpers/docs';

const CUSTOM = createRuleset({
  matrix: { allow: { delete: [202], get: [201] }, forbid: { get: [304], put: [412] } },
  profiles: {
    job: {
      kind: 'core',
      summary: 'an asynchronous job',
      methods: {
        get: { required: [[200]], allowed: [304] },
        put: { required: [[202]], allowed: [409] },
        delete: { required: [[202]] },
      },
    },
  },
});

/** The same configuration in the strict mode, whose matrix keeps the guide's table (202 only on POST). */
const STRICT_CUSTOM = createRuleset({
  mode: 'strict',
  matrix: { allow: { delete: [202], get: [201] }, forbid: { get: [304], put: [412] } },
  profiles: {
    job: {
      kind: 'core',
      summary: 'an asynchronous job',
      methods: {
        get: { required: [[200]], allowed: [304] },
        put: { required: [[202]], allowed: [409] },
        delete: { required: [[202]] },
      },
    },
  },
});

const FORBIDDING = ['http-status-method-matrix', 'http-status-profile-forbidden'];
const ASKING = ['http-status-error-expected', 'http-status-profile-required'];
const HEADER_RULES =
  /^http-status-(location|allow|retry-after|www-authenticate|content-range)-header$|^http-status-request-headers$|^http-status-profile-headers$/;

/** Every shape of input that makes error-expected ask for a code, on one method. */
function shapes(
  v: Version,
  method: string,
  declared: readonly (string | number)[],
  success = '200',
): Record<string, unknown> {
  const headers = ['If-Match', 'If-None-Match', 'Range', 'Expect'].map((name) => parameter(v, { name, in: 'header' }));
  const op: Record<string, unknown> = {
    parameters: [parameter(v, { name: 'id', in: 'path' }), ...headers],
    security: [{ key: [] }],
    responses: responses(v, [success, ...declared.filter((c) => String(c) !== success)]),
  };
  return ['put', 'post', 'patch'].includes(method) ? withBody(v, op) : op;
}

function doc(
  v: Version,
  declared: Record<string, readonly (string | number)[]>,
  profiled = true,
): Record<string, unknown> {
  const security =
    v === '2.0'
      ? { securityDefinitions: { key: { type: 'apiKey', name: 'k', in: 'header' } } }
      : { components: { securitySchemes: { key: { type: 'apiKey', name: 'k', in: 'header' } } } };
  return document(
    v,
    {
      '/jobs/{id}': {
        ...(profiled ? { 'x-profiles': ['job'] } : {}),
        ...Object.fromEntries(
          ['get', 'put', 'delete'].map((m) => [
            m,
            shapes(v, m, declared[`job ${m}`] ?? [], m === 'get' || !profiled ? '200' : '202'),
          ]),
        ),
      },
      '/things/{id}': Object.fromEntries(
        ['get', 'put', 'post', 'patch', 'delete'].map((m) => [m, shapes(v, m, declared[`thing ${m}`] ?? [])]),
      ),
    },
    security,
  );
}

const where = (f: LintFinding): string => {
  const [, item, method] = f.path.split('.');
  return `${item === '/jobs/{id}' ? 'job' : 'thing'} ${method}`;
};

async function asked(
  ruleset: RulesetDefinition,
  v: Version,
  declared: Record<string, readonly (string | number)[]>,
  profiled: boolean,
): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const f of await lint(doc(v, declared, profiled), { ruleset })) {
    if (!ASKING.includes(f.code)) continue;
    const codes = [...f.message.matchAll(/(?:declare|with) (\d{3}) [A-Z]/g)].map((m) => Number(m[1]));
    (out[where(f)] ??= []).push(...codes);
  }
  return out;
}

describe.each(VERSIONS)('one context (%s)', (v) => {
  test.each([
    ['the default ruleset', undefined],
    ['a custom matrix and a custom profile', CUSTOM],
    ['the same in the strict mode', STRICT_CUSTOM],
  ])(
    'with %s: a code a rule asks for is, once declared, reported by no rule as not belonging',
    async (_what, ruleset) => {
      const rs = ruleset ?? (await import('../entry')).default;
      // The default profiles have no `job`: that resource is left undeclared there.
      const profiled = ruleset !== undefined;
      const wanted = await asked(rs, v, {}, profiled);
      expect(Object.keys(wanted).length).toBeGreaterThan(3);
      // The documents before and after differ only by the codes asked for.
      expect((await lint(doc(v, {}, profiled), { ruleset: rs })).filter((f) => FORBIDDING.includes(f.code))).toEqual(
        [],
      );
      const found = await lint(doc(v, wanted, profiled), { ruleset: rs });
      expect(found.filter((f) => FORBIDDING.includes(f.code)).map((f) => `${f.code} ${f.path}`)).toEqual([]);
    },
  );

  test('with a custom matrix and profile: a code reported as not belonging is judged by no other rule', async () => {
    // Declare every registered code everywhere: some belong, some do not.
    const all = STATUS_CODES.filter((e) => e.state === 'registered').map((e) => e.code);
    const declared = Object.fromEntries(
      ['job get', 'job put', 'job delete', 'thing get', 'thing put', 'thing post', 'thing patch', 'thing delete'].map(
        (k) => [k, all],
      ),
    );
    const found = await lint(doc(v, declared), { ruleset: CUSTOM, valid: false });
    const forbidden = new Set(found.filter((f) => FORBIDDING.includes(f.code)).map((f) => f.path));
    expect(forbidden.size).toBeGreaterThan(20);
    const judgedAgain = found.filter((f) => HEADER_RULES.test(f.code) && forbidden.has(f.path));
    expect(judgedAgain.map((f) => `${f.code} ${f.path}`)).toEqual([]);
    // Both rules that judge codes never speak about the same key.
    const byPath = new Map<string, string[]>();
    for (const f of found.filter((x) => FORBIDDING.includes(x.code)))
      byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.code]);
    expect([...byPath.values()].filter((codes) => codes.length > 1)).toEqual([]);
  });

  test("a custom profile's PUT that answers 202 is accepted by the matrix rule too (strict mode, whose matrix gives 202 to POST only)", async () => {
    const found = await lint(doc(v, { 'job put': [202] }), { ruleset: STRICT_CUSTOM });
    expect(found.filter((f) => f.path.startsWith('paths./jobs/{id}.put.responses.202'))).toEqual([]);
    const plain = await lint(doc(v, { 'thing put': [202] }), { ruleset: STRICT_CUSTOM });
    expect(plain.filter((f) => f.path === 'paths./things/{id}.put.responses.202').map((f) => f.code)).toEqual([
      'http-status-method-matrix',
    ]);
  });
});
