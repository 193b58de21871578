/**
 * The playground page: an editor (CodeMirror, playground/src/editor.ts),
 * the findings, the status-code map. The lint runs in a Web Worker started
 * from the page's own inline source (a page opened from disk may not load
 * a worker from a file), so nothing is requested once the page is open,
 * and typing stays responsive on a large document; a newer text stops the
 * lint under way, and so does a time limit (playground/src/linter.ts). The
 * map is drawn by the report page's renderer. Fix shows what the `fix`
 * command would change (its planner, loaded into the worker when first
 * used: playground/src/fixer.ts) and applies it to the editor's text.
 */
import { EditorView } from '@codemirror/view';
import { FIXABLE_RULES } from '../../cli/fix/plan';
import { esc, renderStatusMap } from '../../report/page/render';
import { STYLE } from '../../report/page/style';
import {
  FIX_EVENT,
  applyText,
  createEditor,
  currentDiagnostics,
  diagnosticsOf,
  newState,
  selectLine,
  showDiagnostics,
  shown,
} from './editor';
import type { FixResponse, Tamper } from './fixer';
import { type LintOutcome, WorkerLinter } from './linter';
import { PLAYGROUND_STYLE } from './style';

interface Sample {
  readonly name: string;
  readonly label: string;
  readonly text: string;
}

declare global {
  interface Window {
    /** The lint's time limit in milliseconds, when set (by a test, or from the browser's console); read as each lint starts. */
    playgroundLintTimeoutMs?: unknown;
    /** A change made to the fixed text before the fixer checks it (`{ find, replace }`), when set: the tests' way to see a fix refused. */
    playgroundFixTamper?: unknown;
    /** The editor and what it shows, for the tests and the browser's console. */
    playground?: {
      readonly view: EditorView;
      diagnostics(): ReturnType<typeof currentDiagnostics>;
      readonly stopped: number;
    };
  }
}

const SEVERITY = ['error', 'warn', 'info', 'hint'];
const DEBOUNCE_MS = 300;
/** How long a lint may run before it is stopped: GitHub's 4 MB description lints in a few seconds. */
const DEFAULT_LIMIT_MS = 30000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

function limitMs(): number {
  const set = window.playgroundLintTimeoutMs;
  return typeof set === 'number' && set > 0 ? set : DEFAULT_LIMIT_MS;
}

function tamper(): Tamper | undefined {
  const set = window.playgroundFixTamper as Partial<Tamper> | undefined;
  return typeof set?.find === 'string' && typeof set.replace === 'string'
    ? { find: set.find, replace: set.replace }
    : undefined;
}

const FIXABLE = new Set(FIXABLE_RULES);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A unified diff, each line marked as added, removed, a hunk's head or context. */
const diffHtml = (diff: string): string =>
  diff
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      const kind = /^(\+\+\+|---) /.test(line)
        ? 'file'
        : line.startsWith('@@')
          ? 'hunk'
          : line.startsWith('+')
            ? 'add'
            : line.startsWith('-')
              ? 'del'
              : 'ctx';
      return `<span class="d-${kind}">${esc(line)}</span>\n`;
    })
    .join('');

const duration = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);

