import type { CheckReport } from '../report/check.js';
import {
  type DocPair,
  type DocSyncResult,
  type DriftSection,
  lineRange,
  linkPhrase,
} from './check.js';
import type { SectionDrift } from './sections.js';

/** Most removed and most added lines printed per differing section; the rest are counted. */
export const DIFF_LINES_SHOWN = 8;

/** A pair as the Action's `pairs` output and the CLI's JSON summarise it (no line texts). */
export interface PairSummary {
  a: string;
  b: string;
  /** Drift in percent, 2 decimals. */
  drift: number;
  /** Edit distance in UTF-16 code units. */
  distance: number;
  /** The pair passes in the run's mode. */
  passed: boolean;
  /** The normalised bodies are identical. */
  identical: boolean;
  sections: Array<Pick<DriftSection, 'heading' | 'a' | 'b'>>;
  /** Sections that are not the same on both sides, with their drift. */
  changedSections: Array<Pick<SectionDrift, 'heading' | 'status' | 'drift'>>;
}

/** Every pair as a PairSummary, in the order of result.pairs. */
export function pairSummaries(result: DocSyncResult): PairSummary[] {
  return result.pairs.map((p) => ({
    a: p.a,
    b: p.b,
    drift: p.drift,
    distance: p.distance,
    passed: p.passed,
    identical: p.identical,
    sections: p.sections.map((s) => ({ heading: s.heading, a: s.a, b: s.b })),
    changedSections: changed(p).map((s) => ({
      heading: s.heading,
      status: s.status,
      drift: s.drift,
    })),
  }));
}

/**
 * The result as plain text for a terminal: one line per pair with its drift and verdict; under
 * it the differing sections grouped by their nearest heading, each with its line ranges and a
 * line diff (`-12: old`, `+12: new`, line numbers of the files as they are, at most
 * DIFF_LINES_SHOWN lines per side); then the sync command when some pair fails.
 */
export function docSyncText(result: DocSyncResult): string {
  const out: string[] = [];
  const compared = result.members.filter((m) => !m.link).map((m) => m.path);
  out.push(
    `Compared ${compared.join(', ') || 'no files'} (${MODE_TEXT[result.mode](result.threshold)}).`,
  );
  for (const m of result.members) if (m.link) out.push(`  ${linkPhrase(m)}: linked`);
  for (const p of result.pairs) {
    out.push(`  ${p.a} ↔ ${p.b}  drift ${p.drift}%  ${p.passed ? 'ok' : 'FAIL'}`);
    const sections = changed(p);
    if (sections.length) out.push(`    by section: ${sections.map(sectionText).join(', ')}`);
    out.push(...sectionLines(p));
  }
  if (!result.passed) out.push(`Sync the family with:\n  ${result.syncCommand}`);
  return `${out.join('\n')}\n`;
}

/** How each mode is described in the report. */
const MODE_TEXT: Record<DocSyncResult['mode'], (threshold: number) => string> = {
  drift: (t) => `threshold ${t}%`,
  exact: () => 'exact: any difference fails',
  section: (t) => `per section, threshold ${t}%`,
};

/** The sections of a pair that are not the same on both sides. */
function changed(p: DocPair): SectionDrift[] {
  return p.bySection.filter((s) => s.status !== 'same');
}

function sectionText(s: SectionDrift): string {
  return s.status === 'changed' ? `${s.heading} ${s.drift}%` : `${s.heading} ${s.status}`;
}

function sectionLines(p: DocPair): string[] {
  const out: string[] = [];
  let heading: string | undefined;
  for (const s of p.sections) {
    // Consecutive changes under the same heading share one heading line.
    if (s.heading !== heading) out.push(`    ${s.heading}`);
    heading = s.heading;
    out.push(`      ${p.a} ${lineRange(s.a)} ↔ ${p.b} ${lineRange(s.b)}`);
    out.push(...diffLines('-', s.a.start, s.removed), ...diffLines('+', s.b.start, s.added));
  }
  return out;
}

function diffLines(sign: '-' | '+', start: number, lines: readonly string[]): string[] {
  const shown = lines.slice(0, DIFF_LINES_SHOWN).map((l, i) => `        ${sign}${start + i}: ${l}`);
  if (lines.length > DIFF_LINES_SHOWN)
    shown.push(`        ${sign} … ${lines.length - DIFF_LINES_SHOWN} more line(s)`);
  return shown;
}

/**
 * The result as the Action runtime's CheckReport: a table of pairs, outputs `max-drift`,
 * `files` and `pairs` (JSON array of PairSummary).
 */
export function docSyncReport(result: DocSyncResult): CheckReport {
  return {
    check: 'doc-sync',
    title: 'Doc sync',
    passed: result.passed && !result.unusable,
    unusable: result.unusable,
    diagnostics: result.diagnostics,
    headline: `${result.members.length} instruction file(s)${linkedCount(result)}, largest drift ${result.maxDrift}% (${MODE_TEXT[result.mode](result.threshold)}).${result.passed ? '' : ` Sync with: ${result.syncCommand}`}`,
    outputs: {
      'max-drift': result.maxDrift,
      files: result.members.length,
      pairs: JSON.stringify(pairSummaries(result)),
    },
    tables: [
      {
        header: [
          'File',
          'Compared with',
          'Drift',
          'Changed sections',
          'Differing lines (nearest heading)',
        ],
        rows: result.pairs.map((p) => [
          p.b,
          p.a,
          `${p.drift}%${p.passed ? '' : ' ✗'}`,
          changed(p).map(sectionText).join('; ') || '—',
          p.sections.map((s) => `${lineRange(s.b)} (${s.heading})`).join('; ') || '—',
        ]),
      },
      ...(result.members.some((m) => m.link)
        ? [
            {
              header: ['Linked file', 'Link', 'To'],
              rows: result.members
                .filter((m) => m.link)
                .map((m) => [m.path, m.link!.kind, m.link!.target]),
            },
          ]
        : []),
    ],
  };
}

function linkedCount(result: DocSyncResult): string {
  const n = result.members.filter((m) => m.link).length;
  return n ? ` (${n} linked)` : '';
}
