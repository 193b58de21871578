/**
 * The playground page: an editor, the findings, the status-code map. The
 * lint runs in a Web Worker started from the page's own inline source (a
 * page opened from disk may not load a worker from a file), so nothing is
 * requested once the page is open, and typing stays responsive on a large
 * document. The map is drawn by the report page's renderer.
 */
import type { StatusMap } from '../../report/map';
import { esc, renderStatusMap } from '../../report/page/render';
import { STYLE } from '../../report/page/style';
import { PLAYGROUND_STYLE } from './style';

interface Sample {
  readonly name: string;
  readonly label: string;
  readonly text: string;
}

interface LintResult {
  readonly code: string | number;
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
  readonly severity: number;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

interface Response {
  readonly id: number;
  readonly results?: readonly LintResult[];
  readonly map?: StatusMap;
  readonly ms?: number;
  readonly error?: string;
}

const SEVERITY = ['error', 'warn', 'info', 'hint'];
const DEBOUNCE_MS = 300;
const LINE_HEIGHT = 18;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

function start(): void {
  const style = document.createElement('style');
  style.textContent = STYLE + PLAYGROUND_STYLE;
  document.head.appendChild(style);

  const samples = JSON.parse(byId('samples').textContent ?? '[]') as Sample[];
  // The worker starts now, while the page loads: its source is inline, so no request is ever made for it.
  const source = byId('worker-source').textContent ?? '';
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));

  const editor = byId<HTMLTextAreaElement>('source');
  const gutter = byId('gutter');
  const sampleSelect = byId<HTMLSelectElement>('sample');
  const modeSelect = byId<HTMLSelectElement>('mode');
  const fileInput = byId<HTMLInputElement>('file');
  const status = byId('status');
  const findings = byId('findings');
  const mapRoot = byId('map-root');
  const body = document.body;

  sampleSelect.innerHTML = samples.map((s) => `<option value="${esc(s.name)}">${esc(s.label)}</option>`).join('') + '<option value="">(your own document)</option>';

  let lines = 0;
  const updateGutter = (): void => {
    let count = 1;
    const text = editor.value;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    if (count === lines) return;
    lines = count;
    const numbers: string[] = [];
    for (let i = 1; i <= count; i++) numbers.push(String(i));
    gutter.textContent = numbers.join('\n');
  };
  editor.addEventListener('scroll', () => {
    gutter.scrollTop = editor.scrollTop;
  });

  /** Selects a 1-based line in the editor and scrolls it into view. */
  const goToLine = (line: number): void => {
    const text = editor.value;
    let startAt = 0;
    for (let i = 1; i < line && startAt !== -1; i++) {
      const next = text.indexOf('\n', startAt);
      startAt = next === -1 ? -1 : next + 1;
    }
    if (startAt === -1) return;
    const end = text.indexOf('\n', startAt);
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(startAt, end === -1 ? text.length : end);
    editor.scrollTop = Math.max(0, (line - 1) * LINE_HEIGHT - editor.clientHeight / 3);
    gutter.scrollTop = editor.scrollTop;
    body.dataset.selectedLine = String(line);
  };

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lint = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    sequence++;
    body.dataset.state = 'linting';
    status.textContent = 'Linting…';
    worker.postMessage({ id: sequence, text: editor.value, mode: modeSelect.value });
  };
  const lintSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    body.dataset.state = 'editing';
    timer = setTimeout(lint, DEBOUNCE_MS);
  };

  worker.onmessage = (event: MessageEvent<Response>) => {
    const response = event.data;
    if (response.id !== sequence) return; // a newer lint is on its way
    if (response.error !== undefined || response.results === undefined || response.map === undefined) {
      status.textContent = `Could not lint this document: ${response.error ?? 'no result'}`;
      body.dataset.state = 'error';
      return;
    }
    const results = response.results;
    const counts = SEVERITY.map((name, i) => [name, results.filter((r) => r.severity === i).length] as const).filter(([, n]) => n > 0);
    status.textContent = `${results.length} finding${results.length === 1 ? '' : 's'}${counts.length > 0 ? ` (${counts.map(([name, n]) => `${n} ${name}`).join(', ')})` : ''}, ${modeSelect.value} mode, in ${response.ms} ms`;
    findings.innerHTML =
      results.length === 0
        ? '<li class="none">No findings.</li>'
        : results
            .map(
              (r, i) =>
                `<li data-index="${i}" data-rule="${esc(r.code)}" data-path="${esc(JSON.stringify(r.path))}" data-line="${r.range.start.line + 1}"><button type="button"><span class="sev sev-${SEVERITY[r.severity] ?? 'hint'}">${SEVERITY[r.severity] ?? 'hint'}</span> <span class="at">${r.range.start.line + 1}:${r.range.start.character + 1}</span> <code>${esc(r.code)}</code> <span class="message">${esc(r.message)}</span></button></li>`,
            )
            .join('');
    renderStatusMap(mapRoot, response.map);
    body.dataset.findings = String(results.length);
    body.dataset.lintId = String(response.id);
    body.dataset.state = 'ready';
  };
  worker.onerror = (event) => {
    status.textContent = `The linter stopped: ${event.message}`;
    body.dataset.state = 'error';
  };

  findings.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest('li[data-line]');
    if (item instanceof HTMLElement) goToLine(Number(item.dataset.line));
  });
  // A finding opened from the map's cell goes to its line too.
  mapRoot.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest('li.finding[data-line]');
    if (item instanceof HTMLElement && !(event.target as HTMLElement).closest('a')) goToLine(Number(item.dataset.line));
  });

  /** Another document (a sample, a file): the map's filters start afresh; an edit keeps them. */
  const load = (text: string): void => {
    mapRoot.innerHTML = '';
    editor.value = text;
    editor.scrollTop = 0;
    updateGutter();
    lint();
  };
  editor.addEventListener('input', () => {
    updateGutter();
    sampleSelect.value = '';
    lintSoon();
  });
  sampleSelect.addEventListener('change', () => {
    const sample = samples.find((s) => s.name === sampleSelect.value);
    if (sample !== undefined) load(sample.text);
  });
  modeSelect.addEventListener('change', lint);

  const readFile = (file: File): void => {
    file.text().then((text) => {
      sampleSelect.value = '';
      body.dataset.file = file.name;
      load(text);
    }, () => {
      status.textContent = `Could not read ${file.name}`;
    });
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file !== undefined) readFile(file);
  });
  const pane = byId('editor-pane');
  pane.addEventListener('dragover', (event) => {
    event.preventDefault();
    pane.classList.add('dropping');
  });
  pane.addEventListener('dragleave', () => pane.classList.remove('dropping'));
  pane.addEventListener('drop', (event) => {
    event.preventDefault();
    pane.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) readFile(file);
  });

  const first = samples[0];
  if (first !== undefined) {
    sampleSelect.value = first.name;
    load(first.text);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
