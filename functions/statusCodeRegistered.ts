/** `http-status-code-registered`: a well-formed code must be one IANA registers and still uses. */
import { UNREGISTERED_ALTERNATIVES, statusClass, statusEntry } from './data/status-codes';
import { NO_FINDINGS, defineOperationFunction, Finding, optionsSchema } from './lib/define';
import { suggestCodes } from './lib/matrix';
import { Operation, ResponseEntry } from './lib/model';

const CLASS_DEFAULT: Record<number, number> = { 1: 100, 2: 200, 3: 307, 4: 400, 5: 500 };

export function checkStatusCodeRegistered(operation: Operation): readonly Finding[] {
  let out: Finding[] | undefined;
  const responses = operation.responses;
  for (let i = 0; i < responses.length; i++) {
    const entry = responses[i] as ResponseEntry;
    if (entry.status.kind !== 'code') continue;
    const code = entry.status.code;
    const registered = statusEntry(code);
    if (registered !== undefined && (registered.state === 'registered' || registered.state === 'temporary')) continue;
    let message: string;
    if (registered !== undefined) {
      const alternative = registered.use ?? [];
      message = `${operation.label} declares ${code}, which the IANA registry marks ${registered.state} (${registered.note ?? registered.reference}); ${
        alternative.length > 0 ? `use ${suggestCodes(alternative)}` : 'remove it'
      }.`;
    } else {
      const known = UNREGISTERED_ALTERNATIVES[code];
      const use = known?.use ?? [CLASS_DEFAULT[statusClass(code)] ?? 500];
      const origin = known === undefined ? '' : ` (it is ${known.origin})`;
      message = `${operation.label} declares ${code}, which is not a registered HTTP status code${origin}; ${
        use.length > 0 ? `use ${suggestCodes(use)}` : 'remove it'
      }.`;
    }
    (out ??= []).push({ message, path: entry.path });
  }
  return out ?? NO_FINDINGS;
}

export const httpStatusCodeRegistered = defineOperationFunction(
  'httpStatusCodeRegistered',
  optionsSchema({}),
  checkStatusCodeRegistered,
);
export default httpStatusCodeRegistered;
