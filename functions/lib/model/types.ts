/**
 * What the rules see of a document: its operations (paths, webhooks,
 * callbacks), each with what a status-code rule needs to judge it.
 */
import { Method } from '../../data/methods';
import { Dict, JsonPath } from '../safe';
import { StatusKey } from '../status-keys';

export type OasVersion = '2.0' | '3.0' | '3.1' | '3.2';

export interface Parameter {
  readonly name: string;
  /** `name` lower-cased for headers; as written otherwise. */
  readonly key: string;
  readonly in: string;
  /** The dereferenced Parameter Object, for the questions few rules ask (see `checksValues`). */
  readonly node: Dict;
}

export interface ResponseEntry {
  /** The key as written in the Responses Object. */
  readonly key: string;
  readonly status: StatusKey;
  /**
   * The status code the rules judge: a well-formed code that the IANA
   * registry lists and uses. Undefined for ranges, `default`, extensions
   * and the keys that `http-status-code-format` or
   * `http-status-code-registered` report (see lib/ownership.ts).
   */
  readonly code: number | undefined;
  /** Path of the key in the document (`[..., 'responses', '201']`), built when asked for (findings only). */
  readonly path: JsonPath;
  /** Lower-cased names of the response's headers; `$ref`'d headers count by their key. */
  readonly headerNames: ReadonlySet<string>;
  /** The dereferenced Response Object, or undefined when its `$ref` does not resolve. */
  readonly response: Dict | undefined;
  /** The operation the response belongs to. */
  readonly operation: Operation;
}

export type ResponsesState = 'ok' | 'missing' | 'null' | 'not-an-object';

export type Security = 'none' | 'optional' | 'required';

export interface Operation {
  /**
   * The method whose semantics the rules judge: a Path Item field (`get`,
   * OpenAPI 3.2's `query`). Undefined for an `additionalOperations` entry
   * (`LINK`, `PURGE`): the matrix has no column for it, so only the rules
   * that do not depend on the method judge it.
   */
  readonly method: Method | undefined;
  /** The method as sent on the wire and as messages name it: `GET`, `QUERY`, `PURGE` (document text for additional operations). */
  readonly methodName: string;
  /** The method for a message: `GET`, `QUERY`, an additional operation's key quoted (it is document text, see lib/quote.ts). */
  readonly shownMethod: string;
  /** Where the operation is in its Path Item: `['get']`, `['additionalOperations', 'PURGE']`. */
  readonly methodPath: readonly string[];
  readonly where: 'path' | 'webhook' | 'callback';
  /** The path template, the webhook name, or the callback's URL expression. */
  readonly target: string;
  /** How messages name the operation: `GET /orders/{id}` (document text quoted for a message). */
  readonly label: string;
  /** The same with the document's text as written, for tools that show it through `visible()` (never a message). */
  readonly plainLabel: string;
  /**
   * What the operation is, as written, for semantic keys (lib/finding-keys.ts):
   * `GET /orders/{id}`, `POST webhook newPet`, `POST callback onEvent
   * {$request.body#/url} of POST /subscriptions`. Never a line or a pointer.
   */
  readonly identity: string;
  /** Path of the Operation Object in the document. */
  readonly path: JsonPath;
  /** Path of the Path Item Object. */
  readonly pathItemPath: JsonPath;
  readonly version: OasVersion;
  /** Path-item and operation parameters merged; the operation wins by `in` + name. */
  readonly parameters: readonly Parameter[];
  /** Lower-cased names of the header parameters (built when asked for; the rules use `takesHeader`). */
  readonly headerParams: ReadonlySet<string>;
  /** Names of the template parameters of the path, e.g. `id` in `/orders/{id}`. */
  readonly templateParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyMediaTypes: readonly string[];
  readonly security: Security;
  /** The Security Requirement Objects that apply (the operation's own, else the root's for paths), as written. */
  readonly securityRequirements: readonly unknown[];
  readonly responsesState: ResponsesState;
  /** Path of the Responses Object (it may not exist, see `responsesState`). */
  readonly responsesPath: JsonPath;
  readonly responses: readonly ResponseEntry[];
  /** The dereferenced Operation Object. */
  readonly node: Dict;
  /** The dereferenced Path Item Object that holds it. */
  readonly pathItem: Dict;
  /** The dereferenced document root. */
  readonly root: Dict;
}

export interface PathItemEntry {
  /** The key under `paths`. */
  readonly key: string;
  readonly path: JsonPath;
  /** The dereferenced Path Item Object. */
  readonly item: Dict;
  /** Its operations, in method order. */
  readonly operations: readonly Operation[];
}

/** What the document's text may contain, so that rules skip work it cannot need. */
export interface Mentions {
  /** `x-http-status-ignore` appears: waivers may apply. */
  readonly waivers: boolean;
  /** `x-profiles` or a level3.rest URI appears: profiles may be declared. */
  readonly profiles: boolean;
}

export interface DocumentModel {
  readonly version: OasVersion | undefined;
  readonly mentions: Mentions;
  /** The dereferenced document root. */
  readonly root: Dict;
  readonly operations: readonly Operation[];
  /** The path items under `paths` (not webhooks or callbacks): the API's resources. */
  readonly pathItems: readonly PathItemEntry[];
}
