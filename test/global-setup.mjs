// Jest's global setup: unpacks the Chromium that @sparticuz/chromium carries
// (to /tmp/chromium) once, before the test files run in parallel workers, so
// that two page tests never unpack it at the same time on a fresh machine.
import chromium from '@sparticuz/chromium';

export default async function unpackChromium() {
  await chromium.executablePath();
}
