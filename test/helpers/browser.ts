/**
 * A real headless Chromium for the page tests: scripts/lib/chromium.cjs
 * (the Chromium `@sparticuz/chromium` carries, driven by `puppeteer-core`,
 * with the flags that keep it off the network), as the page scripts launch it.
 *
 * Both packages are ES modules only, which Jest's module loader cannot load
 * (and Jest hands tests its own `createRequire`); Node's own loader can
 * (require(esm), Node 20.19 and later), so that file is loaded with it,
 * outside Jest's registry, through `Module._load` with this file as the
 * parent. It only drives the browser: nothing under test is loaded that way.
 */
import * as path from 'node:path';
import type { Browser, LaunchOptions } from 'puppeteer-core';

interface NodeModuleApi {
  Module: new (id: string) => { filename: string; paths: string[] };
  _load(request: string, parent: unknown, isMain: boolean): unknown;
  _nodeModulePaths(dir: string): string[];
}

function nodeRequire(request: string): unknown {
  const api = require('node:module') as NodeModuleApi;
  const parent = new api.Module(__filename);
  parent.filename = __filename;
  parent.paths = api._nodeModulePaths(path.dirname(__filename));
  return api._load(request, parent, false);
}

export async function launchBrowser(): Promise<Browser> {
  const { launchChromium } = nodeRequire(path.join(__dirname, '..', '..', 'scripts', 'lib', 'chromium.cjs')) as {
    launchChromium(options?: LaunchOptions): Promise<Browser>;
  };
  return launchChromium();
}
