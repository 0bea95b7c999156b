import type { Diagnostic, Severity } from '../model/types.js';
import { mdCode, mdText } from './markdown.js';

/**
 * What a check hands the Action runtime (and the combined pull request report): its findings,
 * whether it passed, extra outputs and optional tables for the job summary and the PR comment.
 * Produced by the same library functions the CLI uses; the adapter only publishes it.
 */
export interface CheckReport {
  /** Action id, e.g. `board-check`; also the sticky comment's marker. */
  check: string;
  /** Heading for the summary and the comment, e.g. "Board check". */
  title: string;
  passed: boolean;
  /** True when some input could not be used at all: the step exits 2. */
  unusable?: boolean;
  /** Why the check did not run (nothing to check here): it passes, with this notice. */
  skipped?: string;
  diagnostics: Diagnostic[];
  /** One line under the heading, e.g. "13 boards, 1,095 items". Plain text. */
  headline?: string;
  /** Extra step outputs (`passed`, `errors`, `warnings`, `infos` are always set). */
  outputs?: Record<string, string | number | boolean>;
  /** Extra tables for the summary and the comment; every cell is plain text. */
  tables?: Array<{ caption?: string; header: string[]; rows: string[][] }>;
}

/** Most diagnostics listed in a summary or comment table. */
export const TABLE_CAP = 200;
/** Longest text of one table cell, in characters; longer text is cut with `…`. */
export const CELL_CAP = 500;

/**
 * GitHub's limits on what boardwright posts, in bytes of UTF-8 (never fewer than characters,
 * so a byte cap also keeps under a character limit): a comment body may have 65,536 characters
 * (longer ones are refused with 422), a step's job summary 1 MiB.
 */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_048_576;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Counts by severity. */
export function counts(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  return c;
}

/** Bytes of `text` in UTF-8. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function clip(text: string): string {
  return text.length > CELL_CAP ? `${text.slice(0, CELL_CAP - 1)}…` : text;
}

/** A plain-text cell as Markdown: escaped (report/markdown.ts), cut at CELL_CAP. */
export function cell(text: string): string {
  return mdText(clip(text));
}

/** The verdict of a report, with its icon: passed, failed, skipped or unusable input. */
export function verdict(report: CheckReport): string {
  if (report.unusable) return '⛔ unusable input';
  if (report.skipped !== undefined) return '⏭️ skipped';
  return report.passed ? '✅ passed' : '❌ failed';
}

/**
 * A Markdown table under a byte budget: the header, then as many rows as fit in `budget` bytes.
 * Returns the table and how many rows were left out.
 */
function boundedTable(
  header: readonly string[],
  rows: readonly string[][],
  budget: number,
): { text: string; omitted: number } {
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  let used = byteLength(lines.join('\n'));
  let shown = 0;
  for (const row of rows) {
    const line = `| ${row.join(' | ')} |`;
    const size = byteLength(line) + 1;
    if (used + size > budget) break;
    lines.push(line);
    used += size;
    shown++;
  }
  return { text: lines.join('\n'), omitted: rows.length - shown };
}

/** How reportMarkdown fits GitHub's limits and where it sends readers for what it leaves out. */
export interface MarkdownLimits {
  /** Largest size of the whole Markdown, in bytes. */
  maxBytes: number;
  /** Heading level of the report's title (3 by default: `###`). */
  level?: number;
  /**
   * Where the rows left out are, appended to each "…and N more" line: Markdown that boardwright
   * writes itself (e.g. a link to the run's job summary), never user-written text.
   */
  more?: string;
  /** Most findings listed (TABLE_CAP by default). */
  maxRows?: number;
}

/**
 * The report as Markdown: heading with the verdict, headline, counts, the extra tables and a
 * table of findings (at most `limits.maxRows`, TABLE_CAP by default), every user-written string escaped (mdText,
 * mdCode). Whole rows are left out so the result stays within `limits.maxBytes`, each table
 * ending with how many rows it left out and `limits.more`; the result never exceeds maxBytes.
 */
