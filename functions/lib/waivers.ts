/**
 * Waivers: an `x-http-status-ignore` map on the root, a path item, an
 * operation or a response (of paths, webhooks or callbacks, or a shared
 * response under `components`) names rules (or `*`) with a reason each, and
 * silences those rules for every finding at or below where it stands.
 *
 *   x-http-status-ignore:
 *     http-status-error-expected: The health check takes no input that can fail.
 */
import type { DocumentModel, Operation } from './model';
import { JsonPath, describeValue, getAt, isObject, keysOf, own } from './safe';
import { sharedDefinition } from './shared-responses';
import { quote } from './quote';

/** The extension that waives findings below where it stands. */
export const WAIVER_KEY = 'x-http-status-ignore';

/** The rule that reports bad waivers; it cannot itself be waived. */
const WAIVER_RULE = 'http-status-ignore-reason';

export interface WaiverEntry {
  /** A rule name, or `*` for every rule. */
  readonly rule: string;
  readonly reason: string | undefined;
  /** Path of the entry (`[..., 'x-http-status-ignore', 'http-status-no-body']`). */
  readonly path: JsonPath;
}

/** The entries of a waiver value, as written: a map of rule -> reason, or a list of rule names. */
export function readWaiver(value: unknown, at: JsonPath): WaiverEntry[] | undefined {
  if (isObject(value)) {
    return keysOf(value).map((rule) => {
      const reason = own(value, rule);
      return {
        rule,
        reason: typeof reason === 'string' && reason.trim() !== '' ? reason : undefined,
        path: [...at, rule],
      };
    });
  }
  if (Array.isArray(value)) {
    return value.map((rule: unknown, index) => ({
      rule: describeValue(rule),
      reason: undefined,
      path: [...at, index],
    }));
  }
  return undefined;
}

/** Whether a waiver at or above `path` in the written document silences `rule`. */
export function isWaived(written: unknown, path: JsonPath, rule: string): boolean {
  return waiverFor(written, path, rule) !== undefined;
}

/** The waiver entry at or above `path` in the written document that silences `rule` (the nearest the root), if any. */
export function waiverFor(written: unknown, path: JsonPath, rule: string): WaiverEntry | undefined {
  if (rule === WAIVER_RULE) return undefined;
  let node = written;
  for (let depth = 0; ; depth++) {
    const waiver = own(node, WAIVER_KEY);
    if (waiver !== undefined) {
      const entry = readWaiver(waiver, [...path.slice(0, depth), WAIVER_KEY])?.find(
        (e) => e.rule === rule || e.rule === '*',
      );
      if (entry !== undefined) return entry;
    }
    if (depth >= path.length || typeof node !== 'object' || node === null) return undefined;
    node = own(node, path[depth] as string | number);
    if (node === undefined) return undefined;
  }
}

/** A place where a waiver may stand, and how messages name it. */
interface WaiverHost {
  readonly path: JsonPath;
  readonly where: string;
}

/**
 * Where waivers may stand: the root, then each path item (paths, webhooks,
 * callbacks), its operations and their responses, as the model walked them,
 * and the shared responses they `$ref` (where the default mode reports a
 * shared response's problems).
 */
function waiverHosts(model: DocumentModel, written: unknown): WaiverHost[] {
  const hosts: WaiverHost[] = [{ path: [], where: 'The document' }];
  const addOperation = (operation: Operation): void => {
    hosts.push({ path: operation.path, where: operation.label });
    for (const entry of operation.responses)
      hosts.push({ path: entry.path, where: `${operation.label} ${quote(entry.key)}` });
  };
  for (const item of model.pathItems) {
    hosts.push({ path: item.path, where: quote(item.key) });
    item.operations.forEach(addOperation);
  }
  let lastItem: JsonPath | undefined;
  for (const operation of model.operations) {
    if (operation.where === 'path') continue;
    if (operation.pathItemPath !== lastItem) {
      lastItem = operation.pathItemPath;
      hosts.push({
        path: lastItem,
        where: operation.where === 'webhook' ? `webhook '${quote(operation.target)}'` : quote(operation.target),
      });
    }
    addOperation(operation);
  }
  const shared = new Set<string>();
  for (const operation of model.operations) {
    for (const entry of operation.responses) {
      const definition = sharedDefinition(written, entry.path);
      if (definition === undefined) continue;
      const key = definition.path.join('\u0000');
      if (shared.has(key)) continue;
      shared.add(key);
      hosts.push({ path: definition.path, where: `The shared response '${quote(definition.name)}'` });
    }
  }
  return hosts;
}

/** A problem with a waiver as written. */
export interface WaiverProblem {
  readonly message: string;
  readonly path: JsonPath;
}

/** The problems of every waiver in the written document: a bad shape, a name that is no rule, a missing reason. */
export function waiverProblems(
  model: DocumentModel,
  written: unknown,
  known: ReadonlySet<string>,
  suggest: (name: string) => string | undefined,
): WaiverProblem[] {
  const problems: WaiverProblem[] = [];
  for (const { path, where } of waiverHosts(model, written)) {
    const value = own(getAt(written, path), WAIVER_KEY);
    if (value === undefined) continue;
    const at = [...path, WAIVER_KEY];
    const entries = readWaiver(value, at);
    if (entries === undefined) {
      problems.push({
        message: `${where} has \`${WAIVER_KEY}\` that is not a map of rule names to reasons; write \`${WAIVER_KEY}: { <rule>: <why it does not apply> }\`.`,
        path: at,
      });
      continue;
    }
    for (const entry of entries) {
      if (entry.rule !== '*' && !known.has(entry.rule)) {
        const close = suggest(entry.rule);
        problems.push({
          message: `${where} waives '${quote(entry.rule)}', which is no rule of spectral-http-status; ${
            close === undefined
              ? "use a rule name (for example http-status-error-expected) or '*'."
              : `did you mean '${close}'?`
          }`,
          path: entry.path,
        });
      } else if (entry.reason === undefined) {
        problems.push({
          message: `${where} waives '${quote(entry.rule)}' without a reason; write why it does not apply (\`${quote(entry.rule)}: <reason>\`), so reviewers can judge the waiver.`,
          path: entry.path,
        });
      }
    }
  }
  return problems;
}
