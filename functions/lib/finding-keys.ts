/**
 * The semantic key of a finding: what it is about, in words that survive
 * edits. The baseline, the pull-request diff, SARIF fingerprints and the
 * status-code map all read it.
 *
 * A key is the rule, where (the operation: its method and path template,
 * or the webhook or callback it belongs to; a path item; the document), the
 * status code, and the subject (a header's name, `body`, a waived rule, a
 * profile name). Never a line number, a JSON pointer or the message: the
 * same problem keeps its key when lines move, keys are reordered, the
 * document is reformatted, a message is reworded, or a response moves into
 * `components/responses` and back.
 *
 * A finding stands for one problem in one place or more: a problem of a
 * shared response, reported once, has the key of each operation that has
 * it, so that it keeps its keys when an inline response becomes a `$ref`
 * (and back), and a baseline that covers one of them covers it.
 */
import type { DocumentModel, Operation } from './model';
import type { JsonPath } from './safe';

export interface FindingKey {
  /** The rule as the ruleset names it. */
  readonly rule: string;
  /** `GET /orders/{id}`, `POST webhook newPet`, `/orders` (a path item), `document`. */
  readonly where: string;
  /** The status code as the document writes it (`404`, `4XX`, `default`), or the codes a missing-code finding asks for (`400 or 422`). */
  readonly code?: string;
  /** What the finding is about beyond its code: a header (`Location`), `body`, a waived rule, a profile name. */
  readonly subject?: string;
}

/** One line for a key (`rule | where | code | subject`): what baselines count and fingerprints hash. */
export function keyText(key: FindingKey): string {
  return `${key.rule} | ${key.where} | ${key.code ?? ''} | ${key.subject ?? ''}`;
}

/** Where one occurrence of a finding is, and what it is about. */
export interface Occurrence {
  /** Its path in the resolved document. */
  readonly path: JsonPath;
  readonly subject?: string;
}

interface Index {
  readonly operations: Map<string, Operation>;
  readonly pathItems: Map<string, string>;
}

const indexes = new WeakMap<DocumentModel, Index>();
const SEP = '\u0000';

function indexOf(model: DocumentModel): Index {
  let index = indexes.get(model);
  if (index === undefined) {
    const operations = new Map<string, Operation>();
    for (const operation of model.operations) operations.set(operation.path.join(SEP), operation);
    const pathItems = new Map<string, string>();
    for (const item of model.pathItems) pathItems.set(item.path.join(SEP), item.key);
    indexes.set(model, (index = { operations, pathItems }));
  }
  return index;
}

/** Segments below a place, without list indexes (a position is not what a finding is about). */
function rest(segments: JsonPath): string | undefined {
  const words = segments.filter((s) => typeof s === 'string' && !/^\d+$/.test(s));
  return words.length === 0 ? undefined : words.join(' ');
}

/** The key of one occurrence: the operation (or path item) whose path is the longest prefix of the occurrence's. */
export function keyOf(
  model: DocumentModel,
  rule: string,
  occurrence: Occurrence,
  expects?: readonly number[],
): FindingKey {
  const { operations, pathItems } = indexOf(model);
  const path = occurrence.path;
  for (let n = path.length; n >= 1; n--) {
    const prefix = path.slice(0, n).join(SEP);
    const operation = operations.get(prefix);
    if (operation !== undefined) {
      const below = path.slice(n);
      const code =
        below[0] === 'responses' && below.length > 1
          ? String(below[1])
          : expects !== undefined && expects.length > 0
            ? expects.join(' or ')
            : undefined;
      const subject =
        occurrence.subject === ''
          ? undefined
          : (occurrence.subject ?? rest(below[0] === 'responses' ? below.slice(2) : below));
      return {
        rule,
        where: operation.identity,
        ...(code === undefined ? {} : { code }),
        ...(subject === undefined ? {} : { subject }),
      };
    }
    const item = pathItems.get(prefix);
    if (item !== undefined) {
      const subject = occurrence.subject === '' ? undefined : (occurrence.subject ?? rest(path.slice(n)));
      return { rule, where: item, ...(subject === undefined ? {} : { subject }) };
    }
  }
  // Outside every operation and path item: a shared definition nobody
  // uses, the document's own declarations.
  const subject = occurrence.subject === '' ? undefined : (occurrence.subject ?? rest(path));
  return { rule, where: 'document', ...(subject === undefined ? {} : { subject }) };
}

/** The keys of a finding's occurrences, each once, in order. */
export function keysOf(
  model: DocumentModel,
  rule: string,
  occurrences: readonly Occurrence[],
  expects?: readonly number[],
): FindingKey[] {
  const seen = new Set<string>();
  const out: FindingKey[] = [];
  for (const occurrence of occurrences) {
    const key = keyOf(model, rule, occurrence, expects);
    const text = keyText(key);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(key);
  }
  return out;
}