export function reportMarkdown(
  report: CheckReport,
  limits: MarkdownLimits = { maxBytes: SUMMARY_LIMIT },
): string {
  const c = counts(report.diagnostics);
  const more = limits.more ? ` ${limits.more}` : '';
  const maxRows = limits.maxRows ?? TABLE_CAP;
  const parts = [`${'#'.repeat(limits.level ?? 3)} ${cell(report.title)}: ${verdict(report)}`];
  if (report.skipped !== undefined) parts.push(cell(report.skipped));
  if (report.headline) parts.push(cell(report.headline));
  parts.push(`${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  const tables: Array<{ caption?: string; header: string[]; rows: string[][] }> = (
    report.tables ?? []
  ).map((t) => ({ ...t, rows: t.rows.map((r) => r.map(cell)) }));
  if (report.diagnostics.length) {
    tables.push({
      header: ['Severity', 'Where', 'Message', 'Rule'],
      rows: report.diagnostics
        .slice(0, maxRows)
        .map((d) => [
          `${ICON[d.severity]} ${d.severity}`,
          `${mdCode(clip(d.path), true)}:${d.line}`,
          cell(d.message),
          mdCode(d.rule, true),
        ]),
    });
  }
  // Room for the "…left out" lines of every table.
  const reserve = tables.length * (120 + byteLength(more));
  let used = byteLength(parts.join('\n\n')) + reserve;
  for (const [i, t] of tables.entries()) {
    const isFindings = report.diagnostics.length > 0 && i === tables.length - 1;
    const caption = t.caption ? `**${cell(t.caption)}**` : undefined;
    const budget = limits.maxBytes - used - (caption ? byteLength(caption) + 2 : 0) - 2;
    if (budget < 200) {
      parts.push(`…${t.rows.length} row(s) left out.${more}`);
      continue;
    }
    const { text, omitted } = boundedTable(t.header, t.rows, budget);
    if (caption) parts.push(caption);
    parts.push(text);
    used += byteLength(text) + (caption ? byteLength(caption) + 2 : 0) + 2;
    const beyondCap = isFindings ? report.diagnostics.length - t.rows.length : 0;
    if (omitted + beyondCap > 0) {
      const line = `…and ${omitted + beyondCap} more row(s); run \`npx boardwright\` locally for all.${more}`;
      parts.push(line);
    }
  }
  const markdown = `${parts.join('\n\n')}\n`;
  return byteLength(markdown) <= limits.maxBytes
    ? markdown
    : truncateBytes(markdown, limits.maxBytes, limits.more);
}

/**
 * `markdown` cut to at most `maxBytes` bytes at a line end, with a last line saying it was cut
 * (and `more`, boardwright's own Markdown saying where the rest is). The last resort behind
 * every byte cap.
 */
export function truncateBytes(markdown: string, maxBytes: number, more?: string): string {
  if (byteLength(markdown) <= maxBytes) return markdown;
  const tail = `\n\n…cut to ${maxBytes} bytes.${more ? ` ${more}` : ''}\n`;
  const room = Math.max(0, maxBytes - byteLength(tail));
  const bytes = Buffer.from(markdown, 'utf8').subarray(0, room);
  let text = bytes.toString('utf8').replace(/\uFFFD+$/, '');
  const eol = text.lastIndexOf('\n');
  if (eol > 0) text = text.slice(0, eol);
  return `${text}${tail}`;
}

/**
 * One pull request comment for every gate of a job (the `report` Action): a table with each
 * gate's verdict, counts and headline, then each gate's report (reportMarkdown, one heading
 * level down) sharing what is left of `limits.maxBytes`, failing gates first.
 */
export function combinedMarkdown(
  reports: readonly CheckReport[],
  limits: MarkdownLimits = { maxBytes: COMMENT_LIMIT },
): string {
  const failed = reports.filter((r) => !r.passed || r.unusable).length;
  const skipped = reports.filter((r) => r.skipped !== undefined).length;
  const head =
    reports.length === 0
      ? '### boardwright: no gate ran'
      : failed
        ? `### boardwright: ❌ ${failed} of ${reports.length} gate(s) failed`
        : `### boardwright: ✅ ${reports.length - skipped} gate(s) passed${skipped ? `, ${skipped} skipped` : ''}`;
  const rows = reports.map((r) => {
    const c = counts(r.diagnostics);
    return [
      cell(r.title),
      verdict(r),
      String(c.error),
      String(c.warning),
      cell(r.skipped ?? r.headline ?? ''),
    ];
  });
  const overview = boundedTable(
    ['Gate', 'Verdict', 'Errors', 'Warnings', 'Summary'],
    rows,
    Math.floor(limits.maxBytes / 3),
  );
  const parts = [head, overview.text];
  let used = byteLength(parts.join('\n\n'));
  const order = [...reports].sort(
    (a, b) => Number(a.passed && !a.unusable) - Number(b.passed && !b.unusable),
  );
  const detailed = order.filter((r) => r.skipped === undefined);
  for (const [i, r] of detailed.entries()) {
    const share = Math.floor((limits.maxBytes - used - 64) / (detailed.length - i));
    if (share < 400) break;
    const section = reportMarkdown(r, { ...limits, maxBytes: share, level: 4 }).trimEnd();
    parts.push(section);
    used += byteLength(section) + 2;
  }
  return truncateBytes(`${parts.join('\n\n')}\n`, limits.maxBytes, limits.more);
}
