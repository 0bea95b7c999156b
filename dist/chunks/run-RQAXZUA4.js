import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  OutDirError,
  RULES,
  loadWorkspace,
  noBoardsDiagnostic,
  resolveOutDir,
  workspaceInputs,
  writeOutDir
} from "./chunk-AEOE7FKV.js";
import {
  DEFAULT_LIMITS,
  DIALECTS,
  decodeMarkdown,
  detectDialect,
  parseMarkdown,
  readBoard,
  readFrontmatter
} from "./chunk-42OHWCGA.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-Q6ZF7S3C.js";
import "./chunk-45AMDMXC.js";
import "./chunk-LUWI5A2R.js";
import {
  BoundaryError,
  readWorkspaceFile
} from "./chunk-URQ42WZF.js";
import {
  githubAnnotations
} from "./chunk-NCXVD5XK.js";
import {
  formatDiagnostics,
  tally
} from "./chunk-MSRNZQFV.js";
import "./chunk-4ALAVELF.js";
import {
  printCommands,
  printErr,
  printOut,
  printProgress,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/run.ts
import { resolve } from "node:path";
var RANK = { info: 0, warning: 1, error: 2 };
var out = printOut;
var err = printErr;
function progress() {
  if (!process.stderr.isTTY) return void 0;
  return (done, total, path) => {
    if (total < 20) return;
    const width = (process.stderr.columns ?? 80) - 20;
    const shown = path.length > width ? `\u2026${path.slice(-width + 1)}` : path;
    printProgress(done === total ? void 0 : `[${done}/${total}] ${shown}`);
  };
}
async function run(command, paths, options) {
  if (command === "dialects") return dialects(paths[0], options);
  if (command === "rules") return rules(options);
  const root = resolve(options.cwd);
  const onProgress = progress();
  const loaded = loadWorkspace({
    root,
    paths,
    ...options.config ? { configPath: options.config } : {},
    ...options.out ? { outDir: options.out } : {},
    ...onProgress ? { onProgress } : {},
    ...options.cache === false ? { cache: false } : options.cacheDir ? { cache: resolve(options.cacheDir) } : {}
  });
  const { workspace } = loaded;
  const format = options.json && command === "check" ? "json" : options.format ?? "text";
  const none = noBoardsDiagnostic(loaded, paths);
  if (none) {
    if (format === "text" || command === "build" && !options.json) {
      err(`boardwright: ${none.message}
`);
      process.exitCode = 2;
      return;
    }
    workspace.diagnostics.push(none);
    loaded.unusable = true;
  }
  const diagnostics = workspace.diagnostics;
  if (command === "check") {
    const failOn = options.failOn ?? loaded.config.config.failOn ?? "error";
    const shown = options.quiet ? diagnostics.filter((d) => RANK[d.severity] >= RANK[failOn]) : diagnostics;
    if (format === "github") printCommands(githubAnnotations(shown, root));
    else out(formatDiagnostics(format, shown));
    if (loaded.unusable) process.exitCode = 2;
    else process.exitCode = diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]) ? 1 : 0;
    return;
  }
  const [{ manifestFiles }, { modelYamlFiles }, { labelsFiles }, { summaryFiles }, json] = await Promise.all([
    import("./manifest-2FPKBQ6U.js"),
    import("./model-yaml-NOBI4XCY.js"),
    import("./labels-ABF7QRND.js"),
    import("./summary-LAHPXI2P.js"),
    import("./json-RAQOQPCY.js")
  ]);
  const configUnusable = loaded.config.diagnostics.some((d) => d.fatal);
  let outDir;
  if (!configUnusable && !none) {
    const outPath = options.out ?? loaded.config.config.out ?? "boardwright-out";
    try {
      outDir = resolveOutDir(root, outPath, workspaceInputs(loaded, paths));
      writeOutDir(outDir, "build", [
        ...manifestFiles(workspace),
        ...modelYamlFiles(workspace),
        ...labelsFiles(workspace),
        ...summaryFiles(workspace)
      ]);
    } catch (e) {
      err(
        e instanceof OutDirError ? `boardwright: ${safeLine(e.message)}
` : `boardwright: cannot write to ${safeLine(outPath)}: ${safeLine(e.message)}
`
      );
      process.exitCode = 2;
      return;
    }
  }
  if (options.json) {
    out(json.stableJson(workspace));
  } else if (format !== "text") {
    if (format === "github") printCommands(githubAnnotations(diagnostics, root));
    else out(formatDiagnostics(format, diagnostics));
  } else {
    const fatal = diagnostics.filter((d) => d.fatal);
    const shown = fatal;
    if (shown.length)
      err(formatDiagnostics("text", shown).split("\n").slice(0, -2).join("\n") + "\n");
    if (!options.quiet && !configUnusable) {
      const items = workspace.boards.reduce((n, b) => n + b.items.length, 0);
      const done = workspace.boards.reduce((n, b) => n + b.items.filter((i) => i.done).length, 0);
      const t = tally(diagnostics);
      for (const b of workspace.boards.length <= 30 ? workspace.boards : []) {
        out(
          `  ${safeLine(b.path)}  ${b.dialect}  ${b.groups.length} groups, ${b.items.length} items, ${b.items.filter((i) => i.done).length} done
`
        );
      }
      out(
        `Built ${workspace.boards.length} board(s), ${items} items (${done} done) into ${safeLine(outDir?.shown ?? "?")}/: model.json, model.yaml, labels.json, summary.md, boards/*.json.
${t.error} error(s), ${t.warning} warning(s) \u2014 run "boardwright check" for details.
`
      );
      if (loaded.skipped.length)
        out(`Skipped ${loaded.skipped.length} Markdown file(s) with no board items.
`);
    }
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
function dialects(file, options) {
  if (!file) {
    const list = DIALECTS.map((d) => ({ id: d.id, title: d.title, description: d.description }));
    if (options.json) out(`${JSON.stringify(list, null, 2)}
`);
    else for (const d of list) out(`${d.id.padEnd(20)} ${d.description}
`);
    return;
  }
  let bytes;
  try {
    bytes = readWorkspaceFile(resolve(options.cwd), file);
  } catch (e) {
    err(
      e instanceof BoundaryError ? `boardwright: ${safeLine(e.message)}
` : `boardwright: cannot read ${safeLine(file)}: ${e.code ?? e.message}
`
    );
    process.exitCode = 2;
    return;
  }
  const decoded = decodeMarkdown(bytes, file, DEFAULT_LIMITS);
  if (decoded.text === void 0) {
    out(formatDiagnostics("text", decoded.diagnostics));
    process.exitCode = 2;
    return;
  }
  const tree = parseMarkdown(decoded.text);
  const fm = readFrontmatter(tree, file);
  const { dialect, scores } = detectDialect({
    path: file,
    fileName: file.split("/").pop() ?? file,
    text: decoded.text,
    tree,
    ...fm.data ? { frontmatter: fm.data } : {}
  });
  const board = readBoard(bytes, file, { limits: DEFAULT_LIMITS, dialect: dialect.id }).board;
  if (options.json) {
    out(
      `${JSON.stringify({ file, dialect: dialect.id, scores, items: board?.items.length ?? 0 }, null, 2)}
`
    );
    return;
  }
  out(`${safeLine(file)} is read as ${dialect.id} (${board?.items.length ?? 0} items). Scores:
`);
  for (const [id, score] of Object.entries(scores).sort((a, b) => b[1] - a[1])) {
    out(`  ${id.padEnd(20)} ${score.toFixed(3)}
`);
  }
}
function rules(options) {
  const list = RULES.map((r) => ({
    id: r.id,
    severity: r.defaultSeverity,
    description: r.description
  }));
  if (options.json) out(`${JSON.stringify(list, null, 2)}
`);
  else for (const r of list) out(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}
`);
}
export {
  run
};
