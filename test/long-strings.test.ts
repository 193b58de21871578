/**
 * Long strings (issue 18): a string of 100 KB to 1 MB, of an adversarial
 * shape (a run of `{`, `/{` then `}`s, `#{{` repeated, a path template of
 * thousands of parameters, bidi characters, ...), at each place of a
 * document a rule reads (test/helpers/long-strings.ts), in each OpenAPI
 * version and both modes. The lint finishes with the findings it has on a
 * short string, no function of ours throws, and every message stays a line
 * a reader can take in: the document text in it is quoted (capped, with an
 * ellipsis, braces made inert).
 *
 * The time is not asserted here; scripts/bench-strings.ts measures it per
 * doubling of the length (bench/STRINGS.md). A quadratic reader would show
 * there, and here as a test past Jest's time-out.
 */
import fc from 'fast-check';
import { Spectral } from '@stoplight/spectral-core';
import { ruleset, strict } from './helpers/lint';
import { HUGE_SHAPES, PLACES, VERSIONS, longStringDocument } from './helpers/long-strings';
import { QUOTE_LIMIT } from '../functions/lib/quote';
import { runWithNotes } from '../report/run';
import { buildStatusMap } from '../report/map';

const MODES: ReadonlyArray<readonly [string, Spectral]> = (
  [
    ['default', ruleset],
    ['strict', strict],
  ] as const
).map(([mode, definition]) => {
  const spectral = new Spectral();
  spectral.setRuleset(definition);
  return [mode, spectral] as const;
});

/** A message quotes at most a few document strings, each capped at QUOTE_LIMIT characters. */
const MESSAGE_LIMIT = 6 * QUOTE_LIMIT + 1_000;

/** What our rules say on a document: `code: message`, sorted. */
async function findings(spectral: Spectral, text: string): Promise<string[]> {
  const outcome = await runWithNotes(spectral, text, '/long-strings/openapi.json');
  const map = buildStatusMap({ ...outcome, generator: 'long-strings test' });
  expect(map.rows.length).toBeGreaterThan(0);
  return outcome.results
    .filter((r) => String(r.code).startsWith('http-status-'))
    .map((r) => `${String(r.code)}: ${r.message}`);
}

/** The rule ids of a lint, sorted: what a long string must not change. */
const codes = (found: readonly string[]): string[] => found.map((f) => f.slice(0, f.indexOf(':'))).sort();

function check(found: readonly string[]): void {
  for (const finding of found) {
    expect(finding).not.toMatch(/could not check this document/);
    expect(finding).not.toMatch(/\{\{/);
    expect(finding.length).toBeLessThan(MESSAGE_LIMIT);
    expect(finding).not.toMatch(/\n/);
  }
}

describe('a long string at a place a rule reads', () => {
  test.each(PLACES.map(([place], index) => [place, index] as const))(
    '%s: 100 KB of every shape, each version, both modes: the findings of a short string, in messages of a line',
    async (_place, place) => {
      for (const version of VERSIONS) {
        for (const [, spectral] of MODES) {
          // The same document with a 4-character string: which rules fire must not depend on the length.
          const short = codes(await findings(spectral, longStringDocument(place, 0, version, 4)));
          expect(short.length).toBeGreaterThan(0);
          for (let shape = 0; shape < HUGE_SHAPES.length; shape++) {
            const found = await findings(spectral, longStringDocument(place, shape, version, 100_000));
            check(found);
            if (shape === 0) expect(codes(found)).toEqual(short);
          }
        }
      }
    },
  );

  test('the path key up to 1 MB is quoted capped in every message that names the operation', async () => {
    const place = PLACES.findIndex(([name]) => name === 'path key');
    for (const [, spectral] of MODES) {
      const found = await findings(spectral, longStringDocument(place, 0, '3.1', 1_000_000));
      const naming = found.filter((f) => f.includes('GET /itemsx'));
      expect(naming.length).toBeGreaterThan(0);
      for (const f of naming) expect(f).toMatch(/GET \/itemsx+…/);
      check(found);
    }
  });

  test('property: any shape, place, version and mode, 100 KB to 1 MB', async () => {
    let linted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: PLACES.length - 1 }),
        fc.nat({ max: HUGE_SHAPES.length - 1 }),
        fc.constantFrom(...VERSIONS),
        fc.nat({ max: MODES.length - 1 }),
        fc.integer({ min: 100_000, max: 1_000_000 }),
        async (place, shape, version, mode, size) => {
          const [, spectral] = MODES[mode] as (typeof MODES)[number];
          check(await findings(spectral, longStringDocument(place, shape, version, size)));
          linted++;
        },
      ),
      { numRuns: 24, seed: 18_1000, endOnFailure: true },
    );
    expect(linted).toBe(24);
  });
});
