import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  SCHEMA_VERSION
} from "./chunk-4ALAVELF.js";
import {
  escapeControlCharacters,
  escapeControls,
  safeLine
} from "./chunk-U4BRR2OX.js";

// report/format.ts
function tally(diagnostics) {
  const t = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) t[d.severity]++;
  return t;
}
function formatText(diagnostics) {
  const lines = diagnostics.map(
    (d) => `${safeLine(d.path)}:${d.line}:${d.column}  ${d.severity}  ${safeLine(d.message)}  ${safeLine(d.rule)}`
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
function escapeCommandData(s) {
  return escapeControls(s, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(s) {
  return escapeControlCharacters(s, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(diagnostics, fileOf = (d) => d.path) {
  return diagnostics.map((d) => {
    const file = fileOf(d);
    const props = [];
    if (file !== void 0) {
      props.push(`file=${escapeCommandProperty(file)}`, `line=${d.line}`, `col=${d.column}`);
      if (d.endLine !== void 0) props.push(`endLine=${d.endLine}`);
    }
    props.push(`title=${escapeCommandProperty(`boardwright ${d.rule}`)}`);
    const message = file === void 0 ? `${d.path}: ${d.message}` : d.message;
    return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeCommandData(message)}
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
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
  formatDiagnostics
};
