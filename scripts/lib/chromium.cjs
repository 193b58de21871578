// Headless Chromium for the page tests and the page scripts: the one
// @sparticuz/chromium carries inside its npm package (installed by `npm ci`,
// nothing to download), driven by puppeteer-core, with flags that keep it
// off the network (this machine's network is closed, and the pages must not
// need it). Both packages are ES modules only: this file is loaded with
// Node's own require (require(esm), Node 20.19 and later).
'use strict';

const QUIET = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--mute-audio',
];

/** Launches the browser; `options` go to puppeteer's launch on top of these. */
async function launchChromium(options = {}) {
  const chromium = require('@sparticuz/chromium').default;
  const puppeteer = require('puppeteer-core').default;
  return puppeteer.launch({
    executablePath: await chromium.executablePath(),
    headless: true,
    // sparticuz's flags are for AWS Lambda; its --single-process makes page loads flaky under puppeteer on a desktop machine.
    args: [...chromium.args.filter((arg) => arg !== '--single-process'), ...QUIET],
    defaultViewport: { width: 1400, height: 900 },
    ...options,
  });
}

module.exports = { launchChromium };