function start(): void {
  const style = document.createElement('style');
  style.textContent = STYLE + PLAYGROUND_STYLE;
  document.head.appendChild(style);

  const samples = JSON.parse(byId('samples').textContent ?? '[]') as Sample[];
  const sampleSelect = byId<HTMLSelectElement>('sample');
  const modeSelect = byId<HTMLSelectElement>('mode');
  const fileInput = byId<HTMLInputElement>('file');
  const status = byId('status');
  const retry = byId<HTMLButtonElement>('retry');
  const findings = byId('findings');
  const mapRoot = byId('map-root');
  const pane = byId('editor-pane');
  const fixButton = byId<HTMLButtonElement>('fix');
  const fixPanel = byId('fix-panel');
  const fixStatus = byId('fix-status');
  const fixDiff = byId('fix-diff');
  const fixLists = byId('fix-lists');
  const applyButton = byId<HTMLButtonElement>('fix-apply');
  const closeButton = byId<HTMLButtonElement>('fix-close');
  const fixerSource = byId('fixer-source').textContent ?? '';
  const body = document.body;

  sampleSelect.innerHTML =
    samples.map((s) => `<option value="${esc(s.name)}">${esc(s.label)}</option>`).join('') +
    '<option value="">(your own document)</option>';

  const problem = (state: string, text: string, canRetry: boolean): void => {
    status.textContent = text;
    body.dataset.state = state;
    retry.hidden = !canRetry;
  };

  /** Fix is enabled when the lint found something of a rule `fix` fixes (whether each can be fixed, the fixer says). */
  const setFixable = (results: ReadonlyArray<{ code: string | number }> | undefined): void => {
    const count = results?.filter((r) => FIXABLE.has(String(r.code))).length ?? 0;
    fixButton.disabled = count === 0;
    fixButton.title =
      results === undefined
        ? 'Fix is enabled once the document is linted'
        : count === 0
          ? 'Nothing to fix: no finding of a rule fix fixes'
          : `Show what fix changes for ${plural(count, 'finding')} of the rules it fixes`;
    body.dataset.fixable = String(count);
  };

  const report = (id: number, outcome: LintOutcome): void => {
    setFixable(outcome.kind === 'done' ? outcome.response.results : undefined);
    if (outcome.kind === 'timeout') {
      problem(
        'stopped',
        `Stopped after ${duration(outcome.limitMs)}: the lint of this document did not finish in time. Lint it with the Spectral CLI, or try again.`,
        true,
      );
      return;
    }
    if (outcome.kind === 'failed') {
      problem('error', `The linter stopped: ${outcome.message}`, true);
      return;
    }
    const response = outcome.response;
    if (response.error !== undefined || response.results === undefined || response.map === undefined) {
      problem('error', `Could not lint this document: ${response.error ?? 'no result'}`, false);
      return;
    }
    const results = response.results;
    const counts = SEVERITY.map((name, i) => [name, results.filter((r) => r.severity === i).length] as const).filter(
      ([, n]) => n > 0,
    );
    status.textContent = `${results.length} finding${results.length === 1 ? '' : 's'}${counts.length > 0 ? ` (${counts.map(([name, n]) => `${n} ${name}`).join(', ')})` : ''}, ${modeSelect.value} mode, in ${response.ms} ms`;
    findings.innerHTML =
      results.length === 0
        ? '<li class="none">No findings.</li>'
        : results
            .map(
              (r, i) =>
                `<li data-index="${i}" data-rule="${esc(r.code)}" data-path="${esc(JSON.stringify(r.path))}" data-line="${r.range.start.line + 1}"><button type="button"><span class="sev sev-${SEVERITY[r.severity] ?? 'hint'}">${SEVERITY[r.severity] ?? 'hint'}</span> <span class="at">${r.range.start.line + 1}:${r.range.start.character + 1}</span> <code>${esc(r.code)}</code> <span class="message">${esc(shown(r.message))}</span></button></li>`,
            )
            .join('');
    // Every edit stops the lint under way, so these findings are of the text in the editor now.
    showDiagnostics(view, diagnosticsOf(view.state.doc, results));
    renderStatusMap(mapRoot, response.map);
    if (body.dataset.fix === 'applied')
      fixStatus.textContent = `${fixStatus.textContent?.replace(/: linting again…$/, '') ?? ''}; linted again: ${plural(results.length, 'finding')}.`;
    body.dataset.findings = String(results.length);
    body.dataset.lintId = String(id);
    body.dataset.state = 'ready';
    retry.hidden = true;
  };

  // The worker starts now, while the page loads: its source is inline, so no request is ever made for it.
  const source = byId('worker-source').textContent ?? '';
  const linter = new WorkerLinter(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), report);

  // The fix on show: the text it was worked out for and the text it makes, while Apply may apply it.
  let proposal: { readonly before: string; readonly after: string; readonly count: number } | undefined;
  const fixState = (state: string, text: string): void => {
    fixPanel.hidden = false;
    fixStatus.textContent = text;
    body.dataset.fix = state;
  };
  const clearFix = (): void => {
    proposal = undefined;
    applyButton.hidden = true;
    fixDiff.hidden = true;
    fixDiff.innerHTML = '';
    fixLists.innerHTML = '';
  };
  const closeFix = (): void => {
    clearFix();
    fixPanel.hidden = true;
    delete body.dataset.fix;
  };
  /** The text or mode changed under a fix on show or under way: it is of another text now. */
  const staleFix = (): void => {
    if (proposal === undefined && body.dataset.fix !== 'working') return;
    clearFix();
    fixState('stale', 'The document or the mode changed since: press Fix again.');
  };

  const showFix = (outcome: LintOutcome, before: string): void => {
    clearFix();
    if (outcome.kind === 'timeout') {
      fixState('error', `Stopped after ${duration(outcome.limitMs)}: working out the fixes did not finish in time.`);
      return;
    }
    if (outcome.kind === 'failed' || outcome.response.error !== undefined || outcome.response.fix === undefined) {
      const message =
        outcome.kind === 'failed' ? outcome.message : (outcome.response.error ?? 'the fixer gave no answer');
      fixState('error', `Could not work out the fixes: ${message}`);
      return;
    }
    const fix: FixResponse = outcome.response.fix;
    const list = (title: string, lines: readonly string[]): string =>
      lines.length === 0
        ? ''
        : `<h3>${esc(title)} (${lines.length})</h3><ul>${lines.map((line) => `<li><code>${esc(shown(line))}</code></li>`).join('')}</ul>`;
    const other =
      fix.other > 0 ? `<p class="other">${plural(fix.other, 'finding')} of rules fix does not fix.</p>` : '';
    if (fix.problems.length > 0) {
      fixState(
        'refused',
        `Nothing applied: the fixed text was linted again, and ${fix.problems.length === 1 ? shown(fix.problems[0] ?? '') : 'these went wrong:'}`,
      );
      fixLists.innerHTML =
        (fix.problems.length > 1 ? list('What went wrong', fix.problems) : '') +
        list('Would have fixed', fix.fixed) +
        list('Left for a person', fix.left);
      return;
    }
    if (fix.fixed.length === 0) {
      fixState(
        'nothing',
        `Nothing to fix${fix.left.length > 0 ? `: ${plural(fix.left.length, 'finding')} left for a person, below` : ''}.`,
      );
      fixLists.innerHTML = list('Left for a person', fix.left) + other;
      return;
    }
    proposal = { before, after: fix.text, count: fix.fixed.length };
    fixState(
      'ready',
      `${plural(fix.fixed.length, 'finding')} fixed, ${fix.left.length} left for a person: the diff below is what Apply changes.`,
    );
    fixDiff.innerHTML = diffHtml(fix.diff);
    fixDiff.hidden = false;
    fixLists.innerHTML = list('Fixed', fix.fixed) + list('Left for a person', fix.left) + other;
    applyButton.hidden = false;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const lint = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    staleFix();
    setFixable(undefined);
    body.dataset.state = 'linting';
    status.textContent = 'Linting…';
    retry.hidden = true;
    linter.lint(view.state.doc.toString(), modeSelect.value, limitMs());
  };
  const lintSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    staleFix();
    setFixable(undefined);
    body.dataset.state = 'editing';
    timer = setTimeout(lint, DEBOUNCE_MS);
  };

  const onUpdate = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return;
    sampleSelect.value = '';
    retry.hidden = true;
    // A lint under way is of a text no longer in the editor: stopped now, so that it takes no more time from this one's.
    linter.stop();
    // A paste or a drop is one whole change: linted at once; typing, once it pauses.
    // And so is a fix applied: its findings are to go at once.
    if (
      update.transactions.some(
        (tr) => tr.isUserEvent('input.paste') || tr.isUserEvent('input.drop') || tr.isUserEvent(FIX_EVENT),
      )
    )
      lint();
    else lintSoon();
  });
  const view = createEditor(pane, onUpdate);
  window.playground = {
    view,
    diagnostics: () => currentDiagnostics(view),
    get stopped() {
      return linter.stopped;
    },
  };

  const goToLine = (line: number): void => {
    if (selectLine(view, line)) body.dataset.selectedLine = String(line);
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
  retry.addEventListener('click', lint);

  fixButton.addEventListener('click', () => {
    const text = view.state.doc.toString();
    clearFix();
    fixState('working', 'Working out the fixes…');
    // Stops a lint under way (there is none: Fix is enabled once the lint of this text is done).
    linter.fix(text, modeSelect.value, fixerSource, limitMs(), (_id, outcome) => showFix(outcome, text), tamper());
  });
  applyButton.addEventListener('click', () => {
    const fix = proposal;
    if (fix === undefined) return;
    if (view.state.doc.toString() !== fix.before) {
      staleFix();
      return;
    }
    clearFix();
    fixState(
      'applied',
      `Applied ${plural(fix.count, 'fix', 'fixes')} (one undo step: Ctrl+Z takes them back): linting again…`,
    );
    applyText(view, fix.before, fix.after);
  });
  closeButton.addEventListener('click', closeFix);

  /** Another document (a sample, a file): a fresh editor state (no undo into the last one), the map's filters afresh; an edit keeps them. */
  const load = (text: string): void => {
    mapRoot.innerHTML = '';
    closeFix();
    view.setState(newState(text, onUpdate));
    lint();
  };
  sampleSelect.addEventListener('change', () => {
    const sample = samples.find((s) => s.name === sampleSelect.value);
    if (sample !== undefined) load(sample.text);
  });
  modeSelect.addEventListener('change', lint);

  const readFile = (file: File): void => {
    file.text().then(
      (text) => {
        sampleSelect.value = '';
        body.dataset.file = file.name;
        load(text);
      },
      () => {
        status.textContent = `Could not read ${file.name}`;
      },
    );
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file !== undefined) readFile(file);
  });
  // A file dropped anywhere on the editor replaces the document (CodeMirror would insert it where it fell):
  // taken on the way down, before the editor sees it. Dragged text is the editor's to move.
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
  pane.addEventListener(
    'dragover',
    (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      pane.classList.add('dropping');
    },
    true,
  );
  pane.addEventListener('dragleave', () => pane.classList.remove('dropping'));
  pane.addEventListener(
    'drop',
    (event) => {
      pane.classList.remove('dropping');
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      readFile(file);
    },
    true,
  );

  const first = samples[0];
  if (first !== undefined) {
    sampleSelect.value = first.name;
    load(first.text);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
