/** The JavaScript rulesets the docs show are run as users would write them. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { lint } from './helpers/lint';
import { profileDocument } from './helpers/profiles';

const ROOT = path.join(__dirname, '..');

/** Writes the first ```js block of a doc into the repository (so `spectral-http-status` resolves) and loads it. */
function loadSnippet(doc: string, name: string): RulesetDefinition {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(text)?.[1];
  if (code === undefined) throw new Error(`${doc} has no js block`);
  const dir = path.join(ROOT, '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, code);
  delete require.cache[file];
  return require(file) as RulesetDefinition;
}

test('docs/matrix.md: allowing 202 on DELETE and PUT through a JavaScript ruleset', async () => {
  const ruleset = loadSnippet('docs/matrix.md', 'matrix-snippet.cjs');
  const doc = profileDocument('3.0', {
    '/jobs/{id}': { get: ['200'], delete: ['202'], patch: { codes: ['202'], body: true } },
  });
  const matrix = (await lint(doc, { ruleset })).filter((f) => f.code === 'http-status-method-matrix');
  expect(matrix.map((f) => f.path)).toEqual(['paths./jobs/{id}.patch.responses.202']);
});

test('docs/profiles.md: a team-defined profile is known and checked', async () => {
  const ruleset = loadSnippet('docs/profiles.md', 'profiles-snippet.cjs');
  const doc = profileDocument('3.1', {
    '/reports/{id}': { 'x-profiles': ['report'], get: ['200'], post: ['202', '201:Location'] },
  });
  const found = (await lint(doc, { ruleset })).filter((f) => f.code.startsWith('http-status-profile-'));
  expect(found.map((f) => [f.code, f.path])).toEqual([
    ['http-status-profile-forbidden', 'paths./reports/{id}.post.responses.201'],
    ['http-status-profile-headers', 'paths./reports/{id}.post.responses.202'],
  ]);
});
