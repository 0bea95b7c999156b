import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  mdCode,
  mdText
} from "./chunk-RO54TS7C.js";

// report/check.ts
var TABLE_CAP = 200;
var CELL_CAP = 500;
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1048576;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function counts(diagnostics) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  return c;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function clip(text) {
  return text.length > CELL_CAP ? `${text.slice(0, CELL_CAP - 1)}\u2026` : text;
}
function cell(text) {
  return mdText(clip(text));
}
function verdict(report) {
  if (report.unusable) return "\u26D4 unusable input";
  if (report.skipped !== void 0) return "\u23ED\uFE0F skipped";
  return report.passed ? "\u2705 passed" : "\u274C failed";
}
function boundedTable(header, rows, budget) {
  const lines = [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`
  ];
  let used = byteLength(lines.join("\n"));
  let shown = 0;
  for (const row of rows) {
    const line = `| ${row.join(" | ")} |`;
    const size = byteLength(line) + 1;
    if (used + size > budget) break;
    lines.push(line);
    used += size;
    shown++;
  }
  return { text: lines.join("\n"), omitted: rows.length - shown };
}
function reportMarkdown(report, limits = { maxBytes: SUMMARY_LIMIT }) {
  const c = counts(report.diagnostics);
  const more = limits.more ? ` ${limits.more}` : "";
  const maxRows = limits.maxRows ?? TABLE_CAP;
  const parts = [`${"#".repeat(limits.level ?? 3)} ${cell(report.title)}: ${verdict(report)}`];
  if (report.skipped !== void 0) parts.push(cell(report.skipped));
  if (report.headline) parts.push(cell(report.headline));
  parts.push(`${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  const tables = (report.tables ?? []).map((t) => ({ ...t, rows: t.rows.map((r) => r.map(cell)) }));
  if (report.diagnostics.length) {
    tables.push({
      header: ["Severity", "Where", "Message", "Rule"],
      rows: report.diagnostics.slice(0, maxRows).map((d) => [
        `${ICON[d.severity]} ${d.severity}`,
        `${mdCode(clip(d.path), true)}:${d.line}`,
        cell(d.message),
        mdCode(d.rule, true)
      ])
    });
  }
  const reserve = tables.length * (120 + byteLength(more));
  let used = byteLength(parts.join("\n\n")) + reserve;
  for (const [i, t] of tables.entries()) {
    const isFindings = report.diagnostics.length > 0 && i === tables.length - 1;
    const caption = t.caption ? `**${cell(t.caption)}**` : void 0;
    const budget = limits.maxBytes - used - (caption ? byteLength(caption) + 2 : 0) - 2;
    if (budget < 200) {
      parts.push(`\u2026${t.rows.length} row(s) left out.${more}`);
      continue;
    }
    const { text, omitted } = boundedTable(t.header, t.rows, budget);
    if (caption) parts.push(caption);
    parts.push(text);
    used += byteLength(text) + (caption ? byteLength(caption) + 2 : 0) + 2;
    const beyondCap = isFindings ? report.diagnostics.length - t.rows.length : 0;
    if (omitted + beyondCap > 0) {
      const line = `\u2026and ${omitted + beyondCap} more row(s); run \`npx boardwright\` locally for all.${more}`;
      parts.push(line);
    }
  }
  const markdown = `${parts.join("\n\n")}
`;
  return byteLength(markdown) <= limits.maxBytes ? markdown : truncateBytes(markdown, limits.maxBytes, limits.more);
}
function truncateBytes(markdown, maxBytes, more) {
  if (byteLength(markdown) <= maxBytes) return markdown;
  const tail = `

\u2026cut to ${maxBytes} bytes.${more ? ` ${more}` : ""}
`;
  const room = Math.max(0, maxBytes - byteLength(tail));
  const bytes = Buffer.from(markdown, "utf8").subarray(0, room);
  let text = bytes.toString("utf8").replace(/\uFFFD+$/, "");
  const eol = text.lastIndexOf("\n");
  if (eol > 0) text = text.slice(0, eol);
  return `${text}${tail}`;
}
function combinedMarkdown(reports, limits = { maxBytes: COMMENT_LIMIT }) {
  const failed = reports.filter((r) => !r.passed || r.unusable).length;
  const skipped = reports.filter((r) => r.skipped !== void 0).length;
  const head = reports.length === 0 ? "### boardwright: no gate ran" : failed ? `### boardwright: \u274C ${failed} of ${reports.length} gate(s) failed` : `### boardwright: \u2705 ${reports.length - skipped} gate(s) passed${skipped ? `, ${skipped} skipped` : ""}`;
  const rows = reports.map((r) => {
    const c = counts(r.diagnostics);
    return [
      cell(r.title),
      verdict(r),
      String(c.error),
      String(c.warning),
      cell(r.skipped ?? r.headline ?? "")
    ];
  });
  const overview = boundedTable(
    ["Gate", "Verdict", "Errors", "Warnings", "Summary"],
    rows,
    Math.floor(limits.maxBytes / 3)
  );
  const parts = [head, overview.text];
  let used = byteLength(parts.join("\n\n"));
  const order = [...reports].sort(
    (a, b) => Number(a.passed && !a.unusable) - Number(b.passed && !b.unusable)
  );
  const detailed = order.filter((r) => r.skipped === void 0);
  for (const [i, r] of detailed.entries()) {
    const share = Math.floor((limits.maxBytes - used - 64) / (detailed.length - i));
    if (share < 400) break;
    const section = reportMarkdown(r, { ...limits, maxBytes: share, level: 4 }).trimEnd();
    parts.push(section);
    used += byteLength(section) + 2;
  }
  return truncateBytes(`${parts.join("\n\n")}
`, limits.maxBytes, limits.more);
}

export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  counts,
  reportMarkdown,
  truncateBytes,
  combinedMarkdown
};
