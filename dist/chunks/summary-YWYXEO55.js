import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  InjectError,
  injectFile,
  summaryBlock
} from "./chunk-Z6SGDFAN.js";
import {
  summaryMarkdown
} from "./chunk-4A4RDIFA.js";
import {
  progressOf
} from "./chunk-PSST65ID.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import {
  BoundaryError
} from "./chunk-URQ42WZF.js";
import "./chunk-RO54TS7C.js";
import {
  formatDiagnostics
} from "./chunk-MSRNZQFV.js";
import {
  SCHEMA_VERSION
} from "./chunk-4ALAVELF.js";
import {
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/summary.ts
import { resolve } from "node:path";
var out = printOut;
var err = printErr;
function summary(paths, opts) {
  const root = resolve(opts.cwd ?? ".");
  const loaded = loadWorkspace({
    root,
    paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
  const { workspace } = loaded;
  const fatal = workspace.diagnostics.filter((d) => d.fatal);
  if (fatal.length) err(formatDiagnostics("text", fatal));
  if (!opts.inject) {
    if (opts.json) {
      const boards = workspace.boards.map((b) => ({
        path: b.path,
        title: b.title,
        dialect: b.dialect,
        progress: progressOf(b.items)
      }));
      const all = progressOf(workspace.boards.flatMap((b) => b.items));
      out(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, boards, total: all }, null, 2)}
`);
    } else out(summaryMarkdown(workspace));
    process.exitCode = loaded.unusable ? 2 : 0;
    return;
  }
  if (loaded.unusable) {
    err(`boardwright: ${opts.inject} was not changed because some input is unusable.
`);
    process.exitCode = 2;
    return;
  }
  try {
    const { changed } = injectFile(opts.inject, summaryBlock(workspace), opts.check, root);
    if (opts.check) {
      if (changed)
        err(
          `${opts.inject}: the board summary is out of date; run "boardwright summary --inject ${opts.inject}".
`
        );
      process.exitCode = changed ? 1 : 0;
      return;
    }
    if (!opts.quiet)
      out(
        changed ? `Updated the board summary in ${opts.inject}.
` : `${opts.inject} is up to date.
`
      );
    process.exitCode = 0;
  } catch (e) {
    const code = e.code;
    if (e instanceof InjectError) err(`${e.message}
`);
    else if (e instanceof BoundaryError) err(`boardwright: ${e.message}
`);
    else err(`boardwright: cannot update ${opts.inject}: ${code ?? e.message}
`);
    process.exitCode = 2;
  }
}
function register(program) {
  program.command("summary").description("print the progress tables of the boards, or write them into a Markdown file").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option("-i, --inject <file>", "rewrite only the span between the summary markers in <file>").option("--check", "with --inject: exit 1 when the span is out of date, write nothing").option("--json", "print the progress numbers as JSON instead of Markdown").option("-q, --quiet", "print nothing but errors").addHelpText(
    "after",
    `
--inject rewrites only what stands between these two lines of the file (each on a line of its
own, outside code blocks); every byte outside them is kept, CRLF files stay CRLF, and a second
run changes nothing:

  <!-- boardwright:summary:start -->
  <!-- boardwright:summary:end -->

Exit codes: 0 printed / written / up to date, 1 out of date (--check), 2 unusable input, or
markers missing or duplicated (the file is left untouched).

Examples:
  boardwright summary docs/boards
  boardwright summary --inject README.md
  boardwright summary --inject README.md --check`
  ).action(
    (paths, opts) => summary(paths, { ...program.opts(), ...opts })
  );
}
export {
  register
};
