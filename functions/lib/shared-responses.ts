/**
 * A problem inside a response that several operations share through a
 * `$ref` (`components/responses/Unauthorized`) is one problem, with one
 * place to fix it. In the default mode it is reported once, at the shared
 * definition, naming who uses it; in the strict mode (and where the
 * response is written inline, or in another file) on each operation's key.
 */
import type { Run } from './context';
import type { DocumentModel, ResponseEntry } from './model';
import { JsonPath, getAt, own } from './safe';
import { quote } from './quote';

const MAX_HOPS = 8;

/** Where a response written as a local `$ref` is defined (following `$ref` to `$ref`), and its name (document text: `quote` it for a message). */
export function sharedDefinition(written: unknown, entryPath: JsonPath): { readonly path: JsonPath; readonly name: string } | undefined {
  let node = getAt(written, entryPath);
  let path: string[] | undefined;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const ref = own(node, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#/')) break;
    let segments: string[];
    try {
      segments = ref.slice(2).split('/').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
    } catch {
      break;
    }
    const target = getAt(written, segments);
    if (target === undefined) break;
    path = segments;
    node = target;
  }
  return path === undefined ? undefined : { path, name: path[path.length - 1] ?? '' };
}

const users = new WeakMap<DocumentModel, Map<string, ResponseEntry[]>>();

/** Every response of the document that is a `$ref` to the shared definition at `path` (built once per document, when first asked). */
export function usersOf(model: DocumentModel, written: unknown, path: JsonPath): readonly ResponseEntry[] {
  let index = users.get(model);
  if (index === undefined) {
    index = new Map();
    for (const operation of model.operations) {
      for (const entry of operation.responses) {
        const shared = sharedDefinition(written, entry.path);
        if (shared === undefined) continue;
        const key = shared.path.join('\u0000');
        index.set(key, [...(index.get(key) ?? []), entry]);
      }
    }
    users.set(model, index);
  }
  return index.get(path.join('\u0000')) ?? [];
}

export interface ResponseProblem {
  /** What tells this problem from another on the same definition (the code, the header). */
  readonly key: string;
  /** The message on one operation's key. */
  readonly perOperation: string;
  /** The message on a shared definition: its name, and who uses it, with the verb (`GET /a declares`, `GET /a and 3 other operations declare`). */
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

/** Reports a problem of `entry`: once at its shared definition in the default mode, else on the operation's key. */
export function reportResponseProblem(run: Run<unknown>, entry: ResponseEntry, problem: ResponseProblem): void {
  const at = problem.at ?? [];
  const shared = run.mode === 'default' ? sharedDefinition(run.written, entry.path) : undefined;
  if (shared === undefined) {
    run.report(problem.perOperation, [...entry.path, ...at]);
    return;
  }
  const holdsFor = problem.holdsFor;
  if (holdsFor !== undefined && !usersOf(run.model, run.written, shared.path).every(holdsFor)) {
    run.report(problem.perOperationOwn?.(quote(shared.name)) ?? problem.perOperation, entry.path);
    return;
  }
  const first = entry.operation.label;
  run.reportGrouped(`${shared.path.join('/')}\u0000${problem.key}`, [...shared.path, ...at], (count) =>
    problem.shared(quote(shared.name), count === 1 ? `${first} declares` : `${first} and ${count - 1} other operation${count === 2 ? '' : 's'} declare`),
  );
}
