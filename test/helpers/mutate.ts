/**
 * The mutation fuzzer's engine, shared by the fuzz suite (test/fuzz.test.ts,
 * over the fixtures) and the longer run over the corpus (scripts/fuzz.ts):
 * a document becomes a tree whose objects are lists of entries (so that
 * `__proto__`, `constructor` and duplicate keys survive as written keys, and
 * nothing is ever assigned through a prototype while mutating), a list of
 * mutations drawn by fast-check is applied to it, and it is written back as
 * JSON text, which Spectral's YAML parser reads as the CLI would.
 *
 * The mutations: deletions, `null`s, arrays and numbers where anything was,
 * huge strings of adversarial shapes, `__proto__`/`constructor`/`toString`
 * keys (with a payload that would pollute `Object.prototype` if assigned),
 * broken and circular `$ref`s, odd status keys, keys renamed to odd ones,
 * template syntax (`#{{1+1}}{{path}}`, tagged so that an evaluated copy is
 * recognisable) and bidi characters appended to strings and keys.
 */
import fc from 'fast-check';

/** A JSON value whose objects are lists of entries. */
export type J = null | boolean | number | string | J[] | { readonly entries: Array<[string, J]> };

type Obj = { readonly entries: Array<[string, J]> };

const isObj = (value: J): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Template syntax, tagged: `ZQ` before the expression and `ZP` before the
 * field. Evaluated by Spectral's template engine it would read `ZQ2ZP…`
 * (the sum, then the result's path); kept inert it reads `ZQ#{{1+1}}ZP{{path}}`.
 */
export const TEMPLATE = 'ZQ#{{1+1}}ZP{{path}}';
/** A message's text after a tag, when the template was not evaluated: the template itself, or the cut of a capped quote. */
export function templateEvaluated(message: string): string | undefined {
  for (const [tag, next] of [
    ['ZQ', '#'],
    ['ZP', '{'],
  ] as const) {
    let at = message.indexOf(tag);
    while (at !== -1) {
      const after = message.charAt(at + tag.length);
      if (after !== next && after !== '…' && after !== '')
        return `${tag}${message.slice(at + tag.length, at + tag.length + 20)}`;
      at = message.indexOf(tag, at + 1);
    }
  }
  return undefined;
}

/** The payload a hostile key carries: assigned through a prototype, it would show on every object as `fuzzPolluted`. */
const POLLUTER = (): J => ({
  entries: [
    ['fuzzPolluted', 'yes'],
    ['get', { entries: [['responses', { entries: [['200', { entries: [['description', 'polluted']] }]] }]] }],
  ],
});

const BIDI = ['\u202E', '\u2066', '\u200F', '\u061C', '\u202A', '\u2069'];
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
] as const;
const ODD_STATUS_KEYS = [
  '2XX',
  '2xx',
  '600',
  '099',
  ' 200',
  '200 ',
  '0200',
  '20x',
  '-1',
  '1e2',
  '',
  'default ',
  'DEFAULT',
  '200.0',
  '\u0662\u0660\u0660',
  '99',
  '1000',
  '5XX',
  'XXX',
  '2X0',
  '+200',
  '0x1F',
  'x-200',
];
const BROKEN_REFS = [
  '#/nowhere',
  '#/components/responses/Missing',
  '#',
  '#/paths/~1missing',
  'missing.yaml#/x',
  '#/components/',
  '#%ZZ',
  '',
  '#/paths/~2',
  'missing.yaml',
  '#/definitions/Nope/properties/x',
];
const NUMBERS = [0, -1, 1.5, 1e308, 200, 2 ** 53 + 1, 404, -0];
const ODD_KEYS = [
  '',
  ' ',
  '0',
  '/',
  '//',
  '/{',
  '/{}',
  '/{a}{b}',
  '{',
  '}}',
  'x-',
  '$ref',
  'get',
  'GET',
  ...ODD_STATUS_KEYS.slice(0, 8),
];

/** The adversarial shapes of a huge string, each a generator of about `size` characters. */
export const HUGE_SHAPES: ReadonlyArray<readonly [string, (size: number) => string]> = [
  ['x repeated', (n) => 'x'.repeat(n)],
  ['/{ then }s', (n) => `/{${'}'.repeat(n)}`],
  ['run of {', (n) => '{'.repeat(n)],
  ['run of {{', (n) => '{{'.repeat(n >> 1)],
  ['run of #{{', (n) => '#{{'.repeat(Math.ceil(n / 3))],
  ['{{a}} repeated', (n) => '{{a}}'.repeat(Math.ceil(n / 5))],
  [
    '/{a}/{b}… path template',
    (n) =>
      Array.from({ length: Math.ceil(n / 5) }, (_, i) => `/{p${i % 10}}`)
        .join('')
        .slice(0, n),
  ],
  [
    'long alternation',
    (n) => `(${Array.from({ length: Math.ceil(n / 4) }, (_, i) => `a${i % 10}`).join('|')})`.slice(0, n),
  ],
  ['bidi repeated', (n) => '\u202Ea\u2066'.repeat(Math.ceil(n / 3))],
  ['spaces then x', (n) => `${' '.repeat(n)}x`],
  ['newlines', (n) => 'a\n'.repeat(n >> 1)],
  ['commas', (n) => 'a,'.repeat(n >> 1)],
];

