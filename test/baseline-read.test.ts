/**
 * The fast reader of baseline files (cli/baseline-read.ts): on a file that
 * `baseline` writes it gives what js-yaml gives, and on anything else it
 * gives either that too or nothing (js-yaml then reads the file).
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import type { Baseline } from '../cli/baseline';
import { readRendered } from '../cli/baseline-read';
import { renderBaseline } from '../cli/baseline-render';

const yamlOf = (text: string): { value: unknown } | { error: true } => {
  try {
    return { value: load(text) };
  } catch {
    return { error: true };
  }
};

/** The reader agrees with js-yaml, or leaves the text to it; never a value where js-yaml fails. */
function agrees(text: string): void {
  const fast = readRendered(text);
  if (fast === undefined) return;
  const slow = yamlOf(text);
  expect(slow).toEqual({ value: fast });
}

const REALISTIC: Baseline = {
  version: 1,
  documents: {
    'apis/github-api.github.com.json': {
      'http-status-error-expected': [
        { where: 'GET /events', code: '400', count: 1 },
        { where: 'GET /gists', code: '400 or 422', count: 1 },
        { where: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', code: '404', subject: 'pull_number', count: 2 },
      ],
      'http-status-location-header': [
        {
          where: 'POST /orgs/{org}/hooks',
          code: '201',
          subject: 'Location',
          count: 1,
          reason: 'the hook id is in the body',
        },
      ],
      'invalid-ref': [
        { where: 'components examples scim-enterprise-group-list value Resources members $ref', count: 3 },
      ],
    },
    'https://example.com/openapi.yaml': {
      'http-status-www-authenticate-header': [{ where: "webhook 'ping' POST", code: '401', count: 1 }],
    },
  },
};

describe('the fast baseline reader', () => {
  test('reads a file as `baseline` writes it, as js-yaml does', () => {
    const text = renderBaseline(REALISTIC);
    const fast = readRendered(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(load(text));
    expect(fast).toEqual(REALISTIC);
  });

  test('a baseline of no finding', () => {
    const text = renderBaseline({ version: 1, documents: {} });
    expect(readRendered(text)).toEqual({ version: 1, documents: {} });
    expect(readRendered(`${text}  a.yaml: {}\n`)).toBeUndefined();
  });

  test('any baseline `baseline` writes: the same value as js-yaml, or left to it', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(
        'true',
        'null',
        'False',
        '1.5',
        '0x1F',
        '~',
        '12',
        '1e3',
        '.inf',
        "it's",
        'a: b',
        'a #b',
        ' x ',
        '400 or 422',
        '2026-12-03',
        '1 000',
      ),
    );
    const entry = fc.record(
      {
        where: text,
        code: fc.oneof(fc.constantFrom('404', '2XX', 'default'), text),
        subject: text,
        count: fc.nat(),
        reason: text,
      },
      { requiredKeys: ['where', 'count'] },
    );
    const name = fc.oneof(fc.constantFrom('openapi.yaml', 'a/b.json', '1.0.yaml', 'true.yml'), text);
    const baseline = fc.record({
      version: fc.constant(1 as const),
      documents: fc.dictionary(
        name,
        fc.dictionary(
          fc.oneof(fc.constant('http-status-no-body'), text),
          fc.array(entry, { minLength: 1, maxLength: 3 }),
          { minKeys: 1, maxKeys: 2 },
        ),
        { maxKeys: 3 },
      ),
    });
    fc.assert(
      fc.property(baseline, (b) => {
        agrees(renderBaseline(b));
      }),
      { numRuns: 300 },
    );
  });

  test('a file edited by hand: the same value as js-yaml, or left to it', () => {
    const lines = renderBaseline(REALISTIC).split('\n');
    const edits: Array<(ls: string[]) => string[]> = [
      (ls) => ls.map((l) => l.replace('count: 1 }', 'count: 1 } # fixed next sprint')),
      (ls) => ls.map((l) => l.replace('"400"', '400')),
      (ls) => ls.map((l) => l.replace('"400"', 'true')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: null')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: NULL')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: ~')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: False')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: 2026-12-03')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: 1e3')),
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: 0o17')),
      (ls) => ls.map((l) => l.replace('"400"', "'400'")),
      (ls) => ls.map((l) => l.replace('"400"', '"\\x34\\x30\\x30"')),
      (ls) => ls.map((l) => l.replace('count: 2', 'count: 2.0')),
      (ls) => ls.map((l) => l.replace('count: 2', 'count: 0x2')),
      (ls) => ls.map((l) => l.replace('    http-status-error-expected:', '    http-status-error-expected: &e')),
      (ls) => ls.map((l) => l.replace('  apis/github-api.github.com.json:', '  "apis/github-api.github.com.json":')),
      (ls) => ls.map((l) => l.replace('  apis/github-api.github.com.json:', '  "__proto__":')),
      (ls) => ls.map((l) => l.replace('- { where: "GET /events"', '-   { where: "GET /events"')),
      (ls) => [...ls.slice(0, 8), '# a comment', ...ls.slice(8)],
      (ls) => ls.map((l) => l.replace('version: 1', 'version: 1\nskip:\n  deprecated: true')),
      (ls) => [
        ...ls,
        ls.find((l) => l.startsWith('    http-status-www-authenticate-header'))!,
        '      - { where: GET /a, count: 1 }',
      ],
      (ls) => [...ls, '  openapi.yaml:'],
      (ls) => ls.map((l) => l.replace('subject: pull_number', 'subject: pull_number, subject: x')),
      (ls) => ls.map((l) => l.replace(/\n$/, '').replace('\n', '\r\n')),
    ];
    let taken = 0;
    for (const edit of edits) {
      const text = edit([...lines]).join('\n');
      agrees(text);
      if (readRendered(text) !== undefined) taken++;
    }
    // The edits that keep to the written form are still read fast (a comment line, a quoted key).
    expect(taken).toBeGreaterThanOrEqual(3);
    // A duplicate key is an error to js-yaml: never a value here.
    expect(readRendered(edits[20]!([...lines]).join('\n'))).toBeUndefined();
  });
});
