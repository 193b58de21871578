/**
 * The report page's script: report/page/main.ts bundled for browsers. The
 * package's build (scripts/build.mjs) replaces this module with the bundled
 * text, so the built command never bundles anything; from the sources (the
 * tests) it is bundled here, once, with esbuild, a development dependency.
 */
import * as path from 'node:path';

/** How the page's script is bundled; scripts/build.mjs uses the same options. */
const PAGE_BUILD = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  platform: 'browser',
} as const;

let built: string | undefined;

export function pageScript(): string {
  if (built === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({
      ...PAGE_BUILD,
      entryPoints: [path.join(__dirname, 'page', 'main.ts')],
      write: false,
      logLevel: 'silent',
    });
    built = result.outputFiles[0]?.text ?? '';
  }
  return built;
}
