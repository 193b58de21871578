/** The map's summary: operations with and without findings, counts by severity and rule, the codes most often missing, the Level 3 profiles. */
import { keysOf } from '../../functions/lib/safe';
import { compareColumns } from './columns';
import type { MapCell, MapFinding, MapGroup, MapInput, MapRow, MapSummary, MapWaived, SeverityName } from './types';

export function summarise(
  rows: readonly MapRow[],
  findings: readonly MapFinding[],
  waived: readonly MapWaived[],
  groups: readonly MapGroup[],
  docsUrl: MapInput['docsUrl'],
): MapSummary {
  const operations = rows.filter((row) => row.kind === 'operation');
  const touched = (cell: MapCell | undefined): boolean =>
    cell !== undefined && (cell.findings.length > 0 || cell.related.length > 0);
  const clean = operations.filter((row) => !touched(row.own) && !Object.values(row.cells).some(touched)).length;
  const bySeverity: Record<SeverityName, number> = { error: 0, warn: 0, info: 0, hint: 0 };
  const byRule = new Map<string, { error: number; warn: number; info: number; hint: number; total: number }>();
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    let counts = byRule.get(finding.rule);
    if (counts === undefined) byRule.set(finding.rule, (counts = { error: 0, warn: 0, info: 0, hint: 0, total: 0 }));
    counts[finding.severity]++;
    counts.total++;
  }
  // A request for one of several codes counts once, for the code its finding sits on.
  const missed = new Map<string, number>();
  for (const row of operations) {
    for (const key of keysOf(row.cells)) {
      if (row.cells[key]?.findings.some((id) => findings[id]?.kind === 'missing') === true)
        missed.set(key, (missed.get(key) ?? 0) + 1);
    }
  }
  return {
    operations: operations.length,
    operationsWithoutFindings: clean,
    findings: findings.length,
    waived: waived.filter((w) => w.baseline === undefined).length,
    ...(waived.some((w) => w.baseline !== undefined)
      ? { baselined: waived.filter((w) => w.baseline !== undefined).length }
      : {}),
    bySeverity,
    byRule: [...byRule]
      .map(([rule, counts]) => {
        const docs = docsUrl?.(rule);
        return { rule, ...(docs === undefined ? {} : { docs }), ...counts };
      })
      .sort((a, b) => b.total - a.total || (a.rule < b.rule ? -1 : 1)),
    mostMissed: [...missed]
      .map(([code, count]) => ({ code, operations: count }))
      .sort((a, b) => b.operations - a.operations || compareColumns(a.code, b.code))
      .slice(0, 10),
    profiles: groups
      .filter((g) => g.profiles !== undefined)
      .map((g) => ({ resource: g.label, profiles: g.profiles as string })),
  };
}
