/**
 * What a change does to an API's status codes, judged: the findings new in
 * head, fixed since base and still there (matched by semantic key, so a
 * moved line or a reworded message is not "new"), and per operation the
 * status codes added, removed or changed, each with what this ruleset says
 * of the code in head and what the change means for clients.
 *
 * Diff tools list codes added and removed but judge none (and oasdiff
 * parses codes as integers, so a removed `default` or `4XX` goes unseen);
 * linters judge but never the change. This joins the two.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { keyText } from '../functions/lib/finding-keys';
import { getModel } from '../functions/lib/model';
import type { Operation } from '../functions/lib/model';
import { applyBaseline, buildBaseline } from './baseline';
import type { DocumentLint, KeyedResult } from './engine';
import type { Side } from './sides';

/** What a status-code change means for clients. */
export type Impact =
  /** A success code, `default`, or a success range removed, or narrowed: clients that handle it break. */
  | 'breaking'
  /** An error code removed: clients lose documentation they rely on. */
  | 'documentation-removed'
  /** A success code (or `default`) added: a new outcome clients must handle. */
  | 'new-outcome'
  /** An error code added: a newly documented error. */
  | 'new-error'
  /** The key now covers more (`200` → `2XX`, `4XX` → `default`): less precise, nothing lost. */
  | 'less-specific';

/** What this ruleset says of a code in head. */
export type Verdict = 'fine' | 'does-not-belong' | 'has-a-problem';

export interface CodeChange {
  readonly kind: 'added' | 'removed' | 'changed';
  /** The operation, as semantic keys name it (`GET /orders/{id}`). */
  readonly operation: string;
  /** The key in head (added, changed). */
  readonly code?: string;
  /** The key in base (removed, changed). */
  readonly was?: string;
  readonly impact: Impact;
  readonly breaking: boolean;
  /** For a key in head: what the ruleset says of it, and the findings that say so. */
  readonly verdict?: Verdict;
  readonly findings?: ReadonlyArray<{ readonly rule: string; readonly message: string }>;
  /** Head's file and line of the key (or of the operation, for a removed code). */
  readonly file?: string;
  readonly line?: number;
  /** The same change gets the same fingerprint in every diff (for approvals carried across commits). */
  readonly fingerprint: string;
}

export interface OperationChange {
  readonly kind: 'added' | 'removed';
  readonly operation: string;
  /** Its response keys (head's for an added operation, base's for a removed one). */
  readonly codes: readonly string[];
  readonly breaking: boolean;
  readonly file?: string;
  readonly line?: number;
  readonly fingerprint: string;
}

export interface FindingEntry {
  readonly rule: string;
  readonly severity: number;
  readonly message: string;
  readonly keys: readonly string[];
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly path: ReadonlyArray<string | number>;
}

export interface DiffResult {
  readonly format: 'spectral-http-status-diff/1';
  readonly base: string;
  readonly head: string;
  readonly findings: {
    readonly new: readonly FindingEntry[];
    readonly fixed: readonly FindingEntry[];
    /** How many findings are in both. */
    readonly unchanged: number;
  };
  readonly operations: readonly OperationChange[];
  readonly codes: readonly CodeChange[];
  readonly summary: {
    readonly newFindings: number;
    readonly fixedFindings: number;
    readonly unchangedFindings: number;
    readonly operationsAdded: number;
    readonly operationsRemoved: number;
    readonly codesAdded: number;
    readonly codesRemoved: number;
    readonly codesChanged: number;
    readonly breaking: number;
  };
}

const fingerprint = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** `2XX` -> 2, `201` -> 2, `default` -> undefined. */
function classOf(key: string): number | undefined {
  const match = /^([1-5])(?:\d\d|XX)$/i.exec(key);
  return match === null ? undefined : Number(match[1]);
}

const isSuccess = (key: string): boolean => key === 'default' || classOf(key) === 2 || classOf(key) === 3;

/** Whether response key `outer` covers every status `inner` covers (`default` ⊇ `4XX` ⊇ `404`). */
function covers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  if (outer === 'default') return inner !== 'default';
  if (/^[1-5]XX$/i.test(outer)) return /^[1-5]\d\d$/.test(inner) && inner[0] === outer[0];
  return false;
}

