/**
 * A problem inside a response that several operations share through a
 * `$ref` (`components/responses/Unauthorized`, or `./responses.yaml#/…` in
 * another file) is one problem, with one place to fix it. In the default
 * mode it is reported once, naming who uses it: at the shared definition
 * when it is in this file, on the `$ref` of the first operation that uses
 * it when it is in another (Spectral reports a finding in the file it
 * lints). In the strict mode, and where the response is written inline, it
 * is reported on each operation's key.
 *
 * Rules report such problems through `Run.reportResponse` (lib/rule.ts),
 * which calls `placeResponseProblem` here: placement is decided in this one
 * place, for every rule.
 */
import type { DocumentModel, ResponseEntry } from './model';
import { JsonPath, decodePointer, getAt, own } from './safe';

const MAX_HOPS = 8;

/** Where a shared response is defined. */
interface SharedDefinition {
  /** What tells one definition from another: the local pointer, or the external reference as written. */
  readonly id: string;
  /** The definition's path in this document (a local definition), where its findings land. */
  readonly path: JsonPath | undefined;
  /** How messages name it (document text: `quote` it): the component's name, or the file and pointer of an external one. */
  readonly name: string;
  readonly external: boolean;
  /** For a definition in another file: the file and pointer as the `$ref` writes them (`responses.yaml#/Unauthorized`). */
  readonly file?: string;
}

/** The shared definition a response written as a `$ref` stands for (following local `$ref` to `$ref`), if it is one. */
function sharedDefinitionOf(written: unknown, entryPath: JsonPath): SharedDefinition | undefined {
  let node = getAt(written, entryPath);
  let path: string[] | undefined;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const ref = own(node, '$ref');
    if (typeof ref !== 'string') break;
    if (!ref.startsWith('#')) {
      // In another file: Spectral resolved it; the written document has only the reference.
      if (path !== undefined) break;
      const hash = ref.indexOf('#');
      const file = (hash < 0 ? ref : ref.slice(0, hash)).replace(/^\.\//, '');
      const pointer = hash < 0 ? '' : ref.slice(hash + 1);
      const segments = decodePointer(pointer.replace(/^\//, '')) ?? [];
      const last = segments[segments.length - 1];
      return {
        id: `external\u0000${file}#${pointer}`,
        path: undefined,
        name: last === undefined || last === '' ? file : `${last}' in '${file}`,
        external: true,
        file: pointer === '' ? file : `${file}#${pointer}`,
      };
    }
    if (!ref.startsWith('#/')) break;
    const segments = decodePointer(ref.slice(2));
    if (segments === undefined) break;
    const target = getAt(written, segments);
    if (target === undefined) break;
    path = segments;
    node = target;
  }
  return path === undefined
    ? undefined
    : { id: `local\u0000${path.join('\u0000')}`, path, name: path[path.length - 1] ?? '', external: false };
}

/** Where a response written as a local `$ref` is defined, and its name (document text: `quote` it for a message). */
export function sharedDefinition(
  written: unknown,
  entryPath: JsonPath,
): { readonly path: JsonPath; readonly name: string } | undefined {
  const shared = sharedDefinitionOf(written, entryPath);
  return shared === undefined || shared.path === undefined ? undefined : { path: shared.path, name: shared.name };
}

const users = new WeakMap<DocumentModel, Map<string, ResponseEntry[]>>();

function userIndex(model: DocumentModel, written: unknown): Map<string, ResponseEntry[]> {
  let index = users.get(model);
  if (index === undefined) {
    index = new Map();
    for (const operation of model.operations) {
      for (const entry of operation.responses) {
        const shared = sharedDefinitionOf(written, entry.path);
        if (shared === undefined) continue;
        const list = index.get(shared.id);
        if (list === undefined) index.set(shared.id, [entry]);
        else list.push(entry);
      }
    }
    users.set(model, index);
  }
  return index;
}

/** Every response of the document that is a `$ref` to the shared definition (built once per document, when first asked). */
function usersOfDefinition(
  model: DocumentModel,
  written: unknown,
  definition: SharedDefinition,
): readonly ResponseEntry[] {
  return userIndex(model, written).get(definition.id) ?? [];
}

/** Every response of the document that is a `$ref` to the local shared definition at `path`. */
export function usersOf(model: DocumentModel, written: unknown, path: JsonPath): readonly ResponseEntry[] {
  return userIndex(model, written).get(`local\u0000${path.join('\u0000')}`) ?? [];
}

export interface ResponseProblem {
  /** What the problem is about within the response (a header's name, `body`), for its semantic key; also what tells two problems of one definition apart. */
  readonly subject: string;
  /** The message on one operation's key. */
  readonly perOperation: string;
  /** The message on a shared definition: its name (quoted), and who uses it, with the verb (`GET /a declares`, `GET /a and 3 other operations declare`). */
  readonly shared: (name: string, users: string) => string;
  /** Where below the response the problem is (`['content']`), if not the response itself. */
  readonly at?: JsonPath;
  /**
   * For a fix that removes something (a body, a header): whether the problem
   * holds for another response that shares the definition. The fix is made
   * at the shared definition only when it holds for every user; else each
   * operation that has the problem gets `perOperationOwn`.
   */
  readonly holdsFor?: (other: ResponseEntry) => boolean;
  /** The message on an operation's key when the shared definition must stay as it is for its other users. */
  readonly perOperationOwn?: (name: string) => string;
}

/** Where a response problem is reported: on the operation's key, or once for a shared definition. */
export type Placement =
  | { readonly kind: 'operation'; readonly path: JsonPath; readonly message: string }
  | {
      readonly kind: 'shared';
      /** What groups the reports of one problem of one definition. */
      readonly group: string;
      readonly path: JsonPath;
      readonly message: (count: number) => string;
    };

/** Where a problem of `entry` is reported, in `mode`: once for its shared definition in the default mode, else on the operation's key. */
export function placeResponseProblem(
  mode: string,
  model: DocumentModel,
  written: unknown,
  entry: ResponseEntry,
  problem: ResponseProblem,
  quote: (text: string) => string,
): Placement {
  const at = problem.at ?? [];
  const definition = sharedDefinitionOf(written, entry.path);
  // On an operation's key, a response defined in another file is named: the fix goes there, not here.
  const elsewhere = definition?.file === undefined ? '' : ` The response is defined in '${quote(definition.file)}'.`;
  const shared = mode === 'default' ? definition : undefined;
  if (shared === undefined)
    return { kind: 'operation', path: [...entry.path, ...at], message: problem.perOperation + elsewhere };
  const name = quote(shared.name);
  const holdsFor = problem.holdsFor;
  if (holdsFor !== undefined && !usersOfDefinition(model, written, shared).every(holdsFor)) {
    return {
      kind: 'operation',
      path: entry.path,
      message:
        (problem.perOperationOwn?.(name) ?? problem.perOperation) +
        (problem.perOperationOwn === undefined ? elsewhere : ''),
    };
  }
  const first = entry.operation.label;
  return {
    kind: 'shared',
    group: `${shared.id}\u0000${entry.key}\u0000${problem.subject}`,
    // A definition in another file: on the `$ref` of the first operation that uses it.
    path: shared.path === undefined ? entry.path : [...shared.path, ...at],
    message: (count) =>
      problem.shared(
        name,
        count === 1
          ? `${first} declares`
          : `${first} and ${count - 1} other operation${count === 2 ? '' : 's'} declare`,
      ),
  };
}