export type Mutation =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'null'; readonly at: number }
  | { readonly kind: 'array'; readonly at: number; readonly wrap: boolean }
  | { readonly kind: 'number'; readonly at: number; readonly pick: number }
  | { readonly kind: 'huge'; readonly at: number; readonly shape: number; readonly size: number; readonly key: boolean }
  | { readonly kind: 'hostile-key'; readonly at: number; readonly pick: number; readonly payload: number }
  | { readonly kind: 'broken-ref'; readonly at: number; readonly pick: number }
  | { readonly kind: 'circular-ref'; readonly at: number; readonly up: number }
  | { readonly kind: 'status-key'; readonly at: number; readonly pick: number }
  | { readonly kind: 'rename-key'; readonly at: number; readonly pick: number }
  | { readonly kind: 'template'; readonly at: number; readonly key: boolean }
  | { readonly kind: 'bidi'; readonly at: number; readonly pick: number; readonly key: boolean };

/** Mutations of a document: `maxHuge` bounds a huge string's length. */
function mutationArb(maxHuge: number): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const pick = fc.nat({ max: 1000 });
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at }),
    fc.record({ kind: fc.constant('null' as const), at }),
    fc.record({ kind: fc.constant('array' as const), at, wrap: fc.boolean() }),
    fc.record({ kind: fc.constant('number' as const), at, pick }),
    fc.record({
      kind: fc.constant('huge' as const),
      at,
      shape: pick,
      size: fc.integer({ min: 1, max: maxHuge }),
      key: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('hostile-key' as const), at, pick, payload: pick }),
    fc.record({ kind: fc.constant('broken-ref' as const), at, pick }),
    fc.record({ kind: fc.constant('circular-ref' as const), at, up: fc.nat({ max: 6 }) }),
    fc.record({ kind: fc.constant('status-key' as const), at, pick }),
    fc.record({ kind: fc.constant('rename-key' as const), at, pick }),
    fc.record({ kind: fc.constant('template' as const), at, key: fc.boolean() }),
    fc.record({ kind: fc.constant('bidi' as const), at, pick, key: fc.boolean() }),
  );
}

/** One to `max` mutations. */
export function mutationsArb(maxHuge: number, max = 6): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArb(maxHuge), { minLength: 1, maxLength: max });
}

/** A parsed document (plain objects, as a YAML or JSON parser gives them) as a tree of entries. */
export function fromValue(value: unknown, seen = new Set<unknown>()): J {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  // A YAML alias gives the same object twice: copied (a cycle, which JSON cannot have, is cut).
  if (seen.has(value)) return null;
  seen.add(value);
  const out: J = Array.isArray(value)
    ? value.map((item: unknown) => fromValue(item, seen))
    : {
        entries: Object.entries(value as Record<string, unknown>).map(
          ([k, v]) => [k, fromValue(v, seen)] as [string, J],
        ),
      };
  seen.delete(value);
  return out;
}

/** JSON text of a tree, every entry written (a `__proto__` key included) in order. */
export function toText(value: J): string {
  const parts: string[] = [];
  const write = (v: J): void => {
    if (v === null || typeof v !== 'object') parts.push(JSON.stringify(v));
    else if (Array.isArray(v)) {
      parts.push('[');
      v.forEach((item, i) => {
        if (i > 0) parts.push(',');
        write(item);
      });
      parts.push(']');
    } else {
      parts.push('{');
      v.entries.forEach(([k, item], i) => {
        if (i > 0) parts.push(',');
        parts.push(JSON.stringify(k), ':');
        write(item);
      });
      parts.push('}');
    }
  };
  write(value);
  return parts.join('');
}

function clone(value: J): J {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  return { entries: value.entries.map(([k, v]) => [k, clone(v)] as [string, J]) };
}

/** A place in the tree: a value, its container and where in it, and its JSON pointer's segments. */
interface Slot {
  readonly container: J[] | Obj;
  readonly index: number;
  readonly path: readonly string[];
  readonly value: J;
}

