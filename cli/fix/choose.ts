/**
 * Which code, and which of the document's shared responses, `fix` adds for
 * a missing error code, and whether a header fix fits the document:
 *
 * - when a finding allows several codes ("400 or 422"), the one the
 *   document's operations declare more (GitHub answers bad input with 422
 *   192 times, with 400 21 times), the finding's order on a tie;
 * - among the shared responses for that code, the one of the family of the
 *   operation's other responses (a SCIM operation that uses
 *   `scim_forbidden` and `scim_not_found` gets `scim_bad_request`, not
 *   `bad_request`), else the one the operations reference most; an
 *   operation with no shared response of its own takes the family most
 *   operations of its area share (GitHub's enterprise SCIM operations, which
 *   declare no error, get the `scim_` ones of the other SCIM operations);
 * - a shared response whose description says more than its code
 *   ("Conference does not exist") is reused only in the areas whose
 *   operations reference it, unless three or more areas and at least half
 *   of those that declare the code do (Telnyx's `/fqdns/{id}`); an area is
 *   a path's first segment that is no version (`/v2/fqdns` → `fqdns`);
 * - an ETag is not declared where the document declares the header
 *   nowhere and keeps entity tags in body `etag` fields (Box): a header
 *   the API may not send would mislead clients;
 * - nothing is added for a code where the document gives reason to think
 *   its API answers otherwise (`errorStyle`): no shared response is created
 *   for a 415 no operation declares (many APIs answer an unsupported media
 *   type with a 400: Stripe's `invalid_request_error`), nor on an
 *   operation without the `default` most operations answer errors with
 *   (Plaid: the `default` is the fix); no code but 400 is added where every
 *   operation that declares an error declares one 400 and no other
 *   (DocuSign's "Error encountered.", which carries not-found too), and no
 *   404 to a list or a collection delete where none declares one;
 * - a Location is not declared on a 201 where no 201 of the document
 *   declares one (a redirect's Location says nothing of what a 201 sends),
 *   nor on a 201 with a body where only 201s without one declare it:
 *   a 201 may go without it (the target URI then names what was created,
 *   RFC 9110 §15.3.2), and nothing in such a document says its server
 *   sends one.
 */
import { describeCode } from '../../functions/data/status-codes';
import { bodyKey } from '../../functions/lib/model';
import type { DocumentModel, Operation } from '../../functions/lib/model';
import { JsonPath, decodePointer, getAt, isObject, keysOf, own } from '../../functions/lib/safe';

interface ErrorChoice {
  readonly code: number;
  readonly ref: string;
}

const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const phraseOf = (code: number): string => normalise(describeCode(code).replace(/^\d+\s*/, ''));
const pathKey = (path: JsonPath): string => path.map(String).join('\u0000');

/** A response name's family: the name without its code and reason phrase (`scim_bad_request` → `scim`, `NotFound` → ``). */
function family(name: string, code: number): string {
  const phrase = phraseOf(code);
  let rest = normalise(name).replace(String(code), '');
  if (phrase !== '') rest = rest.replace(phrase, '');
  return rest.replace(/(error|response)$/, '');
}

/** A response description that says no more than its code does: three words at most, or six with the reason phrase ("Resource not found"). */
function generic(description: string, code: number): boolean {
  const words = description.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const phrase = phraseOf(code);
  return words.length <= 3 || (words.length <= 6 && phrase !== '' && normalise(description).includes(phrase));
}

/** A path's first segment that is no version and no parameter (`/v2/fqdns/{id}` → `fqdns`): the area of an operation. */
const VERSION_SEGMENT = /^(v?\d+([._]\d+)*|api|rest)$/i;
function areaOf(operation: Operation): string {
  if (operation.where !== 'path') return '';
  for (const segment of operation.target.split('/'))
    if (segment !== '' && !segment.startsWith('{') && !VERSION_SEGMENT.test(segment)) return segment.toLowerCase();
  return '';
}

