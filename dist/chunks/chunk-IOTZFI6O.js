import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  SCHEMA_VERSION,
  itemsInGroup,
  progressOf
} from "./chunk-63CI7N2Q.js";

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

// generators/json.ts
function stableJson(value) {
  return `${JSON.stringify(sortKeys(value), null, 2)}
`;
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v !== void 0) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

// generators/manifest.ts
function manifestFiles(workspace) {
  const files = [{ path: "model.json", content: stableJson(workspace) }];
  for (const board of workspace.boards) {
    files.push({
      path: `boards/${board.id}.json`,
      content: stableJson({
        schemaVersion: workspace.schemaVersion,
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path)
      })
    });
  }
  return files;
}

// generators/summary.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;");
}
function row(name, p) {
  return `| ${cell(name)} | ${p.items} | ${p.done} | ${p.inProgress} | ${p.blocked} | ${p.percentDone}% |`;
}
var HEAD = "| | Items | Done | In progress | Blocked | % done |\n| --- | ---: | ---: | ---: | ---: | ---: |";
function summaryMarkdown(workspace) {
  const lines = ["# Board summary", "", HEAD];
  for (const board of workspace.boards)
    lines.push(row(`${board.title} (${board.path})`, progressOf(board.items)));
  lines.push(row("All boards", progressOf(workspace.boards.flatMap((b) => b.items))));
  for (const board of workspace.boards) lines.push("", ...boardSection(board));
  return `${lines.join("\n")}
`;
}
function boardSection(board) {
  const out = [
    `## ${cell(board.title)}`,
    "",
    `\`${board.path}\` \xB7 dialect \`${board.dialect}\``,
    "",
    HEAD
  ];
  const top = board.groups.filter((g) => !g.parent && g.kind !== "column");
  const columns = board.groups.filter((g) => g.kind === "column" && !g.parent);
  for (const g of [...top, ...columns].sort((a, b) => a.index - b.index)) {
    out.push(row(g.title, progressOf(itemsInGroup(board, g))));
  }
  const loose = board.items.filter((i) => i.group === void 0);
  if (loose.length) out.push(row("(no group)", progressOf(loose)));
  out.push(row("Total", progressOf(board.items)));
  return out;
}
function summaryFiles(workspace) {
  return [{ path: "summary.md", content: summaryMarkdown(workspace) }];
}

// io/write.ts
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var OutputPathError = class extends Error {
};
function safeOutputPath(outDir, file) {
  const full = resolve(outDir, file);
  const rel = relative(resolve(outDir), full);
  if (!rel || isAbsolute(file) || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new OutputPathError(`Refusing to write "${file}": it is outside ${outDir}.`);
  }
  return full;
}
function writeOutputs(outDir, files, prune = []) {
  const targets = files.map((f) => ({ full: safeOutputPath(outDir, f.path), file: f }));
  const temps = [];
  try {
    for (const { full, file } of targets) {
      mkdirSync(dirname(full), { recursive: true });
      const temp = `${full}.${process.pid}.tmp`;
      writeFileSync(temp, file.content);
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  targets.forEach(({ full }, i) => renameSync(temps[i], full));
  const written = new Set(targets.map((t) => t.full));
  for (const folder of prune) {
    const dir = safeOutputPath(outDir, folder);
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const full = join(dir, name);
      if (!written.has(full) && name.endsWith(".json")) rmSync(full, { force: true });
    }
  }
  return files.map((f) => f.path);
}

export {
  tally,
  formatText,
  formatJson,
  formatGithub,
  formatDiagnostics,
  stableJson,
  manifestFiles,
  summaryMarkdown,
  summaryFiles,
  writeOutputs
};
