/** The playground's own layout, on top of the map's stylesheet. */
export const PLAYGROUND_STYLE = `
body { display: flex; flex-direction: column; height: 100vh; overflow: hidden; }
header.bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 16px; border-bottom: 1px solid var(--line); background: var(--head); }
header.bar h1 { font-size: 17px; margin: 0 12px 0 0; }
header.bar .privacy { color: var(--muted); font-size: 12px; }
#status { font-size: 13px; color: var(--muted); margin-left: auto; }
.workspace { display: grid; grid-template-columns: minmax(320px, 42%) 1fr; gap: 0; flex: 1; min-height: 0; }
#editor-pane { display: flex; border-right: 1px solid var(--line); min-height: 0; min-width: 0; }
#editor-pane.dropping { outline: 3px dashed var(--missing); outline-offset: -6px; }
#retry { font: inherit; font-size: 13px; }
.results { overflow: auto; min-height: 0; }
.results h2 { margin: 12px 16px 6px; }
#findings { list-style: none; margin: 0 16px; padding: 0; max-height: 32vh; overflow: auto; border: 1px solid var(--line); }
#findings li { border-bottom: 1px solid var(--line); }
#findings li.none { padding: 8px; color: var(--muted); }
#findings button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 4px 8px; font: inherit; cursor: pointer; }
#findings button:hover, #findings button:focus { background: #eef6ff; }
#findings .at { color: var(--muted); font-variant-numeric: tabular-nums; margin: 0 6px; }
#map-root header.top { display: none; }
#map-root main { padding: 0 16px 16px; }
li.finding[data-line] .message { cursor: pointer; }
#fix, #fix-apply, #fix-close { font: inherit; font-size: 13px; }
#fix-panel { margin: 0 16px; padding: 0 0 8px; border-bottom: 1px solid var(--line); }
#fix-panel h2 { margin: 12px 0 6px; }
#fix-panel h3 { font-size: 13px; margin: 8px 0 4px; }
#fix-panel ul { margin: 0; padding-left: 18px; font-size: 12px; }
#fix-status { margin: 4px 0; }
#fix-diff { max-height: 36vh; overflow: auto; margin: 6px 0; padding: 6px 8px; border: 1px solid var(--line); background: #fafafa; font-size: 12px; line-height: 1.4; }
#fix-diff .d-add { color: #0a6b1f; background: #e6ffec; }
#fix-diff .d-del { color: #9f1d1d; background: #ffebe9; }
#fix-diff .d-hunk { color: #5a3fb0; }
#fix-diff .d-file { color: var(--muted); font-weight: 600; }
.fix-actions { margin: 6px 0 0; }
`;
