/**
 * The status-code map as one self-contained HTML page: its stylesheet, the
 * map's data and the script that draws it are inline; a Content Security
 * Policy forbids every request, so the page opens from disk and never
 * reaches the network.
 */
import { visible } from '../functions/lib/quote';
import type { StatusMap } from './map';
import { pageScript } from './page-script';
import { STYLE } from './page/style';

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** JSON that can stand inside a `<script>` element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderHtml(map: StatusMap, script: string = pageScript()): string {
  const file = visible(map.source.split(/[\\/]/).pop() ?? map.source);
  // The API's name and version, as the page's heading gives them, then the file.
  const api =
    map.info?.title === undefined || map.info.title.trim() === ''
      ? undefined
      : [map.info.title, map.info.version]
          .filter((t): t is string => t !== undefined)
          .map(visible)
          .join(' ');
  const title =
    api === undefined
      ? `Status codes: ${file}`
      : `${api.length > 200 ? `${api.slice(0, 200)}…` : api} · status codes (${file})`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${escapeText(map.generator).replace(/"/g, '&quot;')}">
<title>${escapeText(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app"><noscript>This page draws the status-code map with JavaScript; the same map is available as JSON (<code>--format json</code>) and Markdown (<code>--format markdown</code>).</noscript></div>
<script type="application/json" id="status-map-data">${scriptSafeJson(map)}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
