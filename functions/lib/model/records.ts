/*
 * The records the walk builds: what it read, plus what only findings need
 * (paths, labels) or only some rules need (header names, media types),
 * built when first asked for. With 50,000 operations every array not
 * allocated per operation is garbage Spectral's multi-gigabyte heap does not
 * have to collect (see bench/RESULTS.md).
 */
import { Method, upperMethod } from '../../data/methods';
import { Dict, JsonPath, deref, isObject, keysOf, own } from '../safe';
import { StatusKey } from '../status-keys';
import { quote, uninert } from '../quote';
import { judgeableCode, mediaTypesOf } from './queries';
import { OasVersion, Operation, Parameter, ResponseEntry, ResponsesState, Security } from './types';

const NO_HEADERS: ReadonlySet<string> = new Set<string>();
const NO_MEDIA_TYPES: readonly string[] = [];
const NO_RESPONSES: readonly ResponseEntry[] = [];
const NOT_READ = Symbol('not read');

export class ResponseRecord implements ResponseEntry {
  /** Read once: a dozen rules ask each response for it. */
  readonly code: number | undefined;
  private value: Dict | undefined | typeof NOT_READ = NOT_READ;
  private headerNamesValue: ReadonlySet<string> | undefined = undefined;

  constructor(
    readonly key: string,
    readonly status: StatusKey,
    readonly operation: OperationRecord,
  ) {
    this.code = judgeableCode(status);
  }

  /**
   * Read when a rule asks: most rules judge the key alone, and on a large
   * document every response object not touched is a cache miss saved.
   */
  get response(): Dict | undefined {
    if (this.value === NOT_READ) {
      const resolved = deref(this.operation.root, own(this.operation.responsesValue, this.key));
      this.value = isObject(resolved) ? resolved : undefined;
    }
    return this.value;
  }

  /** Computed when a rule first asks (the header rules, for a few codes). */
  get headerNames(): ReadonlySet<string> {
    if (this.headerNamesValue === undefined) {
      const keys = keysOf(own(this.response, 'headers'));
      let names: Set<string> | undefined;
      for (let i = 0; i < keys.length; i++) (names ??= new Set<string>()).add((keys[i] as string).toLowerCase());
      this.headerNamesValue = names ?? NO_HEADERS;
    }
    return this.headerNamesValue;
  }

  get path(): JsonPath {
    return [...this.operation.responsesPath, this.key];
  }
}

/** What the operations of one path item share: one object per path item, not per operation. */
export interface Site {
  readonly where: Operation['where'];
  readonly target: string;
  /** For callbacks: what the callback belongs to (`callback 'onEvent' of POST /subscriptions`). */
  readonly origin: string | undefined;
  /** What the operations are, as the findings' semantic keys name them (lib/finding-keys.ts): document text as written. */
  readonly scope: string;
  readonly pathItemPath: JsonPath;
  readonly templateParams: readonly string[];
  readonly pathItem: Dict;
  /** The dereferenced document root, to read responses on demand. */
  readonly root: Dict;
  readonly version: OasVersion;
}

/** What only findings or a few rules need, built when first asked for. */
interface Derived {
  label?: string;
  path?: JsonPath;
  responsesPath?: JsonPath;
  mediaTypes?: readonly string[];
  headerParams?: ReadonlySet<string>;
}

export class OperationRecord implements Operation {
  responses: readonly ResponseEntry[] = NO_RESPONSES;
  private derived: Derived | undefined = undefined;

  constructor(
    readonly method: Method | undefined,
    /** The method as sent on the wire (`GET`, `PURGE`): for a Path Item field its upper-case name, else the key as written. */
    readonly methodName: string,
    /** Where the operation is in its Path Item (`['get']`, `['additionalOperations', 'PURGE']`). */
    readonly methodPath: readonly string[],
    private readonly site: Site,
    readonly parameters: readonly Parameter[],
    readonly hasBody: boolean,
    /** Swagger 2: the `consumes` list; OpenAPI 3: the dereferenced Request Body Object. */
    private readonly bodySource: unknown,
    readonly security: Security,
    readonly securityRequirements: readonly unknown[],
    readonly responsesState: ResponsesState,
    readonly node: Dict,
    /** The Responses Object when it is one (`responsesState === 'ok'`). */
    readonly responsesValue: Dict | undefined,
  ) {}

  get where(): Operation['where'] {
    return this.site.where;
  }

  get target(): string {
    return this.site.target;
  }

  get pathItemPath(): JsonPath {
    return this.site.pathItemPath;
  }

  get templateParams(): readonly string[] {
    return this.site.templateParams;
  }

  get pathItem(): Dict {
    return this.site.pathItem;
  }

  get root(): Dict {
    return this.site.root;
  }

  get version(): OasVersion {
    return this.site.version;
  }

  get identity(): string {
    return `${this.methodName} ${this.site.scope}`;
  }

  get shownMethod(): string {
    return this.method !== undefined && this.methodPath.length === 1
      ? upperMethod(this.method)
      : quote(this.methodName);
  }

  /**
   * The label with the document's text as written (no escapes, no cap, no
   * brace breaks): for tools that show it themselves, through `visible()`
   * (the status-code map), never for a message.
   */
  get plainLabel(): string {
    const { where, origin, target } = this.site;
    const upper = this.methodName;
    return where === 'path'
      ? `${upper} ${target}`
      : where === 'webhook'
        ? `${upper} webhook '${target}'`
        : `${upper} ${target} (${uninert(origin ?? 'callback')})`;
  }

  get label(): string {
    const derived = (this.derived ??= {});
    if (derived.label === undefined) {
      // Document text (the path key, the webhook or callback name), quoted
      // the one way (lib/quote.ts): the label stands in most messages.
      const { where, origin } = this.site;
      const target = quote(this.site.target);
      const upper = this.shownMethod;
      derived.label =
        where === 'path'
          ? `${upper} ${target}`
          : where === 'webhook'
            ? `${upper} webhook '${target}'`
            : `${upper} ${target} (${origin ?? 'callback'})`;
    }
    return derived.label;
  }

  get bodyMediaTypes(): readonly string[] {
    if (!this.hasBody) return NO_MEDIA_TYPES;
    const derived = (this.derived ??= {});
    return (derived.mediaTypes ??= mediaTypesOf(this.bodySource, this.site.version));
  }

  get headerParams(): ReadonlySet<string> {
    const derived = (this.derived ??= {});
    if (derived.headerParams === undefined) {
      let headers: Set<string> | undefined;
      for (const parameter of this.parameters)
        if (parameter.in === 'header') (headers ??= new Set<string>()).add(parameter.key);
      derived.headerParams = headers ?? NO_HEADERS;
    }
    return derived.headerParams;
  }

  get path(): JsonPath {
    const derived = (this.derived ??= {});
    return (derived.path ??= [...this.site.pathItemPath, ...this.methodPath]);
  }

  get responsesPath(): JsonPath {
    const derived = (this.derived ??= {});
    return (derived.responsesPath ??= [...this.path, 'responses']);
  }
}
