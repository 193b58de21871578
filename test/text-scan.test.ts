import { mayHaveAliases, scanMentions } from '../functions/lib/text-scan';

/** The regular expressions the scans replace, kept here as their definition. */
const WAIVERS = /x-http-status-ignore/;
const PROFILES = { test: (text: string): boolean => /x-profiles/.test(text) || /level3\.rest/i.test(text) };
const ANCHOR = /(^|[\s:[,-])&[^\s,[\]{}]/m;
const ALIAS = /(^|[\s:[,-])\*[^\s,[\]{}]/m;

/** A small deterministic generator (mulberry32), so that a failure is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'x-',
  'http-status-ignore',
  'profiles',
  'x-profile',
  'X-PROFILES',
  'LEVEL3.REST',
  'level3.rest',
  'Level3',
  '3.',
  'rest',
  '&',
  '*',
  'a',
  ' ',
  '\n',
  ':',
  '-',
  '[',
  ',',
  '{',
  '}',
  'é',
  '"',
];

describe('text scans (once per document, in place of regular expressions)', () => {
  test('mentions: waivers and profiles, the Level 3 host in any case', () => {
    expect(scanMentions('paths: {}')).toEqual({ waivers: false, profiles: false });
    expect(scanMentions('x-http-status-ignore:\n  a: b')).toEqual({ waivers: true, profiles: false });
    expect(scanMentions('x-profiles: [data]')).toEqual({ waivers: false, profiles: true });
    expect(scanMentions('see https://Level3.REST/profiles/data')).toEqual({ waivers: false, profiles: true });
    expect(scanMentions('3.rest level')).toEqual({ waivers: false, profiles: false });
  });

  test('aliases: YAML with an anchor and an alias; not JSON, not an anchor alone', () => {
    expect(mayHaveAliases('a: &std\n  x: 1\nb: *std\n')).toBe(true);
    expect(mayHaveAliases('a: &std\n  x: 1\n')).toBe(false);
    expect(mayHaveAliases('a: "R&D * 2"\n')).toBe(false);
    expect(mayHaveAliases('  {"a": " &x", "b": " *x"}')).toBe(false);
  });

  test('the scans answer as the regular expressions do, on 20,000 random texts', () => {
    const next = random(20261201);
    for (let n = 0; n < 20000; n++) {
      const parts: string[] = [];
      const length = Math.floor(next() * 12);
      for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      const text = parts.join('');
      expect([text, scanMentions(text)]).toEqual([
        text,
        { waivers: WAIVERS.test(text), profiles: PROFILES.test(text) },
      ]);
      const json = /^\s*[{[]/.test(text);
      expect([text, mayHaveAliases(text)]).toEqual([text, !json && ANCHOR.test(text) && ALIAS.test(text)]);
    }
  });
});
