/** The Level 3 example API lints clean; its broken twin yields exactly one finding per planted mistake. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint, testRule } from './helpers/lint';
import { allRulesEnabled } from './helpers/rulesets';
import { profileDocument } from './helpers/profiles';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

test('fixtures/level3-example.yaml lints clean with the whole ruleset', async () => {
  expect(await lint(read('level3-example.yaml'), { source: path.join(FIXTURES, 'level3-example.yaml') })).toEqual([]);
});

test("fixtures/level3-broken.yaml yields each profile rule's finding on its line, and nothing else", async () => {
  const found = await lint(read('level3-broken.yaml'), { source: path.join(FIXTURES, 'level3-broken.yaml') });
  expect(found.map((f) => [f.code, f.path, f.line])).toEqual([
    ['http-status-profile-headers', 'paths./orders/{id}.get.responses.200', 70],
    ['http-status-profile-forbidden', 'paths./orders/{id}.put.responses.201', 114],
    ['http-status-profile-required', 'paths./orders/{id}/cancel.post.responses', 187],
    ['http-status-profile-forbidden', 'paths./orders/{id}/cancel.post.responses.204', 188],
    ['http-status-profile-methods', 'paths./orders/{id}/invoice.patch', 271],
    ['http-status-profile-unknown', 'paths./notes/{id}.x-profiles.0', 290],
  ]);
  // Each finding sits next to its `# BROKEN` comment.
  const lines = read('level3-broken.yaml').split('\n');
  for (const f of found) {
    const near = lines.slice(f.line - 2, f.line + 2).join('\n');
    expect(near).toMatch(new RegExp(`BROKEN \\([^)]*${f.code.replace('http-status-', '')}`));
  }
});

describe('http-status-profile-suggestion (off in the recommended set)', () => {
  const RULE = 'http-status-profile-suggestion';
  const ruleset = allRulesEnabled();

  test('is off unless enabled', async () => {
    const doc = profileDocument('3.0', { '/r/cancel': { get: ['200'], post: ['303:Location'] } });
    expect(await testRule(RULE, doc)).toEqual([]);
  });

  test('suggests the profile a shape clearly matches, as a hint on the path item', async () => {
    const doc = profileDocument('3.1', {
      '/cancel': { get: ['200'], post: ['303:Location'] },
      '/search': { get: ['200'], post: { codes: ['303:Location'], body: true } },
      '/old': { get: ['308:Location'], post: ['307:Location'] },
      '/file': { get: { codes: ['200', '206:Content-Range', '416:Content-Range'], params: ['Range'] } },
      '/thing': { get: { codes: ['200:ETag', '304'], params: ['If-None-Match'] } },
      '/plain': { get: ['200'], put: { codes: ['204'], body: true } },
      '/declared': { 'x-profiles': ['action'], get: ['200'], post: ['303:Location'] },
    });
    const found = await testRule(RULE, doc, { ruleset });
    expect(found.map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        'paths./cancel',
        'hint',
        '/cancel looks like a Level 3 `action` (a POST without a body answering 303); declare it on the path item with `x-profiles: [action]` so the profile rules check it.',
      ],
      [
        'paths./search',
        'hint',
        '/search looks like a Level 3 `lookup` (GET and a POST with a body answering 303); declare it on the path item with `x-profiles: [lookup]` so the profile rules check it.',
      ],
      [
        'paths./old',
        'hint',
        '/old looks like a Level 3 `alias` (every response is 307 or 308); declare it on the path item with `x-profiles: [alias]` so the profile rules check it.',
      ],
      [
        'paths./file',
        'hint',
        '/file looks like a Level 3 `content` (a Range parameter); declare it on the path item with `x-profiles: [content]` so the profile rules check it.',
      ],
      [
        'paths./thing',
        'hint',
        "/thing uses the `entity` mixin (validators: ETag, Last-Modified or If-* headers); declare it with the resource's core profile on the path item, e.g. `x-profiles: [data, entity]` for a client-editable object, so the profile rules check it.",
      ],
    ]);
  });
});
