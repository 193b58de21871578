/**
 * The Level 3 REST profiles and mixins, as the profile rules hold them.
 *
 * Source: the profile pages of the Level 3 REST guide (https://level3.rest,
 * CC BY-ND 4.0, by Matt Bishop), summarised as facts in
 * shared/level3-profiles.md, and the guide's status page (the Level 3 REST status-codes page). Only
 * facts are used here (methods, codes, headers); no prose is copied.
 *
 * Where the status page and the profile pages disagree, the profile pages
 * are the authority for what is *required*; a code is *allowed* when either
 * gives it. Each such decision is written in docs/profiles.md, which prints
 * this table (generated; a test keeps the two in step).
 */
import { Method, STATE_CHANGING, WITH_CONTENT } from './methods';

/** Codes any resource may return, whatever its profile (Level 3 leaves them to plain HTTP). */
export const UNIVERSAL_CODES: readonly number[] = [400, 401, 403, 404, 405, 406, 429, 500, 501, 502, 503, 504, 505];

/**
 * Methods no profile speaks about: the profile rules stay silent on them.
 * Level 3 predates QUERY; an `additionalOperations` method (no `Method`) is
 * silent too (`isProfileSilent`).
 */
export const PROFILE_SILENT_METHODS: readonly Method[] = ['options', 'trace', 'query'];

/** Whether the profile rules stay silent on an operation's method (an additional method has none they know). */
export function isProfileSilent(method: Method | undefined): boolean {
  return method === undefined || PROFILE_SILENT_METHODS.includes(method);
}

interface ConditionalRequirement {
  /** A request header (case-insensitive) that makes the codes required. */
  readonly header: string;
  /** Each group: one of its codes must be declared. */
  readonly required: readonly (readonly number[])[];
}

export interface ProfileMethodRule {
  /** Each group: one of its codes must be declared (the main flow). */
  readonly required?: readonly (readonly number[])[];
  /** Further codes the profile gives for the method (rejections, alternatives). */
  readonly allowed?: readonly number[];
  /** Codes required only when the operation takes a request header. */
  readonly conditional?: readonly ConditionalRequirement[];
}

export interface ProfileHeaderRule {
  readonly methods: readonly Method[];
  readonly codes: readonly number[];
  /** Any one of these response headers satisfies the rule. */
  readonly headers: readonly string[];
  /** `offers-patch`: only when the resource offers PATCH. */
  readonly when?: 'offers-patch';
}

export interface ProfileDefinition {
  readonly kind: 'core' | 'mixin';
  /** Core: the methods the profile offers. Mixin: the methods it applies to (when the core offers them). */
  readonly methods: Readonly<Partial<Record<Method, ProfileMethodRule>>>;
  readonly headers?: readonly ProfileHeaderRule[];
  /** One line on what the profile is, for messages and docs (our words). */
  readonly summary: string;
  /** Mixins: the codes that mean the mixin is in play, so a message can suggest declaring it. */
  readonly signals?: readonly number[];
}

export type ProfileTable = Readonly<Record<string, ProfileDefinition>>;

const READ: ProfileMethodRule = { required: [[200]] };
const MODIFY = STATE_CHANGING;
const redirect = { required: [[307, 308]] } as const;

