/** The package's version: set by the build (scripts/build.mjs), read from package.json when run from the sources. */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const __PACKAGE_VERSION__: string | undefined;

export function packageVersion(): string {
  if (typeof __PACKAGE_VERSION__ === 'string') return __PACKAGE_VERSION__;
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}
