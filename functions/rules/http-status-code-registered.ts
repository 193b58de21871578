/** `http-status-code-registered`: a well-formed code must be one IANA registers and still uses. */
import { UNREGISTERED_ALTERNATIVES, statusClass, statusEntry } from '../data/status-codes';
import { codesOr } from '../lib/phrasing';
import { defineRule } from '../lib/rule';

/** What to offer for an unregistered code no table knows: the class's general code. */
const CLASS_DEFAULT: Readonly<Record<number, number>> = { 1: 100, 2: 200, 3: 307, 4: 400, 5: 500 };

/** `use 401 Unauthorized or 403 Forbidden` (the first two), or `remove it`. */
function fix(use: readonly number[]): string {
  return use.length > 0 ? `use ${codesOr(use.slice(0, 2))}` : 'remove it';
}

export default defineRule({
  id: 'http-status-code-registered',
  description: 'Status codes are registered with IANA and not marked unused or obsolete.',
  severity: 'warn',
  basis: 'iana',
  visit: {
    each: 'response',
    check(entry, run) {
      if (entry.status.kind !== 'code') return;
      const code = entry.status.code;
      const registered = statusEntry(code);
      if (registered !== undefined && (registered.state === 'registered' || registered.state === 'temporary')) return;
      const label = entry.operation.label;
      if (registered !== undefined) {
        run.report(`${label} declares ${code}, which the IANA registry marks ${registered.state} (${registered.note ?? registered.reference}); ${fix(registered.use ?? [])}.`, entry.path);
        return;
      }
      const known = UNREGISTERED_ALTERNATIVES[code];
      const use = known?.use ?? [CLASS_DEFAULT[statusClass(code)] ?? 500];
      const origin = known === undefined ? '' : ` (it is ${known.origin})`;
      run.report(`${label} declares ${code}, which is not a registered HTTP status code${origin}; ${fix(use)}.`, entry.path);
    },
  },
});
