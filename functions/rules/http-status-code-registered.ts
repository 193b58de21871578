/** `http-status-code-registered`: a well-formed code must be one IANA registers and still uses. */
import { UNREGISTERED_ALTERNATIVES, statusClass, statusEntry } from '../data/status-codes';
import { ResponseEntry, echoesCode, responseText } from '../lib/model';
import { codesOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';
import { own } from '../lib/safe';
import { sharedDefinition } from '../lib/shared-responses';

/**
 * What a response's description (or the name of the shared response it is
 * a `$ref` to) says the code means, and the registered code that says it.
 * Checked in order: the first that matches wins.
 */
const MEANINGS: ReadonlyArray<readonly [RegExp, readonly number[]]> = [
  [/throttl|rate.?limit|too many requests/i, [429]],
  [/internal.?(server)?.?(error|exception|failure)/i, [500]],
  [/bad.?gateway/i, [502]],
  [/service.?unavailable|unavailable/i, [503]],
  [/gateway.?time.?out|timed? ?out/i, [504]],
  [/method.?not.?allowed/i, [405]],
  [/(entity|payload|content|request).?too.?large/i, [413]],
  [/not.?found|does not exist|no such/i, [404]],
  [/unauthori[sz]ed|unauthenticated|invalid (token|credentials|key)|expired token/i, [401]],
  [/forbidden|access denied|not permitted|permission/i, [403]],
  // A cap on how many things may exist is a refusal, not a request rate.
  [/quota|limit (of|has been|was)? ?(reached|exceeded)|limit.?exceeded|limit of allowed/i, [403, 409]],
  [/conflict|already exists/i, [409]],
  [/bad.?request|invalid|validation|malformed/i, [400]],
];

/** Descriptions of codes that a document declares on purpose (httpbin's `/status/{codes}`). */
const ON_PURPOSE = /\bunofficial\b|\bnon-?standard\b/i;

/** Whether the document declares the code on purpose: a demo endpoint that sends it back, or one that says the code is unofficial. */
function onPurpose(entry: ResponseEntry, code: number): boolean {
  const operation = entry.operation;
  if (echoesCode(operation, code)) return true;
  return [responseText(entry), own(operation.node, 'description'), own(operation.node, 'summary')].some(
    (text) => typeof text === 'string' && ON_PURPOSE.test(text),
  );
}

/** The class's general code, when nothing else says what the code means. */
const CLASS_DEFAULT: Readonly<Record<number, number>> = { 1: 100, 2: 200, 3: 307, 4: 400, 5: 500 };

function describedAs(entry: ResponseEntry, written: unknown): readonly number[] | undefined {
  // An empty text is no description (as an absent one was not a string).
  const words = [responseText(entry) || undefined, sharedDefinition(written, entry.path)?.name]
    .filter((t): t is string => typeof t === 'string')
    .join(' ');
  return MEANINGS.find(([pattern]) => pattern.test(words))?.[1];
}

/** `use 401 Unauthorized or 403 Forbidden` (the first two), or `remove it`. */
function fix(use: readonly number[]): string {
  return use.length > 0 ? `use ${codesOr(use.slice(0, 2))}` : 'remove it';
}

export default defineRule({
  id: 'http-status-code-registered',
  description: 'Status codes are registered with IANA and not marked unused or obsolete.',
  severity: 'warn',
  basis: 'iana',
  declared: 'forbidden',
  visit: {
    each: 'response',
    check(entry, run) {
      if (entry.status.kind !== 'code') return;
      const code = entry.status.code;
      const registered = statusEntry(code);
      if (registered !== undefined && (registered.state === 'registered' || registered.state === 'temporary')) return;
      const label = entry.operation.label;
      // An endpoint that exists to send the code (httpbin's `/status/527`,
      // "Unofficial Status Code") is not asking for a replacement.
      if (run.mode === 'default' && onPurpose(entry, code)) return;
      if (registered !== undefined) {
        const marked = registered.state === 'unused' ? 'the IANA registry marks unused' : 'is obsolete';
        run.report(
          `${label} declares ${code}, which ${marked} (${registered.note ?? registered.reference}); ${fix(registered.use ?? [])}.`,
          entry.path,
        );
        return;
      }
      const meant = describedAs(entry, run.written);
      const known = UNREGISTERED_ALTERNATIVES[code];
      const origin = known === undefined ? '' : ` (it is ${known.origin})`;
      let advice: string;
      if (meant !== undefined)
        advice = `${fix(meant)}, which ${meant.length > 1 ? 'say' : 'says'} what the response's description says`;
      else if (known !== undefined) advice = fix(known.use);
      else
        advice = `use the registered ${statusClass(code)}xx code that says what it means, for example ${codesOr([CLASS_DEFAULT[statusClass(code)] ?? 500])}`;
      run.report(`${label} declares ${code}, which the IANA registry does not list${origin}; ${advice}.`, entry.path);
    },
  },
});
