/** The playground's Web Worker: lints off the page's thread, so typing stays responsive on a large document; and fixes, when asked. */
import type { Fixer, Tamper } from './fixer';
import { PlaygroundMode, lint, lintOutcome } from './lint';

declare const __PACKAGE_VERSION__: string;

interface Request {
  readonly id: number;
  readonly text: string;
  readonly mode: PlaygroundMode;
  /** A fix instead of a lint: the fixer's source (playground/src/fixer.ts, bundled), run once in this worker when first asked. */
  readonly fix?: { readonly source: string; readonly tamper?: Tamper };
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
  spectralHttpStatusFixer?: Fixer;
};

/** The fixer, loaded from its source the first time (the page's policy allows eval: Spectral needs it too). */
function fixer(source: string): Fixer {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the fixer's own bundle, inlined in the page, loaded on demand
  if (scope.spectralHttpStatusFixer === undefined) new Function(source)();
  const loaded = scope.spectralHttpStatusFixer;
  if (loaded === undefined) throw new Error('the fixer did not load');
  return loaded;
}

const failed = (id: number) => (error: unknown) =>
  scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });

scope.onmessage = (event) => {
  const { id, text, mode, fix } = event.data;
  if (fix !== undefined) {
    Promise.resolve()
      .then(() => fixer(fix.source).fix(text, (t) => lintOutcome(t, mode), fix.tamper))
      .then((response) => scope.postMessage({ id, fix: response }), failed(id));
    return;
  }
  lint(text, mode, `spectral-http-status ${__PACKAGE_VERSION__} (playground, ${mode} mode)`).then(
    (response) =>
      scope.postMessage({
        id,
        ...response,
        results: response.results.map((r) => ({
          code: r.code,
          message: r.message,
          path: r.path,
          severity: r.severity,
          range: r.range,
        })),
      }),
    failed(id),
  );
};
