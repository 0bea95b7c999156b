import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Command,
  CommanderError,
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  findWorkspaceRoot
} from "./chunk-HUSXLN67.js";
import {
  CONFIG_FILES
} from "./chunk-IRPZZ7X4.js";
import {
  VERSION
} from "./chunk-YITZYNG4.js";
import {
  printErr,
  printOut,
  safeLine
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/index.ts
var COMMANDS = [
  { names: ["spec-bundle"], load: () => import("./spec-bundle-EFPI7P25.js") },
  { names: ["doc-sync"], load: () => import("./doc-sync-YGADZF2G.js") },
  { names: ["parity"], load: () => import("./parity-QQILG2WX.js") },
  { names: ["version", "changelog", "commit-lint"], load: () => import("./release-JRUB7TH3.js") },
  { names: ["diagrams"], load: () => import("./diagrams-QBX34SYV.js") },
  { names: ["site"], load: () => import("./site-QZOJ7AUC.js") },
  { names: ["init", "update"], load: () => import("./templates-QAJEFDE6.js") },
  { names: ["summary"], load: () => import("./summary-YWYXEO55.js") },
  { names: ["sync"], load: () => import("./sync-BJBSDXLU.js") },
  {
    names: ["move", "done", "reopen", "set", "add", "tick", "show", "next"],
    load: () => import("./edit-WTNIKO65.js")
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

// cli/workspace-root.ts
import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
var PATH_ARGUMENTS = /* @__PURE__ */ new Set(["paths", "files", "file", "dir"]);
var PATH_VALUE = /<(?:file|dir|path|canonical)>/;
var WorkspaceRootError = class extends Error {
};
function settleWorkspace(program2, command) {
  const given = program2.getOptionValueSource("cwd") === "cli";
  const cwd = resolve(String(program2.opts().cwd ?? "."));
  let folder = false;
  try {
    folder = statSync(cwd).isDirectory();
  } catch {
  }
  if (!folder) {
    throw new WorkspaceRootError(
      `-C ${program2.opts().cwd}: no such folder. Pass the folder that holds your boards (it is never created).`
    );
  }
  if (given || program2.opts().config) return;
  const root = findWorkspaceRoot(cwd, CONFIG_FILES);
  if (root === cwd) return;
  const rebase = (p) => relative(root, resolve(cwd, p)).split(sep).join("/") || ".";
  program2.setOptionValueWithSource("cwd", root, "default");
  command.registeredArguments.forEach((argument, i) => {
    if (!PATH_ARGUMENTS.has(argument.name())) return;
    const value = command.processedArgs[i];
    if (typeof value === "string") command.processedArgs[i] = rebase(value);
    else if (Array.isArray(value)) command.processedArgs[i] = value.map((v) => rebase(String(v)));
  });
  for (const option of command.options) {
    const key = option.attributeName();
    if (!PATH_VALUE.test(option.flags) || command.getOptionValueSource(key) !== "cli") continue;
    const value = command.getOptionValue(key);
    if (typeof value === "string") command.setOptionValueWithSource(key, rebase(value), "cli");
    else if (Array.isArray(value))
      command.setOptionValueWithSource(
        key,
        value.map((v) => rebase(String(v))),
        "cli"
      );
  }
}

// cli/main.ts
var run = async (...args) => (await import("./run-IOZBJDVR.js")).run(...args);
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
).version(VERSION, "-v, --version").option(
  "-C, --cwd <dir>",
  "workspace root (default: the nearest folder up to the git root that holds a config, else the current folder)",
  "."
).option(
  "-c, --config <file>",
  "config file (default: boardwright.config.{yaml,yml,json} in the workspace root)"
).option("--no-cache", "read every file afresh: neither read nor write the parse cache").option(
  "--cache-dir <dir>",
  'parse cache folder (default: $BOARDWRIGHT_CACHE_DIR, the config "cache", or ~/.cache/boardwright)'
).showHelpAfterError("(run boardwright --help for usage)").configureOutput({ writeOut: printOut, writeErr: printErr }).exitOverride().hook("preAction", (_program, command) => settleWorkspace(program, command));
program.command("build").description(
  "read boards and write model.json, model.yaml, labels.json, boards/<id>.json and summary.md into the out dir"
).argument(
  "[paths...]",
  "board files or folders (default: the config include globs, or every *.md)"
).option("-o, --out <dir>", 'output directory (default: boardwright-out, or the config "out")').option("--json", "print the model as JSON on stdout instead of a report").option("-q, --quiet", "print nothing but errors").option("--verbose", "list every board read and every Markdown file skipped, with the reason").addOption(format).addHelpText(
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
