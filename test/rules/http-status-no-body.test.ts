import { strict, testRule } from '../helpers/lint';
import { OAS3, VERSIONS, document, oneOperation, response, responses } from '../helpers/docs';

const RULE = 'http-status-no-body';

describe(RULE, () => {
  test.each(VERSIONS)('%s: bodiless 204, 205, 304 and HEAD responses pass; bodies elsewhere pass', async (v) => {
    const doc = document(v, {
      '/a': {
        get: { responses: responses(v, [200, 304], { '200': { body: true } }) },
        head: { responses: responses(v, [200, 404]) },
        delete: { responses: responses(v, [204]) },
        post: { responses: responses(v, [205]) },
      },
    });
    expect(await testRule(RULE, doc)).toEqual([]);
    expect(await testRule(RULE, doc, { ruleset: strict })).toEqual([]);
  });

  test.each(VERSIONS)(
    '%s: a body on 204, 205, 304 or any HEAD response is reported on the body key, with the RFC',
    async (v) => {
      const key = v === '2.0' ? 'schema' : 'content';
      const doc = document(v, {
        '/a': {
          get: { responses: responses(v, [200, 304], { '304': { body: true } }) },
          head: {
            responses: { ...responses(v, [200], { '200': { body: true } }), default: response(v, { body: true }) },
          },
          delete: { responses: responses(v, [204], { '204': { body: true } }) },
          post: { responses: responses(v, [205], { '205': { body: true } }) },
        },
      });
      const found = await testRule(RULE, doc);
      expect(found.map((f) => [f.code, f.path, f.severity, f.message])).toEqual([
        [
          RULE,
          `paths./a.get.responses.304.${key}`,
          'error',
          `GET /a gives 304 Not Modified a body (\`${key}\`), but a 304 response never has content: the client reuses its cached copy (RFC 9110 §15.4.5); remove \`${key}\`.`,
        ],
        [
          RULE,
          `paths./a.head.responses.200.${key}`,
          'error',
          `HEAD /a gives 200 OK a body (\`${key}\`), but a response to HEAD never has content (RFC 9110 §9.3.2: the server MUST NOT send it); remove \`${key}\`.`,
        ],
        [
          RULE,
          `paths./a.head.responses.default.${key}`,
          'error',
          `HEAD /a gives 'default' a body (\`${key}\`), but a response to HEAD never has content (RFC 9110 §9.3.2: the server MUST NOT send it); remove \`${key}\`.`,
        ],
        [
          RULE,
          `paths./a.delete.responses.204.${key}`,
          'error',
          `DELETE /a gives 204 No Content a body (\`${key}\`), but a 204 response never has content (RFC 9110 §15.3.5); remove \`${key}\`, or answer 200 OK if the body is needed.`,
        ],
        [
          RULE,
          `paths./a.post.responses.205.${key}`,
          'error',
          `POST /a gives 205 Reset Content a body (\`${key}\`), but a 205 response never has content (RFC 9110 §15.3.6: the server MUST NOT generate it); remove \`${key}\`.`,
        ],
      ]);
    },
  );

  test.each(VERSIONS)('%s: a Content-Length header on a 204 is reported on the header', async (v) => {
    const doc = oneOperation(v, '/a', 'delete', {
      responses: responses(v, [204], { '204': { headers: ['Content-Length'] } }),
    });
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a.delete.responses.204.headers.Content-Length',
        'DELETE /a declares a Content-Length header on 204 No Content, which a server MUST NOT send there (RFC 9110 §8.6); remove it.',
      ],
    ]);
  });

  test.each(OAS3)(
    '%s: a 1XX range and 1xx codes have no body; empty content is no body; 101 describes its stream in the default mode',
    async (v) => {
      const doc = oneOperation(v, '/a', 'post', {
        responses: {
          ...responses(v, [201, 100, 101, '1XX'], {
            '100': { body: true },
            '101': { body: true },
            '1XX': { body: true },
          }),
          '202': { description: 'empty content map', content: {} },
        },
      });
      expect((await testRule(RULE, doc)).map((f) => f.path)).toEqual([
        'paths./a.post.responses.100.content',
        'paths./a.post.responses.1XX.content',
      ]);
      expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
        'paths./a.post.responses.100.content',
        'paths./a.post.responses.101.content',
        'paths./a.post.responses.1XX.content',
      ]);
    },
  );

  test("a body inside a $ref'd response is reported once at the definition (default) or on each operation (strict)", async () => {
    const doc = document(
      '3.0',
      {
        '/a': { delete: { responses: { '204': { $ref: '#/components/responses/Empty' } } } },
        '/b': { delete: { responses: { '204': { $ref: '#/components/responses/Empty' } } } },
      },
      { components: { responses: { Empty: response('3.0', { body: true }) } } },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'components.responses.Empty.content',
        "The shared response 'Empty', which DELETE /a and 1 other operation declare as 204 No Content, has a body (`content`), but a 204 response never has content (RFC 9110 §15.3.5); remove `content`, or answer 200 OK if the body is needed.",
      ],
    ]);
    expect((await testRule(RULE, doc, { ruleset: strict })).map((f) => f.path)).toEqual([
      'paths./a.delete.responses.204',
      'paths./b.delete.responses.204',
    ]);
  });

  test('a shared response other operations need with its body is fixed on the operation, not the definition', async () => {
    const doc = document(
      '3.0',
      {
        '/a': {
          head: { responses: { '200': response('3.0'), default: { $ref: '#/components/responses/Error' } } },
          get: { responses: { '200': response('3.0'), default: { $ref: '#/components/responses/Error' } } },
        },
      },
      { components: { responses: { Error: response('3.0', { body: true }) } } },
    );
    expect((await testRule(RULE, doc)).map((f) => [f.path, f.message])).toEqual([
      [
        'paths./a.head.responses.default',
        "HEAD /a gives 'default' a body through the shared response 'Error', but a response to HEAD never has content (RFC 9110 §9.3.2: the server MUST NOT send it); give it a response of its own without `content` (the other operations that use 'Error' keep its body).",
      ],
    ]);
  });
});
