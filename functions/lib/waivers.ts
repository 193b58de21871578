/**
 * Waivers: an `x-http-status-ignore` map on the root, a path item, an
 * operation or a response names rules (or `*`) with a reason each, and
 * silences those rules for every finding at or below where it stands.
 *
 *   x-http-status-ignore:
 *     http-status-error-expected: The health check takes no input that can fail.
 */
import { RULE_NAMES, WAIVER_KEY } from '../data/rule-names';
import { JsonPath, describeValue, isObject, keysOf, own } from './safe';

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
      return { rule, reason: typeof reason === 'string' && reason.trim() !== '' ? reason : undefined, path: [...at, rule] };
    });
  }
  if (Array.isArray(value)) {
    return value.map((rule: unknown, index) => ({ rule: describeValue(rule), reason: undefined, path: [...at, index] }));
  }
  return undefined;
}

/** Whether a waiver at or above `path` in the written document silences `rule`. */
export function isWaived(written: unknown, path: JsonPath, rule: string): boolean {
  // The rule that reports bad waivers cannot itself be waived.
  if (rule === 'http-status-ignore-reason') return false;
  let node = written;
  for (let depth = 0; ; depth++) {
    const waiver = own(node, WAIVER_KEY);
    if (waiver !== undefined) {
      const entries = readWaiver(waiver, []);
      if (entries?.some((e) => e.rule === rule || e.rule === '*')) return true;
    }
    if (depth >= path.length || typeof node !== 'object' || node === null) return false;
    node = own(node, path[depth] as string | number);
    if (node === undefined) return false;
  }
}

/** Every waiver in the written document, where it may stand, with its problems. */
export function* waiverProblems(written: unknown): Generator<{ message: string; path: JsonPath }> {
  const known = new Set<string>(RULE_NAMES);
  for (const { node, path, where } of waiverHosts(written)) {
    const value = own(node, WAIVER_KEY);
    if (value === undefined) continue;
    const at = [...path, WAIVER_KEY];
    const entries = readWaiver(value, at);
    if (entries === undefined) {
      yield { message: `${where} has \`${WAIVER_KEY}\` that is not a map of rule names to reasons; write \`${WAIVER_KEY}: { <rule>: <why it does not apply> }\`.`, path: at };
      continue;
    }
    for (const entry of entries) {
      if (entry.rule !== '*' && !known.has(entry.rule)) {
        yield { message: `${where} waives '${entry.rule}', which is no rule of spectral-http-status; use a rule name (for example http-status-error-expected) or '*'.`, path: entry.path };
      } else if (entry.reason === undefined) {
        yield { message: `${where} waives '${entry.rule}' without a reason; write why it does not apply (\`${entry.rule}: <reason>\`), so reviewers can judge the waiver.`, path: entry.path };
      }
    }
  }
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The root, path items, operations and responses of `paths` and `webhooks`, as written. */
function* waiverHosts(written: unknown): Generator<{ node: unknown; path: JsonPath; where: string }> {
  yield { node: written, path: [], where: 'The document' };
  for (const section of ['paths', 'webhooks']) {
    const items = own(written, section);
    for (const key of keysOf(items)) {
      const item = own(items, key);
      yield { node: item, path: [section, key], where: key };
      for (const method of METHODS) {
        const op = own(item, method);
        if (!isObject(op)) continue;
        const label = `${method.toUpperCase()} ${key}`;
        yield { node: op, path: [section, key, method], where: label };
        const responses = own(op, 'responses');
        for (const code of keysOf(responses)) {
          yield { node: own(responses, code), path: [section, key, method, 'responses', code], where: `${label} ${code}` };
        }
      }
    }
  }
}
