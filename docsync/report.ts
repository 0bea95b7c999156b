import type { CheckReport } from '../actions/runtime/report.js';
import { type DocSyncResult, lineRange } from './check.js';

/**
 * The result as plain text for a terminal: one line per pair with its drift and verdict, the
 * differing line ranges of each drifting pair under their nearest heading, then the sync
 * command when some pair fails.
 */
export function docSyncText(result: DocSyncResult): string {
  const out: string[] = [];
  out.push(
    `Compared ${result.members.map((m) => m.path).join(', ') || 'no files'} (threshold ${result.threshold}%).`,
  );
  for (const p of result.pairs) {
    const verdict = p.drift > result.threshold ? 'FAIL' : 'ok';
    out.push(`  ${p.a} ↔ ${p.b}  drift ${p.drift}%  ${verdict}`);
    for (const s of p.sections)
      out.push(`      ${s.heading}: ${p.a} ${lineRange(s.a)} ↔ ${p.b} ${lineRange(s.b)}`);
  }
  if (!result.passed) out.push(`Sync the family with:\n  ${result.syncCommand}`);
  return `${out.join('\n')}\n`;
}

/** The result as the Action runtime's CheckReport (pairs table, outputs `max-drift`, `files`). */
export function docSyncReport(result: DocSyncResult): CheckReport {
  return {
    check: 'doc-sync',
    title: 'Doc sync',
    passed: result.passed && !result.unusable,
    unusable: result.unusable,
    diagnostics: result.diagnostics,
    headline: `${result.members.length} instruction file(s), largest drift ${result.maxDrift}% (threshold ${result.threshold}%).${result.passed ? '' : ` Sync with: ${result.syncCommand}`}`,
    outputs: { 'max-drift': result.maxDrift, files: result.members.length },
    tables: [
      {
        header: ['File', 'Compared with', 'Drift', 'Differing lines (nearest heading)'],
        rows: result.pairs.map((p) => [
          p.b,
          p.a,
          `${p.drift}%`,
          p.sections.map((s) => `${lineRange(s.b)} (${s.heading})`).join('; ') || '—',
        ]),
      },
    ],
  };
}
