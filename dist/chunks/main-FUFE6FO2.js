import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Command,
  CommanderError,
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  VERSION
} from "./chunk-LFKQTQ52.js";
import {
  printErr,
  printOut,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/index.ts
var COMMANDS = [
  { names: ["spec-bundle"], load: () => import("./spec-bundle-KM5EFDDI.js") },
  { names: ["doc-sync"], load: () => import("./doc-sync-HLEEWRRU.js") },
  { names: ["parity"], load: () => import("./parity-4FWTX6HV.js") },
  { names: ["version", "changelog", "commit-lint"], load: () => import("./release-A2GPQKW5.js") },
  { names: ["diagrams"], load: () => import("./diagrams-TCX3H3R5.js") },
  { names: ["site"], load: () => import("./site-PKLRJNPH.js") },
  { names: ["init", "update"], load: () => import("./templates-6NTTGFUS.js") },
  { names: ["summary"], load: () => import("./summary-SZSZE573.js") },
  { names: ["sync"], load: () => import("./sync-GEA2ALJZ.js") },
  {
    names: ["move", "done", "reopen", "set", "add", "tick", "show", "next"],
    load: () => import("./edit-Z3YS7L5D.js")
  }
];
var VALUED = /* @__PURE__ */ new Set(["-C", "--cwd", "-c", "--config", "--cache-dir"]);
async function commandsFor(argv, builtIn) {
  let name;
  for (let i = 0; i < argv.length && name === void 0; i++) {
    const arg = argv[i];
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith("-")) name = arg;
  }
  if (name !== void 0 && builtIn.includes(name)) return [];
  const named = COMMANDS.filter((m) => name !== void 0 && m.names.includes(name));
  const modules = await Promise.all((named.length ? named : COMMANDS).map((m) => m.load()));
  return modules.map((m) => m.register);
}

// cli/main.ts
var run = async (...args) => (await import("./run-SD7QOS3I.js")).run(...args);
var program = new Command();
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
var format = new Option("-f, --format <format>", "diagnostics output: text, json or github").choices(["text", "json", "github"]).default("text");
var failOn = new Option(
  "--fail-on <severity>",
  "lowest severity that makes check exit 1"
).choices(["error", "warning", "info"]);
program.name("boardwright").description(
  "Markdown boards committed in git as the source of truth: read kanban boards, task trackers and\nspec bundles into one validated model, lint them, and write the model out."
).version(VERSION, "-v, --version").option("-C, --cwd <dir>", "workspace root (config, globs and paths are relative to it)", ".").option(
  "-c, --config <file>",
  "config file (default: boardwright.config.{yaml,yml,json} in the root)"
).option("--no-cache", "read every file afresh: neither read nor write the parse cache").option(
  "--cache-dir <dir>",
  'parse cache folder (default: $BOARDWRIGHT_CACHE_DIR, the config "cache", or ~/.cache/boardwright)'
).showHelpAfterError("(run boardwright --help for usage)").configureOutput({ writeOut: printOut, writeErr: printErr }).exitOverride();
program.command("build").description(
  "read boards and write model.json, model.yaml, labels.json, boards/<id>.json and summary.md into the out dir"
).argument(
  "[paths...]",
  "board files or folders (default: the config include globs, or every *.md)"
).option("-o, --out <dir>", 'output directory (default: boardwright-out, or the config "out")').option("--json", "print the model as JSON on stdout instead of a report").option("-q, --quiet", "print nothing but errors").addOption(format).addHelpText(
  "after",
  "\nExit codes: 0 built, 2 some input or the config was unusable (the other files are still built).\n\nExample:\n  boardwright build examples/boards --out boardwright-out"
).action((paths, opts) => run("build", paths, { ...program.opts(), ...opts }));
program.command("check").description(
  "lint boards: duplicate ids, dangling or cyclic dependencies, status conflicts, totals, WIP"
).argument(
  "[paths...]",
  "board files or folders (default: the config include globs, or every *.md)"
).addOption(format).addOption(failOn).option("--json", "same as --format json").option("-q, --quiet", "print only diagnostics at or above --fail-on").addHelpText(
  "after",
  "\nExit codes: 0 no findings at or above --fail-on (default error), 1 findings, 2 unusable input or config.\n\nExample:\n  boardwright check --format github --fail-on warning"
).action((paths, opts) => run("check", paths, { ...program.opts(), ...opts }));
program.command("dialects").description(
  "list the Markdown board styles boardwright reads, or explain which one a file is read as"
).argument("[file]", "a board file: print every dialect's detection score for it").option("--json", "print as JSON").action(
  (file, opts) => run("dialects", file ? [file] : [], { ...program.opts(), ...opts })
);
program.command("rules").description("list the board rules with their default severities").option("--json", "print as JSON").action((opts) => run("rules", [], { ...program.opts(), ...opts }));
var BUILT_IN = ["build", "check", "dialects", "rules"];
for (const register of await commandsFor(process.argv.slice(2), BUILT_IN)) register(program);
program.parseAsync(process.argv).catch((e) => {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
    return;
  }
  printErr(`boardwright: ${safeLine(e.message)}
`);
  process.exitCode = 2;
});
