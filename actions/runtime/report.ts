import type { Diagnostic, Severity } from '../../model/types.js';

/**
 * What a check hands the runtime adapter: its findings, whether it passed, extra outputs and
 * optional tables for the job summary and the PR comment. Produced by the same library
 * functions the CLI uses; the adapter only publishes it.
 */
export interface CheckReport {
  /** Action id, e.g. `board-check`; also the sticky comment's marker. */
  check: string;
  /** Heading for the summary and the comment, e.g. "Board check". */
  title: string;
  passed: boolean;
  /** True when some input could not be used at all: the step exits 2. */
  unusable?: boolean;
  diagnostics: Diagnostic[];
  /** One line under the heading, e.g. "13 boards, 1,095 items". */
  headline?: string;
  /** Extra step outputs (`passed`, `errors`, `warnings`, `infos` are always set). */
  outputs?: Record<string, string | number | boolean>;
  /** Extra Markdown tables for the summary and the comment. */
  tables?: Array<{ caption?: string; header: string[]; rows: string[][] }>;
}

/** Most annotations GitHub shows per step and severity; the rest are listed in the summary. */
export const ANNOTATION_CAP = 10;
/** Most diagnostics listed in a summary or comment table. */
export const TABLE_CAP = 200;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Escapes text for a Markdown table cell (pipes, line breaks, HTML). */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Counts by severity. */
export function counts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  return c;
}

/**
 * The report as Markdown: heading with the verdict, headline, counts, the extra tables and a
 * table of findings (at most TABLE_CAP rows). Used for the job summary and the PR comment.
 */
export function reportMarkdown(report: CheckReport): string {
  const c = counts(report.diagnostics);
  const verdict = report.unusable ? '⛔ unusable input' : report.passed ? '✅ passed' : '❌ failed';
  const parts = [`### ${cell(report.title)}: ${verdict}`];
  if (report.headline) parts.push(cell(report.headline));
  parts.push(`${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  for (const t of report.tables ?? []) {
    if (t.caption) parts.push(`**${cell(t.caption)}**`);
    parts.push(
      table(
        t.header,
        t.rows.map((r) => r.map(cell)),
      ),
    );
  }
  if (report.diagnostics.length) {
    const rows = report.diagnostics
      .slice(0, TABLE_CAP)
      .map((d) => [
        `${ICON[d.severity]} ${d.severity}`,
        `\`${cell(d.path)}:${d.line}\``,
        cell(d.message),
        `\`${cell(d.rule)}\``,
      ]);
    parts.push(table(['Severity', 'Where', 'Message', 'Rule'], rows));
    if (report.diagnostics.length > TABLE_CAP) {
      parts.push(
        `…and ${report.diagnostics.length - TABLE_CAP} more; run \`npx boardwright\` locally for all.`,
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}