/** The name of a local shared response from its `$ref`. */
const refName = (ref: string, prefix: string): string | undefined =>
  ref.startsWith(prefix) ? ref.slice(prefix.length).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;

/** What `fix` asks of the document for a missing error code (see `errorResponseChooser`). */
export interface ErrorChooser {
  /** The code and shared response to reference; undefined when the document has none to reuse. */
  choose(expects: readonly number[], responsesAt: JsonPath): ErrorChoice | undefined;
  /** Of the codes a finding allows, the one more of the document's operations declare (the finding's order on a tie). */
  mostDeclared(expects: readonly number[]): number;
  /** How many operations of the document declare `code`. */
  uses(code: number): number;
}

/**
 * The chooser for a missing error code: from the codes a finding allows and
 * the path of the operation's responses, the code and shared response to
 * reference; undefined when the document has none to reuse. `named` is the
 * document's own lookup of a shared response for a code (used, or named for
 * it), the fallback.
 */
export function errorResponseChooser(
  model: DocumentModel,
  written: unknown,
  swagger2: boolean,
  named: (code: number) => string | undefined,
): ErrorChooser {
  const prefix = swagger2 ? '#/responses/' : '#/components/responses/';
  const declared = new Map<number, number>();
  const used = new Map<number, Map<string, number>>();
  const byResponses = new Map<string, Operation>();
  /** Per code and shared response: the areas of the operations that reference it for the code. */
  const areas = new Map<number, Map<string, Set<string>>>();
  /** Per code: the areas of the operations that declare it, in any form. */
  const declaring = new Map<number, Set<string>>();
  for (const operation of model.operations) {
    byResponses.set(pathKey(operation.responsesPath), operation);
    const codes = new Set<number>();
    for (const entry of operation.responses) {
      if (entry.code === undefined) continue;
      codes.add(entry.code);
      declaring.set(entry.code, (declaring.get(entry.code) ?? new Set<string>()).add(areaOf(operation)));
      const ref = own(getAt(written, entry.path), '$ref');
      if (typeof ref !== 'string' || !ref.startsWith(prefix)) continue;
      const counts = used.get(entry.code) ?? new Map<string, number>();
      counts.set(ref, (counts.get(ref) ?? 0) + 1);
      used.set(entry.code, counts);
      const byRef = areas.get(entry.code) ?? new Map<string, Set<string>>();
      byRef.set(ref, (byRef.get(ref) ?? new Set<string>()).add(areaOf(operation)));
      areas.set(entry.code, byRef);
    }
    for (const code of codes) declared.set(code, (declared.get(code) ?? 0) + 1);
  }
  /**
   * Whether the shared response `ref` may stand for `code` in `area`: referenced nowhere, referenced in
   * the area, generic in its words ("Resource not found", "Requires authentication"), or the one most
   * areas that declare the code reference, three or more (GitHub's `validation_failed`).
   */
  const fits = (code: number, ref: string, area: string): boolean => {
    const where = areas.get(code)?.get(ref);
    if (where === undefined || where.size === 0 || where.has(area)) return true;
    const segments = decodePointer(ref.slice(1).replace(/^\//, ''));
    const description = segments === undefined ? undefined : own(getAt(written, segments), 'description');
    if (typeof description !== 'string' || generic(description, code)) return true;
    return where.size >= 3 && where.size * 2 >= (declaring.get(code)?.size ?? 0);
  };
  const definitions = keysOf(swagger2 ? own(written, 'responses') : own(own(written, 'components'), 'responses'));
  const escape = (name: string): string => `${prefix}${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

  /** The shared responses that may stand for `code`, with how often operations reference each for it. */
  const candidates = (code: number): Map<string, number> => {
    const found = new Map(used.get(code) ?? []);
    const phrase = phraseOf(code);
    for (const name of definitions) {
      const n = normalise(name);
      if ((phrase !== '' && n.includes(phrase)) || n.includes(String(code))) {
        const ref = escape(name);
        if (!found.has(ref)) found.set(ref, 0);
      }
    }
    return found;
  };

  /** The families of an operation's shared responses. */
  const ownFamilies = (operation: Operation | undefined): Set<string> => {
    const families = new Set<string>();
    for (const entry of operation?.responses ?? []) {
      const ref = own(getAt(written, entry.path), '$ref');
      const name = typeof ref === 'string' ? refName(ref, prefix) : undefined;
      if (name !== undefined && entry.code !== undefined) families.add(family(name, entry.code));
    }
    return families;
  };
  /** Per area: the named families more than half of its operations with shared responses share (worked out when first asked). */
  let areaFamilies: Map<string, Set<string>> | undefined;
  const familiesOfArea = (area: string): ReadonlySet<string> => {
    if (areaFamilies === undefined) {
      const counts = new Map<string, { neighbours: number; families: Map<string, number> }>();
      for (const other of model.operations) {
        const theirs = ownFamilies(other);
        if (theirs.size === 0) continue;
        const count = counts.get(areaOf(other)) ?? { neighbours: 0, families: new Map<string, number>() };
        count.neighbours++;
        for (const f of theirs) if (f !== '') count.families.set(f, (count.families.get(f) ?? 0) + 1);
        counts.set(areaOf(other), count);
      }
      areaFamilies = new Map(
        [...counts].map(([a, { neighbours, families }]) => [
          a,
          new Set([...families].filter(([, n]) => n * 2 > neighbours).map(([f]) => f)),
        ]),
      );
    }
    return areaFamilies.get(area) ?? new Set<string>();
  };
  /** The families of the operation's other responses; with none, the named ones most operations of its area with shared responses share. */
  const familiesOf = (operation: Operation | undefined): ReadonlySet<string> => {
    const families = ownFamilies(operation);
    return families.size > 0 || operation === undefined ? families : familiesOfArea(areaOf(operation));
  };

  /** The shared response for `code`, and whether it is of a named family of the operation's (`scim`, not the generic ``). */
  const pick = (
    code: number,
    families: ReadonlySet<string>,
    area: string,
  ): { ref: string | undefined; kin: boolean } => {
    const all = [...candidates(code).entries()].filter(([ref]) => fits(code, ref, area));
    const ofFamily = all.filter(([ref]) => families.has(family(refName(ref, prefix) ?? '', code)));
    // The family's most used; else the document's most used for the code (as before), else one named for it.
    const best = (list: Array<[string, number]>): string | undefined =>
      list.filter(([, n]) => n > 0 || list.every(([, m]) => m === 0)).sort((a, b) => b[1] - a[1])[0]?.[0];
    // A named family (`scim`) before the generic one (``: `bad_request` beside `not_found`).
    const kin = best(ofFamily.filter(([ref]) => family(refName(ref, prefix) ?? '', code) !== ''));
    if (kin !== undefined) return { ref: kin, kin: true };
    const fallback = named(code);
    return {
      ref: best(ofFamily) ?? (fallback !== undefined && fits(code, fallback, area) ? fallback : undefined),
      kin: false,
    };
  };

  const uses = (code: number): number => declared.get(code) ?? 0;
  const mostDeclared = (expects: readonly number[]): number =>
    expects.map((code, index) => ({ code, index, n: uses(code) })).sort((a, b) => b.n - a.n || a.index - b.index)[0]
      ?.code as number;

  const choose = (expects: readonly number[], responsesAt: JsonPath): ErrorChoice | undefined => {
    const operation = byResponses.get(pathKey(responsesAt));
    const families = familiesOf(operation);
    const area = operation === undefined ? '' : areaOf(operation);
    // A code with a response of the operation's own family first, then the code the document declares more, then the finding's order.
    const order = expects
      .map((code, index) => ({ code, index, uses: uses(code), ...pick(code, families, area) }))
      .filter((c): c is typeof c & { ref: string } => c.ref !== undefined)
      .sort((a, b) => Number(b.kin) - Number(a.kin) || b.uses - a.uses || a.index - b.index);
    const first = order[0];
    return first === undefined ? undefined : { code: first.code, ref: first.ref };
  };
  return { choose, mostDeclared, uses };
}

/** Why an ETag is left where the document declares none. */
export const NO_ETAG =
  "the document declares no ETag header anywhere and carries entity tags in body 'etag' fields: declaring a header the API may not send would mislead clients; for a person to judge";

/** Whether some object of the document has a `key` map with a key that `matches` (a `headers` map with ETag, a schema's `properties` with `etag`). */
function hasKeyUnder(written: unknown, key: string, matches: (name: string) => boolean): boolean {
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): boolean => {
    if (depth > 64 || !isObject(node) || seen.has(node)) return false;
    seen.add(node);
    const map = own(node, key);
    if (isObject(map) && keysOf(map).some(matches)) return true;
    for (const key of keysOf(node)) {
      const child = own(node, key);
      if (Array.isArray(child)) {
        if (child.some((item) => walk(item, depth + 1))) return true;
      } else if (walk(child, depth + 1)) return true;
    }
    return false;
  };
  return walk(written, 0);
}

/** Why a 201's Location is left where no 201 of the document declares one. */
const NO_LOCATION =
  'no 201 of the document declares a Location header, and a 201 may go without one (RFC 9110 §15.3.2: the target URI then names what was created): whether its server sends one is for a person to confirm';

/** Why a 201's Location is left where only 201s without a body declare one, and this one has a body. */
const NO_LOCATION_WITH_BODY =
  "the 201s of the document that declare a Location header have no body, where this one returns what it created: a bodiless 201's Location stands in for its body, and a 201 may go without one (RFC 9110 §15.3.2): whether its server sends one is for a person to confirm";

/**
 * Why a 201's Location is left, if it is: no 201 of the document like the
 * one to fix declares a Location header (a redirect's says nothing of what a 201 sends). For a 201 with a
 * body, only a 201 with a body counts: a bodiless 201's Location stands in
 * for the body it lacks, and says nothing of the 201s that return the
 * created resource (App Center).
 */
export function createdWithLocation(model: DocumentModel): (withBody: boolean) => string | undefined {
  const located = model.operations.flatMap((op) =>
    op.responses.filter((r) => r.code === 201 && r.headerNames.has('location')),
  );
  const withBodies = located.some(
    (r) => r.response !== undefined && bodyKey(r.response, r.operation.version) !== undefined,
  );
  return (withBody) =>
    located.length === 0 ? NO_LOCATION : withBody && !withBodies ? NO_LOCATION_WITH_BODY : undefined;
}

/** Whether an ETag fix is to be left: the document declares no ETag header anywhere and carries entity tags in body fields. */
export function etagInBodies(written: unknown): boolean {
  return (
    !hasKeyUnder(written, 'headers', (name) => name.toLowerCase() === 'etag') &&
    hasKeyUnder(written, 'properties', (name) => /^e_?tag$/i.test(name))
  );
}

/** How the document's operations declare errors: what `fix` reads before it adds a response for a code. */
export interface ErrorStyle {
  /**
   * Why a code outside the document's fixed set of client errors is left, if
   * it has one: every operation that declares a 4xx declares one 400 and no
   * other (DocuSign, at least 3 operations), or at least 3 operations, and
   * half of all, declare exactly the 4xx codes the whole document declares,
   * a 400 or 422 among them
   * (Adyen: 400/401/403/422 on 20 of 28, no 404 anywhere).
   */
  readonly outsideFixedSet: (wanted: readonly number[]) => string | undefined;
  /** Why no shared response for `code` is to be created on an operation that has (or lacks) a `default`, if there is a reason. */
  readonly againstCreating: (code: number, hasDefault: boolean) => string | undefined;
  /** Whether most operations answer errors with a `default` response (Stripe's way): a code none declares may still be added there. */
  readonly answersWithDefault: boolean;
  /** Why a 404 is not to be added to a list or a delete of a collection, if there is a reason (see `isCollectionOperation`). */
  readonly againstCollection404: (operation: Operation) => string | undefined;
}

/** Whether the operation declares a `default` response. */
export const hasDefault = (operation: Operation): boolean =>
  operation.responses.some((r) => r.key.toLowerCase() === 'default');

/**
 * A GET or DELETE of a collection: a path with parameters whose last segment
 * holds none (`/namespaces/{namespace}/pods`; not `/calls/{Sid}.json`), read
 * without the query or fragment some path keys carry (`/responses/{id}?beta=true`).
 */
const isCollectionOperation = (op: Operation): boolean => {
  if (op.where !== 'path' || (op.method !== 'get' && op.method !== 'delete') || op.templateParams.length === 0)
    return false;
  const segments = op.target
    .replace(/[?#].*$/, '')
    .split('/')
    .filter((segment) => segment.trim().length > 0);
  return !(segments[segments.length - 1] ?? '').includes('{');
};

/**
 * Reads how the document answers errors (see the module's comment). Each
 * reason holds after `fix` has run too, so that a second run adds nothing
 * (the codes it counts are ones the first run does not add).
 */
export function errorStyle(model: DocumentModel): ErrorStyle {
  const declared = new Set<number>();
  let operations = 0;
  let withDefault = 0;
  let collection404 = false;
  /** Per operation that declares a 4xx: its 4xx codes. */
  const clientErrors: number[][] = [];
  for (const operation of model.operations) {
    if (operation.where !== 'path') continue;
    operations++;
    if (hasDefault(operation)) withDefault++;
    const codes = [...new Set(operation.responses.map((r) => r.code).filter((c): c is number => c !== undefined))];
    for (const code of codes) declared.add(code);
    if (codes.includes(404) && isCollectionOperation(operation)) collection404 = true;
    const client = codes.filter((c) => c >= 400 && c < 500);
    if (client.length > 0) clientErrors.push(client);
  }
  const only = clientErrors[0]?.[0];
  const catchAll =
    only === 400 && clientErrors.length >= 3 && clientErrors.every((c) => c.length === 1 && c[0] === only);
  // The union of the 4xx codes declared; `fix` adds none outside it while this holds, so the count of operations declaring exactly it only grows.
  const union = [...new Set(clientErrors.flat())].sort((a, b) => a - b);
  const exactly = clientErrors.filter((c) => c.length === union.length).length;
  // A set that answers bad input with a 400 or 422: one 401 everywhere is authentication, not a set of errors (Kubernetes).
  const fixedSet =
    catchAll || ((union.includes(400) || union.includes(422)) && exactly >= 3 && exactly * 2 >= operations);
  return {
    answersWithDefault: withDefault * 2 > operations,
    outsideFixedSet: (wanted) => {
      if (!fixedSet || wanted.some((code) => union.includes(code))) return undefined;
      return catchAll
        ? `every operation of the document that declares an error declares one 400 and no other: whether its API answers this with a ${wanted.join(' or ')} is for a person`
        : `${exactly} of the document's ${operations} operations declare the same client errors, ${union.join('/')}, and none declares a ${wanted.join(' or ')}: whether its API answers this with a ${wanted.join(' or ')} rather than one of those is for a person`;
    },
    againstCreating: (code, hasDefault) => {
      if (code === 415 && !declared.has(415))
        return 'no operation of the document declares a 415, and many APIs answer an unsupported media type with a 400: whether this one sends a 415 is for a person';
      if (!hasDefault && withDefault * 2 > operations)
        return `${withDefault} of the document's ${operations} operations answer errors with a \`default\` response, which this one lacks: add that \`default\`, or a ${code}, by hand`;
      return undefined;
    },
    againstCollection404: (operation) =>
      isCollectionOperation(operation) && !collection404
        ? `no list or delete of a collection in the document declares a 404, and many APIs answer one under an unknown parent with an empty result (Kubernetes does in a namespace that does not exist): whether this one answers 404 is for a person`
        : undefined,
  };
}
