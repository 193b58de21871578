/**
 * The map's stylesheet, inlined into the page. States differ by symbol and
 * by pattern, severities by the shape of their mark, not only by colour. The
 * details of a cell stand beside the map (below it where there is no room),
 * never over it.
 */
export const STYLE = `
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #fff; --head: #f6f8fa;
  --forbidden: #b3261e; --problem: #9a6700; --missing: #0550ae; --waived: #6e7781; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header.top { padding: 16px 20px 8px; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 16px 0 8px; }
.meta { color: var(--muted); font-size: 12px; word-break: break-all; }
.meta .file { color: var(--fg); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
h1 .api-version { color: var(--muted); font-weight: normal; font-size: 15px; }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--missing); border-radius: 6px; padding: 8px 12px; margin: 12px 0; background: #f6fbff; }
main { padding: 0 20px 20px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 140px; }
.card b { display: block; font-size: 20px; }
.summary { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
table.counts { border-collapse: collapse; font-size: 13px; }
table.counts th, table.counts td { border: 1px solid var(--line); padding: 2px 8px; text-align: right; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0; font-size: 13px; }
.legend span.sym { display: inline-block; width: 22px; text-align: center; margin-right: 4px; border: 1px solid var(--line); }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 10px 0; padding: 8px; background: var(--head); border: 1px solid var(--line); border-radius: 6px; }
.filters label { font-size: 13px; }
.filters input[type=search], .filters input[type=text] { width: 180px; }
.shown { color: var(--muted); font-size: 13px; }
.mapview { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.scroll { overflow: auto; max-height: 75vh; border: 1px solid var(--line); flex: 3 1 480px; min-width: 0; }
table.map { border-collapse: separate; border-spacing: 0; font-size: 12px; }
table.map th, table.map td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 1px 4px; text-align: center; white-space: nowrap; }
table.map thead th { position: sticky; background: var(--head); z-index: 2; }
table.map thead tr.groups th { top: 0; height: 22px; }
table.map thead tr.codes th { top: 22px; font-variant-numeric: tabular-nums; }
table.map th.op, table.map td.op { position: sticky; left: 0; background: var(--bg); text-align: left; z-index: 1; max-width: 420px; overflow: hidden; text-overflow: ellipsis; }
table.map thead th.op { z-index: 3; background: var(--head); }
table.map tr.group th { text-align: left; background: #eef1f4; position: sticky; left: 0; }
table.map tr.group .profiles { font-weight: normal; color: var(--muted); margin-left: 8px; }
td.c { cursor: pointer; min-width: 26px; font-weight: bold; }
td.c.dim { opacity: 0.25; }
td.c:focus { outline: 2px solid #0969da; outline-offset: -2px; }
td.c.open { outline: 3px solid #0969da; outline-offset: -3px; }
.sevmark { font-size: 9px; vertical-align: super; margin-left: 1px; line-height: 0; }
.sev-error .sevmark { color: var(--forbidden); }
.sev-warn .sevmark { color: var(--problem); }
.s-forbidden .sevmark { color: #fff; }
.s-forbidden { color: #fff; background: var(--forbidden); }
.s-problem { color: #000; background: repeating-linear-gradient(45deg, #ffe08a, #ffe08a 4px, #fff2c2 4px, #fff2c2 8px); }
.s-missing { color: var(--missing); background: #ddf4ff; border: 1px dashed var(--missing); }
.s-waived { color: var(--waived); background: #f3f4f6; font-weight: normal; }
.s-baselined { color: var(--waived); background: #eef2f7; font-weight: normal; font-style: italic; }
.s-ok { color: var(--ok); font-weight: normal; }
.s-either { color: var(--missing); background: #f5fbff; border: 1px dotted var(--missing); font-weight: normal; font-size: 10px; }
th.own-col { font-weight: normal; font-size: 11px; color: var(--muted); }
.legend .sym.own-col { width: auto; padding: 0 4px; font-size: 11px; }
tr.kind-shared td.op, tr.kind-resource td.op, tr.kind-document td.op { font-style: italic; }
.method { display: inline-block; min-width: 54px; font-weight: bold; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.line { color: var(--muted); margin-left: 6px; }
[hidden] { display: none !important; }
aside.details { flex: 1 1 320px; max-width: 560px; position: sticky; top: 8px; max-height: 75vh; overflow: auto; background: var(--bg); border: 1px solid var(--line); border-left: 4px solid #0969da; border-radius: 6px; padding: 12px 16px; }
aside.details h3 { margin: 0 0 8px; font-size: 15px; }
aside.details button.close { float: right; }
aside.details ul { padding-left: 18px; margin: 4px 0; }
aside.details li { margin: 6px 0; }
.sev { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 11px; font-weight: bold; border: 1px solid currentColor; }
.sev-error { color: var(--forbidden); } .sev-warn { color: var(--problem); } .sev-info { color: var(--missing); } .sev-hint { color: var(--waived); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.empty { color: var(--muted); padding: 12px; }
section.change { border: 1px solid var(--line); border-left: 4px solid #8250df; border-radius: 6px; padding: 4px 14px; margin: 12px 0; background: #fbf8ff; }
section.change h2 { margin-top: 8px; }
.breaking { color: var(--forbidden); }
td.c[data-change] { box-shadow: inset 0 0 0 2px #8250df; }
td.c[data-breaking] { box-shadow: inset 0 0 0 3px var(--forbidden); }
.chg { font-size: 9px; vertical-align: super; margin-left: 1px; line-height: 0; color: #8250df; font-weight: bold; }
.s-forbidden .chg { color: #fff; }
.chg-removed { color: var(--forbidden); }
.s-forbidden .chg-removed { color: #fff; }
.added-op { display: inline-block; margin-left: 6px; padding: 0 5px; border-radius: 8px; font-size: 10px; color: #fff; background: #8250df; }
tr.op-added td.op { border-left: 3px solid #8250df; }
aside.details ul.change-notes { border-left: 3px solid #8250df; padding-left: 14px; list-style: none; }
`;
