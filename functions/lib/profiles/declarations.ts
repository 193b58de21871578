/**
 * Reading Level 3 profile declarations as written: `x-profiles` (names or
 * level3.rest URIs) on the document root, a path item or an operation, or a
 * `Profile` response header whose example, default or enum lists profile
 * URIs.
 */
import { ProfileTable } from '../../data/profiles';
import { closest } from '../closest';
import { DocumentModel, PathItemEntry } from '../model';
import { Dict, JsonPath, deref, describeValue, keysOf, own } from '../safe';
import { quote } from '../quote';

/** A problem with a declaration, reported by `http-status-profile-unknown`. */
export interface DeclarationProblem {
  readonly message: string;
  readonly path: JsonPath;
}

/** One declaration as written. */
export interface Declaration {
  readonly names: string[];
  /** Whether some entry was not a known profile (then the combination is not judged: one problem, one finding). */
  readonly incomplete: boolean;
  /** Where it was written: the `x-profiles` key or the `Profile` header. */
  readonly path: JsonPath;
  readonly where: string;
}

const URI = /^https?:\/\/level3\.rest\/profiles\/(?:mixins?\/)?([^/?#\s]+)\/?$/i;
const URI_IN_TEXT = /https?:\/\/level3\.rest\/profiles\/(?:mixins?\/)?[A-Za-z0-9_-]+/gi;

/** `https://level3.rest/profiles/mixins/Entity` -> `entity`; names are lower-cased. */
export function normaliseProfileName(value: string): string {
  const trimmed = value.trim().replace(/^<|>$/g, '');
  const match = URI.exec(trimmed);
  return (match?.[1] ?? trimmed).toLowerCase();
}

/** The known profile closest to `name`, if it is close enough to be a typo. */
export function closestProfile(name: string, table: ProfileTable): string | undefined {
  return closest(name, Object.keys(table));
}

const isKnown = (table: ProfileTable, name: string): boolean => Object.prototype.hasOwnProperty.call(table, name);

/** `; did you mean 'data'?` after an unknown name, or nothing. */
function didYouMean(name: string, table: ProfileTable): string {
  const close = closestProfile(name, table);
  return close === undefined ? '' : `; did you mean '${close}'?`;
}

/** The `x-profiles` declaration on `node`, if it has one. */
export function readXProfiles(
  node: unknown,
  path: JsonPath,
  where: string,
  table: ProfileTable,
  problems: DeclarationProblem[],
): Declaration | undefined {
  const value = own(node, 'x-profiles');
  if (value === undefined) return undefined;
  const keyPath = [...path, 'x-profiles'];
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list)) {
    problems.push({
      message: `${where} has \`x-profiles\` that is not a list; write a list of profile names, e.g. [data, entity].`,
      path: keyPath,
    });
    return undefined;
  }
  const names: string[] = [];
  let incomplete = false;
  list.forEach((raw: unknown, index: number) => {
    const at = typeof value === 'string' ? keyPath : [...keyPath, index];
    if (typeof raw !== 'string' || raw.trim() === '') {
      incomplete = true;
      problems.push({
        message: `${where} lists ${typeof raw === 'string' ? quote(JSON.stringify(raw)) : describeValue(raw)} in \`x-profiles\`, which is not a profile name; write a name such as data, or a https://level3.rest/profiles/... URI.`,
        path: at,
      });
      return;
    }
    const name = normaliseProfileName(raw);
    if (isKnown(table, name)) {
      names.push(name);
      return;
    }
    incomplete = true;
    const hint = didYouMean(name, table);
    problems.push({
      message: `${where} lists '${quote(raw.trim())}' in \`x-profiles\`, which is not a Level 3 profile${hint === '' ? `; use one of ${Object.keys(table).join(', ')}.` : hint}`,
      path: at,
    });
  });
  return { names, incomplete, path: keyPath, where };
}

/** Profile URIs listed by a `Profile` response header of the path item's operations. */
export function readProfileHeader(
  model: DocumentModel,
  entry: PathItemEntry,
  table: ProfileTable,
  problems: DeclarationProblem[],
): Declaration | undefined {
  for (const operation of entry.operations) {
    for (const response of operation.responses) {
      const headers = own(response.response, 'headers');
      for (const headerName of keysOf(headers)) {
        if (headerName.toLowerCase() !== 'profile') continue;
        const header = deref(model.root, own(headers, headerName));
        const uris = headerTexts(model.root, header).flatMap((t) => t.match(URI_IN_TEXT) ?? []);
        if (uris.length === 0) continue;
        const path = [...response.path, 'headers', headerName];
        const names: string[] = [];
        let incomplete = false;
        for (const uri of uris) {
          const name = normaliseProfileName(uri);
          if (isKnown(table, name)) {
            if (!names.includes(name)) names.push(name);
          } else {
            incomplete = true;
            problems.push({
              message: `${operation.label} lists '${quote(uri)}' in its Profile header, which is not a Level 3 profile${didYouMean(name, table)}`,
              path,
            });
          }
        }
        return { names, incomplete, path, where: `${quote(entry.key)} (Profile header)` };
      }
    }
  }
  return undefined;
}

/** The texts a header description offers: examples, defaults, enums (OpenAPI 3 and Swagger 2 forms). */
function headerTexts(root: Dict, header: unknown): string[] {
  const out: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(push);
  };
  push(own(header, 'example'));
  for (const key of keysOf(own(header, 'examples'))) push(own(deref(root, own(own(header, 'examples'), key)), 'value'));
  const schema = deref(root, own(header, 'schema'));
  push(own(schema, 'example'));
  push(own(schema, 'default'));
  push(own(schema, 'enum'));
  push(own(schema, 'examples'));
  // Swagger 2 headers carry their schema keywords inline.
  push(own(header, 'default'));
  push(own(header, 'enum'));
  return out;
}
