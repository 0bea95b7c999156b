import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// specbundle/report.ts
function bundleVerdict(b) {
  return b.errors ? "failed" : b.warnings ? "warnings" : "ok";
}
var BUNDLE_TABLE_HEADER = ["Bundle", "Profile", "Kind", "Files", "Errors", "Warnings"];
function bundleRows(result) {
  return result.bundles.map((b) => [
    b.dir,
    b.profile,
    b.kind,
    String(b.files.length),
    String(b.errors),
    String(b.warnings)
  ]);
}
function headline(result) {
  const profiles = result.profiles.length ? ` (${result.profiles.join(", ")})` : "";
  const parts = [`${result.bundles.length} bundle(s) checked${profiles}`];
  if (result.changed) {
    parts.push(
      `changed-only: ${result.changed.files.length} file(s) changed since ${result.changed.base.slice(0, 12)}, ${result.changed.skipped} untouched bundle(s) skipped`
    );
  }
  parts.push(`failing on ${result.failOn} and above`);
  return `${parts.join("; ")}.`;
}
function bundleTableText(result) {
  if (!result.bundles.length) return "";
  const mark = { failed: "\u2717", warnings: "!", ok: "\u2713" };
  const width = Math.max(...result.bundles.map((b) => b.dir.length));
  return result.bundles.map(
    (b) => `  ${mark[bundleVerdict(b)]} ${b.dir.padEnd(width)}  ${b.profile} ${b.kind}, ${b.files.length} file(s): ${b.errors} error(s), ${b.warnings} warning(s)
`
  ).join("");
}

export {
  BUNDLE_TABLE_HEADER,
  bundleRows,
  headline,
  bundleTableText
};
