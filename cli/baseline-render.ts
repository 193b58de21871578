/**
 * Writes a baseline file (`baseline`, `baseline --prune`). Apart from
 * cli/baseline.ts so that `lint --baseline`, which only reads one, does not
 * load the `yaml` package.
 */
import { Document as YamlDocument, isMap, isSeq } from 'yaml';
import type { Baseline } from './baseline';

const HEADER = `Findings of spectral-http-status accepted as they are today (see docs/adopting.md).
\`spectral-http-status lint --baseline <this file>\` fails only on findings beyond these;
\`spectral-http-status baseline --prune\` drops the entries that no longer match anything.
Add a \`reason\` to an entry to say why it is accepted.`;

/** The file's text: the header comment, then the entries, sorted, one flow map per entry so that a diff shows one line per key. */
export function renderBaseline(baseline: Baseline): string {
  const doc = new YamlDocument({
    version: baseline.version,
    ...(baseline.skip === undefined ? {} : { skip: baseline.skip }),
    documents: baseline.documents,
  });
  doc.commentBefore = HEADER.split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  const documents = doc.get('documents', true);
  if (isMap(documents)) {
    for (const perDoc of documents.items) {
      if (!isMap(perDoc.value)) continue;
      for (const perRule of perDoc.value.items) {
        if (!isSeq(perRule.value)) continue;
        for (const item of perRule.value.items) if (isMap(item)) item.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
