/** `http-status-content-range-header`: single-part 206 and 416 responses declare a Content-Range header. */
import { keysOf, own } from '../lib/safe';
import { responseHeaderVisit } from '../lib/response-header';
import { defineRule } from '../lib/rule';
import { ResponseEntry, takesHeader } from '../lib/model';
import { misreadCode } from '../lib/misread-codes';

const MULTIPART = 'multipart/byteranges';
const RANGE = ['Range'];
const CONTENT_RANGE = ['Content-Range'];

/** A multipart/byteranges 206 carries a Content-Range in each part, none at the top (RFC 9110 §14.6). */
function multipart(entry: ResponseEntry): boolean {
  const operation = entry.operation;
  if (operation.version !== '2.0')
    return keysOf(own(entry.response, 'content')).some((type) => type.toLowerCase().startsWith(MULTIPART));
  const produces = own(operation.node, 'produces') ?? own(operation.root, 'produces');
  return (
    Array.isArray(produces) &&
    produces.some((type) => typeof type === 'string' && type.toLowerCase().startsWith(MULTIPART))
  );
}

export default defineRule({
  id: 'http-status-content-range-header',
  description: '206 (unless multipart/byteranges) and 416 responses declare a Content-Range header.',
  severity: 'warn',
  basis: 'http',
  visit: responseHeaderVisit({
    header: 'Content-Range',
    codes: [206, 416],
    // A 416 refusing a partial PUT's chunk (Content-Range, RFC 9110 §14.5)
    // answers no Range request: there is no representation length to give.
    asks: (entry, code) =>
      code === 206
        ? !multipart(entry)
        : takesHeader(entry.operation, RANGE) !== undefined ||
          takesHeader(entry.operation, CONTENT_RANGE) === undefined,
    because: (code) =>
      code === 206
        ? 'RFC 9110 §15.3.7: a single-part 206 MUST say which range it carries'
        : 'RFC 9110 §15.5.17: a 416 SHOULD give the current length of the representation',
    // A 206 for "no data" needs another code, not a Content-Range (lib/misread-codes.ts).
    instead: (entry, code) => (code === 206 ? misreadCode(entry, code) : undefined),
  }),
});
