import { testRule } from '../helpers/lint';
import { OAS3, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';

const RULE = 'http-status-no-body';

describe(RULE, () => {
  test.each(VERSIONS)('%s: bodiless 204, 304 and HEAD responses pass; bodies elsewhere pass', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 304], { '200': { body: true } }) },
        head: { responses: responses(v, [200, 404]) },
        delete: { responses: responses(v, [204]) },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test.each(VERSIONS)('%s: a body on 204, 304 or any HEAD response is reported on the body key', async (v) => {
    const key = v === '2.0' ? 'schema' : 'content';
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 304], { '304': { body: true } }) },
        head: { responses: { ...responses(v, [200], { '200': { body: true } }), default: response(v, { body: true }) } },
        delete: { responses: responses(v, [204], { '204': { body: true } }) },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      [`paths./a.get.responses.304.${key}`, 'error', `GET /a gives 304 Not Modified a body (\`${key}\`), but a 304 response never has content: the client reuses its cached copy; remove \`${key}\`.`],
      [`paths./a.head.responses.200.${key}`, 'error', `HEAD /a gives 200 OK a body (\`${key}\`), but a response to HEAD never has content (RFC 9110 §9.3.2); remove \`${key}\`.`],
      [`paths./a.head.responses.default.${key}`, 'error', `HEAD /a gives 'default' a body (\`${key}\`), but a response to HEAD never has content (RFC 9110 §9.3.2); remove \`${key}\`.`],
      [`paths./a.delete.responses.204.${key}`, 'error', `DELETE /a gives 204 No Content a body (\`${key}\`), but a 204 response never has content; remove \`${key}\`, or answer 200 OK if the body is needed.`],
    ]);
  });

  test.each(OAS3)('%s: a 1XX range and 1xx codes have no body; empty content is no body', async (v) => {
    const doc = oneOperation(v, '/a', 'post', {
      responses: {
        ...responses(v, [201, 100, '1XX'], { '100': { body: true }, '1XX': { body: true } }),
        '202': { description: 'empty content map', content: {} },
      },
    });
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.post.responses.100.content', 'paths./a.post.responses.1XX.content']);
  });

  test('a body inside a $ref\'d response lands on the operation\'s status key, once per operation', async () => {
    const doc = document(
      '3.0',
      {
        '/a': { delete: { responses: { '204': { $ref: '#/components/responses/Empty' } } } },
        '/b': { delete: { responses: { '204': { $ref: '#/components/responses/Empty' } } } },
      },
      { components: { responses: { Empty: response('3.0', { body: true }) } } },
    );
    const found = await testRule(RULE, doc);
    expect(found.map((f) => f.path)).toEqual(['paths./a.delete.responses.204', 'paths./b.delete.responses.204']);
  });
});
