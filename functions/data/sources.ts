/**
 * The documents the tables are built from, named by what they are. Every
 * table row that rests on one of them says which (`sources`, `source`);
 * docs/sources.md gives each one's title, link, licence and what was taken
 * from it.
 */
interface SourceDocument {
  readonly title: string;
  readonly url: string | undefined;
  /** What the project took from it. */
  readonly taken: string;
}

export const SOURCES = {
  belgif: {
    title: 'Belgif REST guide, "Status codes" (rule stat-codes), with its table "Status codes for each method"',
    url: 'https://www.belgif.be/specification/rest/api-guide/#status-codes',
    taken:
      'the default method/status matrix (functions/data/matrix.ts), read cell by cell; the strict mode uses it as written',
  },
  level3: {
    title: 'Level 3 REST, "HTTP Response Status Codes" (codes cross-referenced to profiles)',
    url: 'https://level3.rest/status_codes',
    taken:
      'facts only (the site is CC BY-ND): which profile specifies which code, for the profile table (functions/data/profiles.ts)',
  },
  'cloud-vendor': {
    title: 'A cloud provider\'s API reference, "Status codes" table (100 to 505, with descriptions)',
    url: undefined,
    taken:
      'which codes a large vendor catalogue documents (101, 203, 205, 300, 305 and the rest of the registry it lists)',
  },
  'api-vendor': {
    title: 'An API vendor\'s "HTTP Response Codes" guide (success, error and other codes, with handling hints)',
    url: undefined,
    taken:
      'how a vendor groups and explains the codes clients meet (422 for data that failed validation, 412 for failed guard headers)',
  },
  forgerock: {
    title: 'ForgeRock Common REST (CREST), "HTTP Status Codes"',
    url: 'https://backstage.forgerock.com/docs/',
    taken: 'the codes a Common REST client should expect (304 for If-None-Match, 412 for a failed revision check)',
  },
} as const satisfies Readonly<Record<string, SourceDocument>>;

export type SourceId = keyof typeof SOURCES;
