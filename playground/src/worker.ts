/** The playground's Web Worker: lints off the page's thread, so typing stays responsive on a large document. */
import { PlaygroundMode, lint } from './lint';

declare const __PACKAGE_VERSION__: string;

interface Request {
  readonly id: number;
  readonly text: string;
  readonly mode: PlaygroundMode;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, text, mode } = event.data;
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
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