export const DEFAULT_PROFILES: ProfileTable = {
  home: {
    kind: 'core',
    summary: 'the entry point of the API: read-only, links to the rest',
    // 204 on GET: the status page lists Home under 204, a leftover of the
    // older Root profile; the Home page shows only 200. Tolerated, not required.
    methods: { head: READ, get: { required: [[200]], allowed: [204] } },
  },
  info: {
    kind: 'core',
    summary: 'read-only information, often computed',
    methods: { head: READ, get: READ },
  },
  nexus: {
    kind: 'core',
    summary: 'a hub identified by a business key, linking related resources; deletable, otherwise read-only',
    methods: { head: READ, get: READ, delete: { required: [[204]] } },
  },
  data: {
    kind: 'core',
    summary: 'a client-editable data object: replaced with PUT, optionally patched, deleted',
    methods: {
      head: READ,
      get: READ,
      // 415 on PUT/PATCH: the status page lists Data under 415 though its pages do not.
      put: { required: [[204]], allowed: [415, 422] },
      patch: { required: [[204]], allowed: [409, 415, 422, 428] },
      delete: { required: [[204]] },
    },
    headers: [{ methods: ['get', 'head'], codes: [200], headers: ['Accept-Patch'], when: 'offers-patch' }],
  },
  content: {
    kind: 'core',
    summary: 'bytes (a file or blob), with range requests',
    methods: {
      head: READ,
      // 409: the fail-fast range GET answers 409 when the content changed.
      get: {
        required: [[200]],
        allowed: [206, 409, 416],
        conditional: [{ header: 'Range', required: [[206], [416]] }],
      },
      // 422: the status page lists Content under 422 though its page does not.
      put: { required: [[204]], allowed: [411, 413, 415, 422] },
      delete: { required: [[204]] },
    },
    headers: [{ methods: ['get'], codes: [206, 416], headers: ['Content-Range'] }],
  },
  alias: {
    kind: 'core',
    summary:
      "a stable URL that redirects every method to another resource; next to it, the target's profile says which methods",
    methods: { head: redirect, get: redirect, put: redirect, post: redirect, patch: redirect, delete: redirect },
    headers: [{ methods: ['head', 'get', 'put', 'post', 'patch', 'delete'], codes: [307, 308], headers: ['Location'] }],
  },
  action: {
    kind: 'core',
    summary: 'a button: POST without a body triggers a state change, answered 303 See Other',
    methods: { head: READ, get: READ, post: { required: [[303]] } },
    headers: [{ methods: ['post'], codes: [303], headers: ['Location'] }],
  },
  form: {
    kind: 'core',
    summary: 'GET a form or template, POST it back, usually to create',
    // 409: the idempotency-key flow of the 2023 draft.
    methods: { head: READ, get: READ, post: { required: [[201, 204]], allowed: [409, 415, 422] } },
    headers: [{ methods: ['post'], codes: [201, 204], headers: ['Location'] }],
  },
  lookup: {
    kind: 'core',
    summary: 'a query form that finds one existing resource (POST, then 303 See Other)',
    methods: { head: READ, get: READ, post: { required: [[303]], allowed: [415, 422] } },
    headers: [{ methods: ['post'], codes: [303], headers: ['Location'] }],
  },
  upload: {
    kind: 'core',
    summary: 'accepts bytes with POST and creates a content resource',
    methods: { head: READ, get: READ, post: { required: [[201]], allowed: [411, 413, 415] } },
    headers: [{ methods: ['post'], codes: [201], headers: ['Location'] }],
  },
  entity: {
    kind: 'mixin',
    summary: 'validators (ETag, Last-Modified) for caching and lost-update protection',
    signals: [304, 412, 428],
    methods: {
      head: { allowed: [304] },
      get: { required: [[304]] },
      // 409: the status page lists Entity under 409 (PATCH conflict).
      ...Object.fromEntries(MODIFY.map((m) => [m, { required: [[412]], allowed: [204, 409, 428] }])),
    },
    headers: [{ methods: ['get', 'head'], codes: [200], headers: ['ETag', 'Last-Modified'] }],
  },
  preflight: {
    kind: 'mixin',
    summary: 'Expect: 100-continue, so headers are checked before a large body is sent',
    signals: [100, 417],
    methods: Object.fromEntries(
      WITH_CONTENT.map((m) => [m, { required: [[417]], allowed: [100, 411, 412, 413, 415] }]),
    ),
  },
  representation: {
    kind: 'mixin',
    summary: 'Prefer: return=representation, so a change can answer with the resulting representation',
    signals: [200],
    methods: {
      put: { required: [[200]] },
      patch: { required: [[200]] },
      post: { allowed: [200, 201] },
    },
  },
  async: {
    kind: 'mixin',
    summary: 'Prefer: respond-async, so a change can be accepted now and done later',
    signals: [202],
    methods: Object.fromEntries(MODIFY.map((m) => [m, { required: [[202]], allowed: [200, 201, 204] }])),
  },
};

const PROFILE_URI_BASE = 'https://level3.rest/profiles/';

/** The canonical URI of a profile name. */
export function profileUri(name: string, table: ProfileTable = DEFAULT_PROFILES): string {
  return table[name]?.kind === 'mixin' ? `${PROFILE_URI_BASE}mixins/${name}` : `${PROFILE_URI_BASE}${name}`;
}
