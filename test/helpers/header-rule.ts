/** The tests every response-header rule shares: passes with the header in any case, reports each code without it, in both modes. */
import { strict, testRule } from './lint';
import { VERSIONS, Version, document, parameter, responses, withBody } from './docs';

export interface HeaderRuleCase {
  readonly rule: string;
  readonly header: string;
  /** The method of the test operation (one whose matrix row allows every code). */
  readonly method: string;
  /** The codes the rule asks the header of in the default mode. */
  readonly codes: readonly number[];
  /** In the strict mode, when they differ. */
  readonly strictCodes?: readonly number[];
  readonly severity: string;
  /** The parenthesis the message ends with: the RFC and what it says. */
  readonly because: (code: number) => string;
  /** Fields the test operation needs (security, parameters). */
  readonly operation?: (v: Version) => Record<string, unknown>;
  /** Root fields the document needs (security schemes). */
  readonly root?: (v: Version) => Record<string, unknown>;
}

function doc(
  v: Version,
  c: HeaderRuleCase,
  codes: readonly number[],
  headers: string[] | undefined,
): Record<string, unknown> {
  const specs = Object.fromEntries(codes.map((code) => [String(code), headers === undefined ? {} : { headers }]));
  const success = c.method === 'post' ? [] : [200];
  let op: Record<string, unknown> = {
    ...(c.operation?.(v) ?? {}),
    responses: responses(v, [...success, ...codes], specs),
  };
  if (codes.includes(206) || codes.includes(416))
    op.parameters = [...((op.parameters as unknown[]) ?? []), parameter(v, { name: 'Range', in: 'header' })];
  if (c.method === 'post') op = withBody(v, op);
  // An item path makes /a a collection, whose created items have URIs of their own.
  const item = { parameters: [parameter(v, { name: 'id', in: 'path' })], get: { responses: responses(v, [200]) } };
  return document(v, { '/a': { [c.method]: op }, '/a/{id}': item }, c.root?.(v) ?? {});
}

export function describeHeaderRule(c: HeaderRuleCase): void {
  const strictCodes = c.strictCodes ?? c.codes;
  const all = [...new Set([...c.codes, ...strictCodes])];
  describe(`${c.rule}: the header on its codes`, () => {
    test.each(VERSIONS)('%s: passes when the header is declared, in any case, in both modes', async (v) => {
      const d = doc(v, c, all, [c.header.toLowerCase()]);
      expect(await testRule(c.rule, d)).toEqual([]);
      expect(await testRule(c.rule, d, { ruleset: strict })).toEqual([]);
    });

    test.each(VERSIONS)(
      '%s: reports each code without it (no headers map at all) on its key, with the RFC',
      async (v) => {
        const upper = c.method.toUpperCase();
        for (const [ruleset, codes] of [
          [undefined, c.codes],
          [strict, strictCodes],
        ] as const) {
          const found = await testRule(c.rule, doc(v, c, all, undefined), { ruleset });
          expect(found.map((f) => [f.code, f.path, f.severity])).toEqual(
            codes.map((code) => [c.rule, `paths./a.${c.method}.responses.${code}`, c.severity]),
          );
          found.forEach((f, i) => {
            const code = codes[i] as number;
            expect(f.message).toMatch(
              new RegExp(
                `^${upper} /a declares ${code} [A-Za-z -]+ with no ${c.header} header; add one to its \`headers\` \\(`,
              ),
            );
            expect(f.message.endsWith(`\`headers\` (${c.because(code)}).`)).toBe(true);
          });
        }
      },
    );

    test.each(VERSIONS)('%s: reports when other headers are declared but not this one', async (v) => {
      expect(await testRule(c.rule, doc(v, c, c.codes, ['X-Other']))).toHaveLength(c.codes.length);
    });
  });
}
