/**
 * The status-code map of a fixture, built from the sources: the same lint
 * as test/helpers/lint.ts (a real Spectral run with this package's ruleset),
 * with the notes collector installed, then `buildStatusMap`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ruleset } from '@stoplight/spectral-core';
import type { IRuleResult, RulesetDefinition } from '@stoplight/spectral-core';
import defaultRuleset from '../../entry';
import { lintText } from '../../report/lint';
import { StatusMap, buildStatusMap } from '../../report/map';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/** The fixtures the map is tested on: each OpenAPI version, webhooks and callbacks, Level 3 profiles, waivers, OpenAPI 3.2's methods. */
export const REPORT_FIXTURES = [
  'report/swagger-2.0.yaml',
  'sample-openapi.yaml',
  'report/openapi-3.1-webhooks.yaml',
  'oas32-operations.yaml',
  'level3-example.yaml',
  'report/waivers.yaml',
] as const;

export interface MapOutcome {
  readonly map: StatusMap;
  readonly results: readonly IRuleResult[];
}

export async function mapOfText(
  text: string,
  source: string,
  definition: RulesetDefinition = defaultRuleset,
): Promise<MapOutcome> {
  const ruleset = new Ruleset(definition, { severity: 'recommended' });
  const outcome = await lintText(text, source, ruleset);
  const map = buildStatusMap({
    ...outcome,
    generator: 'spectral-http-status (tests)',
    docsUrl: (rule) => ruleset.rules[rule]?.documentationUrl ?? undefined,
  });
  return { map, results: outcome.results };
}

export async function mapOf(fixture: string, definition?: RulesetDefinition): Promise<MapOutcome> {
  const file = path.join(FIXTURES, fixture);
  return mapOfText(readFileSync(file, 'utf8'), file, definition);
}

/** Where each finding id sits: every cell (and row's own cell) that lists it as its own. */
export function homesOf(map: StatusMap): Map<number, string[]> {
  const homes = new Map<number, string[]>();
  for (const row of map.rows) {
    const cells = [...Object.entries(row.cells), ...(row.own === undefined ? [] : [['(own)', row.own] as const])];
    for (const [key, cell] of cells) {
      for (const id of cell.findings) homes.set(id, [...(homes.get(id) ?? []), `${row.id}:${key}`]);
    }
  }
  return homes;
}