function slots(root: J): { all: Slot[]; objects: Array<{ obj: Obj; path: readonly string[] }>; responses: Obj[] } {
  const all: Slot[] = [];
  const objects: Array<{ obj: Obj; path: readonly string[] }> = [];
  const responses: Obj[] = [];
  const visit = (value: J, path: readonly string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const at = [...path, String(index)];
        all.push({ container: value, index, path: at, value: item });
        visit(item, at);
      });
    } else if (isObj(value)) {
      objects.push({ obj: value, path });
      if (path[path.length - 1] === 'responses') responses.push(value);
      value.entries.forEach(([key, item], index) => {
        const at = [...path, key];
        all.push({ container: value, index, path: at, value: item });
        visit(item, at);
      });
    }
  };
  visit(root, []);
  return { all, objects, responses };
}

const pointer = (path: readonly string[]): string =>
  `#${path.map((s) => `/${encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('')}`;

function set(slot: Slot, value: J): void {
  if (Array.isArray(slot.container)) slot.container[slot.index] = value;
  else {
    const entry = slot.container.entries[slot.index];
    if (entry !== undefined) entry[1] = value;
  }
}

function remove(slot: Slot): void {
  if (Array.isArray(slot.container)) slot.container.splice(slot.index, 1);
  else slot.container.entries.splice(slot.index, 1);
}

function renameAt(slot: Slot, rename: (key: string) => string): boolean {
  if (Array.isArray(slot.container)) return false;
  const entry = slot.container.entries[slot.index];
  if (entry === undefined) return false;
  entry[0] = rename(entry[0]);
  return true;
}

const pickOf = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** The tree with the mutations applied in turn (the input is left as it is). */
export function mutate(root: J, mutations: readonly Mutation[]): J {
  const doc = clone(root);
  for (const m of mutations) {
    // Recomputed for every mutation: each sees what the ones before made.
    const { all, objects, responses } = slots(doc);
    if (all.length === 0) break;
    const slot = all[m.at % all.length] as Slot;
    switch (m.kind) {
      case 'delete':
        remove(slot);
        break;
      case 'null':
        set(slot, null);
        break;
      case 'array':
        set(slot, m.wrap ? [slot.value] : []);
        break;
      case 'number':
        set(slot, pickOf(NUMBERS, m.pick));
        break;
      case 'huge': {
        const [, make] = pickOf(HUGE_SHAPES, m.shape);
        // A huge key (a path key, a status key, a header name) or a huge value.
        if (m.key && !Array.isArray(slot.container)) renameAt(slot, () => make(m.size));
        else set(slot, make(m.size));
        break;
      }
      case 'hostile-key': {
        const target = pickOf(objects, m.at).obj;
        const payload = pickOf<() => J>(
          [POLLUTER, () => null, () => 'str', () => ({ entries: [['$ref', '#/']] }), () => [POLLUTER()], () => 7],
          m.payload,
        )();
        // Before or after the other keys: a parser that assigns `__proto__` hides the keys after it.
        if (m.payload % 2 === 0) target.entries.push([pickOf(HOSTILE_KEYS, m.pick), payload]);
        else target.entries.unshift([pickOf(HOSTILE_KEYS, m.pick), payload]);
        break;
      }
      case 'broken-ref':
        set(slot, { entries: [['$ref', pickOf(BROKEN_REFS, m.pick)]] });
        break;
      case 'circular-ref': {
        // A $ref to the slot itself or to one of its ancestors: a cycle.
        const up = Math.min(m.up, slot.path.length - 1);
        set(slot, { entries: [['$ref', pointer(slot.path.slice(0, slot.path.length - up))]] });
        break;
      }
      case 'status-key': {
        const target = responses.length > 0 ? pickOf(responses, m.at) : pickOf(objects, m.at).obj;
        target.entries.push([pickOf(ODD_STATUS_KEYS, m.pick), { entries: [['description', 'odd']] }]);
        break;
      }
      case 'rename-key':
        renameAt(slot, () => pickOf(ODD_KEYS, m.pick));
        break;
      case 'template':
        if (!(m.key && renameAt(slot, (key) => key + TEMPLATE)))
          set(slot, typeof slot.value === 'string' ? slot.value + TEMPLATE : TEMPLATE);
        break;
      case 'bidi': {
        const char = pickOf(BIDI, m.pick);
        if (!(m.key && renameAt(slot, (key) => `${key.slice(0, 1)}${char}${key.slice(1)}`)))
          set(slot, typeof slot.value === 'string' ? `${char}${slot.value}` : char);
        break;
      }
    }
  }
  return doc;
}

/** What a mutation list did, in a line (for a failure's report). */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations.map((m) => JSON.stringify(m)).join(' ');
}