interface SideModel {
  readonly lint: DocumentLint;
  readonly side: Side;
  readonly operations: ReadonlyMap<string, Operation>;
}

function modelOf(lint: DocumentLint, side: Side): SideModel {
  const model = getModel(lint.outcome.resolved, lint.outcome.written, lint.outcome.text);
  return { lint, side, operations: new Map(model.operations.map((op) => [op.identity, op])) };
}

/** Response keys as written, without extensions. */
const keysOf = (operation: Operation): string[] =>
  operation.responses.map((entry) => entry.key).filter((key) => !key.startsWith('x-'));

/** How a side names the files of its description: its document `<document>`, the others from its folder. */
function naming(side: Side): (source: string) => string {
  return (source) =>
    source === side.document
      ? '<document>'
      : /^https?:\/\//i.test(source)
        ? source
        : path.relative(side.root, source).split(path.sep).join('/');
}

function entryOf(keyed: KeyedResult, side: Side, cwd: string, shownAs: (source: string) => string): FindingEntry {
  const { result } = keyed;
  const source = result.source ?? side.document;
  const file = source === side.document ? shownAs(side.document) : path.relative(cwd, source);
  return {
    rule: String(result.code),
    severity: result.severity,
    message: result.message,
    keys: keyed.keys.map(keyText),
    file,
    line: result.range.start.line + 1,
    path: result.path,
  };
}

/** The diff of two lints of a description. */
export function diffLints(
  base: DocumentLint,
  baseSide: Side,
  head: DocumentLint,
  headSide: Side,
  cwd: string,
): DiffResult {
  return diffInDetail(base, baseSide, head, headSide, cwd).diff;
}

/** The diff, with what the map of the change (cli/diff-map.ts) reads besides: head's new findings and operations, by identity. */
export interface DetailedDiff {
  readonly diff: DiffResult;
  readonly fresh: readonly KeyedResult[];
  readonly headOperations: ReadonlyMap<string, Operation>;
}

