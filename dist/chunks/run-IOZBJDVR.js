import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  BACKLOG_MD_DIALECT,
  OutDirError,
  RULES,
  loadWorkspace,
  noBoardsDiagnostic,
  resolveOutDir,
  workspaceInputs,
  writeOutDir
} from "./chunk-77ZPIAPV.js";
import {
  DEFAULT_LIMITS,
  DIALECTS,
  readBoard
} from "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-NLBMK4U6.js";
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
    import("./manifest-JEIE2MKZ.js"),
    import("./model-yaml-5BOS2VDA.js"),
    import("./labels-NJFAPW2N.js"),
    import("./summary-LAHPXI2P.js"),
    import("./json-4KYAKUUJ.js")
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
      for (const b of workspace.boards.length <= 30 || options.verbose ? workspace.boards : []) {
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
      if (options.verbose) {
        for (const s of loaded.skipped)
          out(`  skipped ${safeLine(s.path)}: ${safeLine(s.reason)}
`);
      }
      if (loaded.skipped.length)
        out(
          `Skipped ${loaded.skipped.length} Markdown file(s) that hold no board${options.verbose ? "" : " (run with --verbose to see each and why)"}.
`
        );
    }
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
function dialects(file, options) {
  if (!file) {
    const list = DIALECTS.map((d) => ({ id: d.id, title: d.title, description: d.description }));
    list.push({
      id: BACKLOG_MD_DIALECT,
      title: "Backlog.md project",
      description: "A Backlog.md folder (config.yml, tasks/task-N - Title.md) read as one board: columns from config.yml statuses."
    });
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
  const result = readBoard(bytes, file, { limits: DEFAULT_LIMITS });
  if (!result.board || !result.scores) {
    out(formatDiagnostics("text", result.diagnostics));
    process.exitCode = 2;
    return;
  }
  const { board, scores } = result;
  const done = board.items.filter((i) => i.done).length;
  if (options.json) {
    out(
      `${JSON.stringify(
        {
          file,
          dialect: board.dialect,
          board: !result.skipReason,
          ...result.skipReason ? { skipReason: result.skipReason } : {},
          scores,
          items: board.items.length,
          done,
          groups: board.groups.length
        },
        null,
        2
      )}
`
    );
    return;
  }
  if (result.skipReason)
    out(
      `${safeLine(file)} is not read as a board: ${safeLine(result.skipReason)}.
Read as ${board.dialect} it would give ${board.items.length} items; name the file on the command line, or set a dialect for it under "dialects" in the config, to read it anyway.
`
    );
  else
    out(
      `${safeLine(file)} is read as ${board.dialect}: ${board.groups.length} groups, ${board.items.length} items, ${done} done.
`
    );
  out("Detection scores:\n");
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
