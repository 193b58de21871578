/**
 * A real headless Chromium for the page tests: the one `@sparticuz/chromium`
 * carries inside its npm package (installed by `npm ci`, nothing to
 * download), driven by `puppeteer-core`. Flags keep Chromium off the
 * network (this machine's network is closed, and the pages must not need it).
 *
 * Both packages are ES modules only, which Jest's module loader cannot
 * load (and Jest hands tests its own `createRequire`); Node's own loader can
 * (require(esm), Node 20.19 and later), so they are loaded with it, outside
 * Jest's registry, through `Module._load` with this file as the parent.
 * They only drive the browser: nothing under test is loaded that way.
 */
import * as path from 'node:path';
import type { Browser } from 'puppeteer-core';

interface NodeModuleApi {
  Module: new (id: string) => { filename: string; paths: string[] };
  _load(request: string, parent: unknown, isMain: boolean): unknown;
  _nodeModulePaths(dir: string): string[];
}

function nodeRequire(request: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require('node:module') as NodeModuleApi;
  const parent = new api.Module(__filename);
  parent.filename = __filename;
  parent.paths = api._nodeModulePaths(path.dirname(__filename));
  return api._load(request, parent, false);
}

const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps', '--mute-audio'];

export async function launchBrowser(): Promise<Browser> {
  const chromium = (nodeRequire('@sparticuz/chromium') as { default: typeof import('@sparticuz/chromium').default }).default;
  const puppeteer = (nodeRequire('puppeteer-core') as { default: typeof import('puppeteer-core').default }).default;
  const executablePath = await chromium.executablePath();
  return puppeteer.launch({
    executablePath,
    headless: true,
    // sparticuz's flags are for AWS Lambda; its --single-process makes page loads flaky under puppeteer on a desktop machine.
    args: [...chromium.args.filter((arg: string) => arg !== '--single-process'), ...QUIET],
    defaultViewport: { width: 1400, height: 900 },
  });
}