export function diffInDetail(
  base: DocumentLint,
  baseSide: Side,
  head: DocumentLint,
  headSide: Side,
  cwd: string,
): DetailedDiff {
  const shownHead = (source: string): string =>
    /^git:/.test(headSide.spec) || /^https?:/i.test(source)
      ? headSide.spec.replace(/^git:[^:]+:/, '')
      : path.relative(cwd, source);
  // Findings, matched by key as a baseline matches them.
  const baseNames = naming(baseSide);
  const headNames = naming(headSide);
  const fromBase = buildBaseline([base], baseNames);
  const fromHead = buildBaseline([head], headNames);
  const fresh = applyBaseline([head], fromBase, headNames).fresh;
  const fixed = applyBaseline([base], fromHead, baseNames).fresh;
  const b = modelOf(base, baseSide);
  const h = modelOf(head, headSide);
  const locate = (op: Operation, key?: string): number | undefined => {
    const path = key === undefined ? op.path : [...op.responsesPath, key];
    for (let n = path.length; n >= 1; n--) {
      const at = head.outcome.locate(path.slice(0, n));
      if (at !== undefined) return at.line;
    }
    return undefined;
  };
  const headFile = shownHead(headSide.document);
  // What the ruleset says of each key of head, from its findings on the key.
  const said = new Map<string, Array<{ rule: string; message: string; kind: string }>>();
  for (const keyed of head.results) {
    const kind = keyed.note?.kind;
    if (kind === undefined || kind === 'missing') continue;
    for (const key of keyed.keys) {
      if (key.code === undefined) continue;
      const id = `${key.where}\u0000${key.code}`;
      const list = said.get(id) ?? [];
      list.push({ rule: keyed.note?.rule ?? String(keyed.result.code), message: keyed.result.message, kind });
      said.set(id, list);
    }
  }
  const judge = (operation: string, code: string): Pick<CodeChange, 'verdict' | 'findings'> => {
    const findings = said.get(`${operation}\u0000${code}`) ?? [];
    const verdict: Verdict = findings.some((f) => f.kind === 'forbidden')
      ? 'does-not-belong'
      : findings.length > 0
        ? 'has-a-problem'
        : 'fine';
    return { verdict, findings: findings.map(({ rule, message }) => ({ rule, message })) };
  };

  const operations: OperationChange[] = [];
  const codes: CodeChange[] = [];
  for (const [id, op] of h.operations) {
    if (b.operations.has(id)) continue;
    const line = locate(op);
    operations.push({
      kind: 'added',
      operation: id,
      codes: keysOf(op),
      breaking: false,
      file: headFile,
      ...(line === undefined ? {} : { line }),
      fingerprint: fingerprint('operation-added', id),
    });
  }
  for (const [id, op] of b.operations) {
    if (h.operations.has(id)) continue;
    operations.push({
      kind: 'removed',
      operation: id,
      codes: keysOf(op),
      breaking: true,
      file: headFile,
      fingerprint: fingerprint('operation-removed', id),
    });
  }
  for (const [id, headOp] of h.operations) {
    const baseOp = b.operations.get(id);
    if (baseOp === undefined) continue;
    const before = keysOf(baseOp);
    const after = keysOf(headOp);
    const removed = before.filter((k) => !after.includes(k));
    const added = after.filter((k) => !before.includes(k));
    // A key that changed form (200 -> 2XX, default -> 4XX) is one change.
    const paired = new Set<string>();
    for (const was of [...removed]) {
      const into = added.find((a) => !paired.has(a) && (covers(a, was) || covers(was, a)));
      if (into === undefined) continue;
      paired.add(into);
      removed.splice(removed.indexOf(was), 1);
      const wider = covers(into, was);
      const breaking = !wider && isSuccess(was);
      const line = locate(headOp, into);
      codes.push({
        kind: 'changed',
        operation: id,
        code: into,
        was,
        impact: wider ? 'less-specific' : breaking ? 'breaking' : 'documentation-removed',
        breaking,
        ...judge(id, into),
        file: headFile,
        ...(line === undefined ? {} : { line }),
        fingerprint: fingerprint('changed', id, was, into),
      });
    }
    for (const code of added.filter((a) => !paired.has(a))) {
      const line = locate(headOp, code);
      codes.push({
        kind: 'added',
        operation: id,
        code,
        impact: isSuccess(code) && code !== 'default' ? 'new-outcome' : 'new-error',
        breaking: false,
        ...judge(id, code),
        file: headFile,
        ...(line === undefined ? {} : { line }),
        fingerprint: fingerprint('added', id, code),
      });
    }
    for (const was of removed) {
      const breaking = isSuccess(was);
      const line = locate(headOp);
      codes.push({
        kind: 'removed',
        operation: id,
        was,
        impact: breaking ? 'breaking' : 'documentation-removed',
        breaking,
        file: headFile,
        ...(line === undefined ? {} : { line }),
        fingerprint: fingerprint('removed', id, was),
      });
    }
  }
  const order = (a: { operation: string }, b: { operation: string }): number => a.operation.localeCompare(b.operation);
  operations.sort(order);
  codes.sort((a, b) => order(a, b) || (a.code ?? a.was ?? '').localeCompare(b.code ?? b.was ?? ''));
  const newFindings = fresh.map((k) => entryOf(k, headSide, cwd, shownHead));
  const fixedFindings = fixed.map((k) => entryOf(k, baseSide, cwd, () => baseSide.spec.replace(/^git:[^:]+:/, '')));
  const unchanged = head.results.length - fresh.length;
  const diff: DiffResult = {
    format: 'spectral-http-status-diff/1',
    base: baseSide.spec,
    head: headSide.spec,
    findings: { new: newFindings, fixed: fixedFindings, unchanged },
    operations,
    codes,
    summary: {
      newFindings: newFindings.length,
      fixedFindings: fixedFindings.length,
      unchangedFindings: unchanged,
      operationsAdded: operations.filter((o) => o.kind === 'added').length,
      operationsRemoved: operations.filter((o) => o.kind === 'removed').length,
      codesAdded: codes.filter((c) => c.kind === 'added').length,
      codesRemoved: codes.filter((c) => c.kind === 'removed').length,
      codesChanged: codes.filter((c) => c.kind === 'changed').length,
      breaking: codes.filter((c) => c.breaking).length + operations.filter((o) => o.breaking).length,
    },
  };
  return { diff, fresh, headOperations: h.operations };
}
