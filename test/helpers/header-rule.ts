/** The tests every response-header rule shares: passes with the header in any case, reports each code without it. */
import { testRule } from './lint';
import { VERSIONS, Version, oneOperation, parameter, responses, withBody } from './docs';

export interface HeaderRuleCase {
  readonly rule: string;
  readonly header: string;
  /** The method of the test operation (one whose matrix row allows every code). */
  readonly method: string;
  readonly codes: readonly number[];
  readonly severity: string;
  /** What the message adds after the fix ('' when nothing). */
  readonly reason: string;
}

function operation(v: Version, c: HeaderRuleCase, headers: string[] | undefined): Record<string, unknown> {
  const specs = Object.fromEntries(c.codes.map((code) => [String(code), headers === undefined ? {} : { headers }]));
  const success = c.method === 'post' ? [] : [200];
  const op: Record<string, unknown> = { responses: responses(v, [...success, ...c.codes], specs) };
  if (c.codes.includes(206)) op.parameters = [parameter(v, { name: 'Range', in: 'header' })];
  return c.method === 'post' ? withBody(v, op) : op;
}

export function describeHeaderRule(c: HeaderRuleCase): void {
  describe(`${c.rule}: the header on its codes`, () => {
    test.each(VERSIONS)('%s: passes when the header is declared, in any case', async (v) => {
      const doc = oneOperation(v, '/a', c.method, operation(v, c, [c.header.toLowerCase()]));
      expect(await testRule(c.rule, doc)).toEqual([]);
    });

    test.each(VERSIONS)('%s: reports each code without it (no headers map at all) on its key', async (v) => {
      const doc = oneOperation(v, '/a', c.method, operation(v, c, undefined));
      const found = await testRule(c.rule, doc);
      const upper = c.method.toUpperCase();
      expect(found.map((f) => [f.code, f.path, f.severity])).toEqual(c.codes.map((code) => [c.rule, `paths./a.${c.method}.responses.${code}`, c.severity]));
      found.forEach((f, i) => {
        expect(f.message).toMatch(new RegExp(`^${upper} /a declares ${c.codes[i]} [A-Za-z -]+ with no ${c.header} header; add '${c.header}' to the response's headers\\.`));
        expect(f.message.endsWith(`headers.${c.reason}`)).toBe(true);
      });
    });

    test.each(VERSIONS)('%s: reports when other headers are declared but not this one', async (v) => {
      const doc = oneOperation(v, '/a', c.method, operation(v, c, ['X-Other']));
      expect(await testRule(c.rule, doc)).toHaveLength(c.codes.length);
    });
  });
}
