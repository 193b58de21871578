/**
 * `http-status-profile-suggestion`: a path without a declaration whose shape
 * clearly matches one profile gets the `x-profiles` line to add.
 */
import { isProfileSilent } from '../data/profiles';
import { Operation, PathItemEntry, takesHeader } from '../lib/model';
import { defineRule } from '../lib/rule';
import { own } from '../lib/safe';
import { quote } from '../lib/quote';

export interface Suggestion {
  readonly core?: string;
  readonly entity: boolean;
  readonly because: string;
}

const VALIDATOR_PARAMS = ['If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since'];
const RANGE = ['Range'];

function codes(op: Operation): number[] {
  return op.responses.flatMap((entry) => (entry.code === undefined ? [] : [entry.code]));
}

/** The profile a path item's shape clearly matches, if any. */
export function suggestProfile(entry: PathItemEntry): Suggestion | undefined {
  const ops = entry.operations.filter((o) => !isProfileSilent(o.method));
  if (ops.length === 0) return undefined;
  const get = ops.find((o) => o.method === 'get');
  const post = ops.find((o) => o.method === 'post');
  const entity =
    ops.some((o) => takesHeader(o, VALIDATOR_PARAMS) !== undefined) ||
    ops.some((o) =>
      o.responses.some(
        (r) =>
          r.code !== undefined &&
          r.response !== undefined &&
          (r.headerNames.has('etag') || r.headerNames.has('last-modified')),
      ),
    );
  let core: string | undefined;
  let because = '';
  const all = ops.map(codes);
  if (all.every((c) => c.length > 0 && c.every((code) => code === 307 || code === 308))) {
    core = 'alias';
    because = 'every response is 307 or 308';
  } else if (get !== undefined && post !== undefined && post.hasBody && codes(post).includes(303)) {
    core = 'lookup';
    because = 'GET and a POST with a body answering 303';
  } else if (post !== undefined && !post.hasBody && codes(post).includes(303)) {
    core = 'action';
    because = 'a POST without a body answering 303';
  } else if (ops.some((o) => takesHeader(o, RANGE) !== undefined)) {
    core = 'content';
    because = 'a Range parameter';
  } else if (ops.some((o) => codes(o).includes(206))) {
    core = 'content';
    because = 'a 206 response';
  }
  if (core === undefined && !entity) return undefined;
  if (entity)
    because = because === '' ? 'validators: ETag, Last-Modified or If-* headers' : `${because}, with validators`;
  return { ...(core === undefined ? {} : { core }), entity, because };
}

export default defineRule({
  id: 'http-status-profile-suggestion',
  description: 'A path without a declared profile whose shape clearly matches one gets the x-profiles line to add.',
  severity: 'hint',
  recommended: false,
  basis: 'profile',
  visit: {
    each: 'resource',
    check(resource, run) {
      if (resource.set !== undefined || resource.operations.size > 0) return;
      if (own(resource.entry.item, 'x-profiles') !== undefined) return;
      const suggestion = suggestProfile(resource.entry);
      if (suggestion === undefined) return;
      const key = quote(resource.entry.key);
      if (suggestion.core === undefined) {
        // The shape shows the mixin, not the core profile: offer a line to paste, naming the usual core.
        run.report(
          `${key} uses the \`entity\` mixin (${suggestion.because}); declare it with the resource's core profile on the path item, e.g. \`x-profiles: [data, entity]\` for a client-editable object, so the profile rules check it.`,
          resource.entry.path,
        );
        return;
      }
      const names = [suggestion.core, ...(suggestion.entity ? ['entity'] : [])];
      run.report(
        `${key} looks like a Level 3 \`${suggestion.core}\`${suggestion.entity ? ' with the `entity` mixin' : ''} (${suggestion.because}); declare it on the path item with \`x-profiles: [${names.join(', ')}]\` so the profile rules check it.`,
        resource.entry.path,
      );
    },
  },
});
