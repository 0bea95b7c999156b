import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  siteFiles
} from "./chunk-WRCLXVIB.js";
import "./chunk-UECIVNYX.js";
import "./chunk-SMJXYC2Z.js";
import "./chunk-5624TIOG.js";
import "./chunk-PSST65ID.js";
import {
  stableJson
} from "./chunk-GNIFPFAX.js";
import {
  safeOutputPath,
  writeOutputs
} from "./chunk-OQF7BBI2.js";
import {
  loadWorkspace
} from "./chunk-NWG6GBBH.js";
import "./chunk-F6TSBGOV.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-LFKQTQ52.js";
import "./chunk-45AMDMXC.js";
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
import { closeSync, openSync, readSync, readdirSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var GENERATOR_TAG = '<meta name="generator" content="boardwright site">';
function pruneStalePages(outDir, written) {
  const dir = safeOutputPath(outDir, "boards");
  const keep = new Set(written.map((p) => safeOutputPath(outDir, p)));
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith(".html"))) {
    const full = join(dir, name);
    if (keep.has(full)) continue;
    const head = Buffer.alloc(1024);
    let fd;
    try {
      fd = openSync(full, "r");
      const n = readSync(fd, head, 0, head.length, 0);
      if (head.subarray(0, n).toString("utf8").includes(GENERATOR_TAG)) rmSync(full);
    } catch {
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
}
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
  const outDir = resolve(
    root,
    options.out ?? `${loaded.config.config.out ?? "boardwright-out"}/site`
  );
  let written;
  try {
    const files = await siteFiles(workspace, loaded.links);
    written = writeOutputs(outDir, files);
    pruneStalePages(outDir, written);
  } catch (e) {
    printErr(`boardwright: cannot write the site to ${outDir}: ${e.message}
`);
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
