/** Where the documentation lives. A test keeps HOMEPAGE equal to package.json's `homepage`. */
export const HOMEPAGE = 'https://github.com/spectral-http-status/spectral-http-status';

/** The ruleset's own documentation page. */
export const README_URL = `${HOMEPAGE}/blob/main/README.md`;

/** A rule's page: `<homepage>/blob/main/docs/rules/<rule>.md`. */
export function documentationUrl(rule: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${rule}.md`;
}
