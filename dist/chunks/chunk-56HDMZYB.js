import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  SCHEMA_VERSION
} from "./chunk-4ALAVELF.js";

// report/format.ts
function tally(diagnostics) {
  const t = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) t[d.severity]++;
  return t;
}
function formatText(diagnostics) {
  const lines = diagnostics.map(
    (d) => `${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`
  );
  const t = tally(diagnostics);
  lines.push(
    diagnostics.length === 0 ? "No problems found." : `${t.error} error(s), ${t.warning} warning(s), ${t.info} info.`
  );
  return `${lines.join("\n")}
`;
}
function formatJson(diagnostics, extra = {}) {
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...extra, summary: tally(diagnostics), diagnostics }, null, 2)}
`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(diagnostics) {
  return diagnostics.map((d) => {
    const props = [`file=${escapeProperty(d.path)}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine !== void 0) props.push(`endLine=${d.endLine}`);
    props.push(`title=${escapeProperty(`boardwright ${d.rule}`)}`);
    return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}
`;
  }).join("");
}
function formatDiagnostics(format, diagnostics) {
  if (format === "json") return formatJson(diagnostics);
  if (format === "github") return formatGithub(diagnostics);
  return formatText(diagnostics);
}

export {
  tally,
  formatText,
  formatJson,
  formatGithub,
  formatDiagnostics
};
