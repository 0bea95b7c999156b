import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  siteFiles
} from "./chunk-C6FEIXN5.js";
import "./chunk-UECIVNYX.js";
import "./chunk-6ITDG7DN.js";
import "./chunk-GKUYCGGN.js";
import "./chunk-PSST65ID.js";
import {
  stableJson
} from "./chunk-E3QC6DGJ.js";
import {
  OutDirError,
  loadWorkspace,
  resolveOutDir,
  workspaceInputs,
  writeOutDir
} from "./chunk-77ZPIAPV.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  formatDiagnostics
} from "./chunk-MSRNZQFV.js";
import "./chunk-4ALAVELF.js";
import {
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/site.ts
import { join, relative, resolve } from "node:path";
async function site(paths, options) {
  const root = resolve(options.cwd);
  const loaded = loadWorkspace({
    root,
    paths,
    ...options.config ? { configPath: options.config } : {},
    ...options.out ? { outDir: options.out } : {}
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) printErr(formatDiagnostics("text", fatal));
  if (loaded.config.diagnostics.some((d) => d.fatal)) {
    process.exitCode = 2;
    return;
  }
  const outPath = options.out ?? `${loaded.config.config.out ?? "boardwright-out"}/site`;
  let outDir;
  let written;
  try {
    const checked = resolveOutDir(root, outPath, workspaceInputs(loaded, paths));
    outDir = checked.dir;
    const files = await siteFiles(workspace, loaded.links);
    written = writeOutDir(checked, "site", files).written;
  } catch (e) {
    printErr(
      e instanceof OutDirError ? `boardwright: ${e.message}
` : `boardwright: cannot write the site to ${outPath}: ${e.message}
`
    );
    process.exitCode = 2;
    return;
  }
  const shown = relative(process.cwd(), outDir) || ".";
  if (options.json) {
    printOut(
      stableJson({
        out: outDir,
        files: written,
        boards: workspace.boards.length,
        items: workspace.boards.reduce((n, b) => n + b.items.length, 0),
        diagnostics: workspace.diagnostics.length
      })
    );
  } else if (!options.quiet) {
    printOut(
      `Wrote the site for ${workspace.boards.length} board(s) to ${shown}/ (${written.length} files). Open ${join(shown, "index.html")}.
`
    );
  }
  process.exitCode = loaded.unusable ? 2 : 0;
}
function register(program) {
  program.command("site").description(
    "write a self-contained static dashboard: an index of boards with progress, a kanban page per board with a filter, card details, dependencies and diagnostics"
  ).argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option(
    "-o, --out <dir>",
    'output directory (default: boardwright-out/site, or <config "out">/site)'
  ).option("--json", "print what was written as JSON").option("-q, --quiet", "print nothing but errors").addHelpText(
    "after",
    [
      "",
      "The site needs no server and loads nothing from the network: publish the folder with",
      "GitHub Pages, or open index.html. Findings in the boards are shown on the pages; they do",
      "not change the exit code.",
      "",
      "Exit codes: 0 written, 2 some input or the config was unusable (the other boards are",
      "still written; with an unusable config nothing is), or the out dir cannot be written.",
      "",
      "Examples:",
      "  boardwright site examples/boards",
      "  boardwright site docs --out public"
    ].join("\n")
  ).action(async (paths, opts) => {
    await site(paths, { ...program.opts(), ...opts });
  });
}
export {
  register
};
