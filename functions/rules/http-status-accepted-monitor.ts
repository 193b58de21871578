/**
 * `http-status-accepted-monitor`: a 202 Accepted says how a client follows
 * the request it accepted: a `Location` or `Content-Location` header that
 * points to a status monitor, or a body that reports the request's status.
 * RFC 9110 §15.3.3 says the representation "ought to" do so: no BCP 14
 * keyword, hence an `info`, and off by default (an API that accepts
 * fire-and-forget requests, such as events to ingest, has nothing to
 * monitor).
 */
import { bodyKey } from '../lib/model';
import { belongs } from '../lib/ownership';
import { defineRule } from '../lib/rule';

const CITE =
  "RFC 9110 §15.3.3: a 202's representation ought to describe the request's current status and point to, or embed, a status monitor";
const POINTERS = ['location', 'content-location'];

export default defineRule({
  id: 'http-status-accepted-monitor',
  description:
    "202 Accepted responses point to a status monitor (Location or Content-Location) or describe a body that reports the request's status.",
  severity: 'info',
  recommended: false,
  basis: 'http',
  visit: {
    each: 'response',
    codes: [202],
    check(entry, run) {
      const response = entry.response;
      if (response === undefined || entry.code === undefined) return;
      const operation = entry.operation;
      // A webhook's or callback's 202 is the consumer's acknowledgement: the
      // API describes no monitor there. The strict mode asks every 202.
      if (run.mode === 'default' && operation.where !== 'path') return;
      // A 202 that does not belong on the operation is another rule's finding.
      if (!belongs(run, operation, 202)) return;
      if (POINTERS.some((name) => entry.headerNames.has(name)) || bodyKey(response, operation.version) !== undefined)
        return;
      run.reportResponse(entry, {
        subject: 'status monitor',
        perOperation: `${operation.label} declares 202 Accepted with no way to follow the request: no Location or Content-Location header and no body; add a 'Location' header that points to a status monitor, or describe the body that reports the request's status (${CITE}).`,
        shared: (name, users) =>
          `The shared response '${name}', which ${users} as 202 Accepted, gives no way to follow the request: no Location or Content-Location header and no body; add a 'Location' header that points to a status monitor, or describe the body that reports the request's status (${CITE}).`,
      });
    },
  },
});
