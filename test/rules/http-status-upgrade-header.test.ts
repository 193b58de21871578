import { strict, testRule } from '../helpers/lint';
import { VERSIONS, oneOperation, responses } from '../helpers/docs';
import { describeHeaderRule } from '../helpers/header-rule';

const RULE = 'http-status-upgrade-header';

describeHeaderRule({
  rule: RULE,
  header: 'Upgrade',
  method: 'get',
  codes: [426],
  // The guide's matrix gives 426 to no method: in the strict mode that is the matrix rule's finding.
  strictCodes: [],
  severity: 'warn',
  because: () => 'RFC 9110 §15.5.22: a 426 MUST send Upgrade to name the acceptable protocols',
});

describe(RULE, () => {
  test.each(VERSIONS)('%s: the message names the operation, the code, the fix and the RFC', async (v) => {
    const doc = oneOperation(v, '/feed', 'get', { responses: responses(v, [200, 426]) });
    const expected = [
      [
        RULE,
        'paths./feed.get.responses.426',
        'warn',
        'GET /feed declares 426 Upgrade Required with no Upgrade header; add one to its `headers` (RFC 9110 §15.5.22: a 426 MUST send Upgrade to name the acceptable protocols).',
      ],
    ];
    expect((await testRule(RULE, doc)).map((f) => [f.code, f.path, f.severity, f.message])).toEqual(expected);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });
});
