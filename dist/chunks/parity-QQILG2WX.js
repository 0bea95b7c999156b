import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  exitCode,
  parityCommand
} from "./chunk-XLR5IYIH.js";
import "./chunk-WLMIYAQU.js";
import "./chunk-E3QC6DGJ.js";
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
  formatJson,
  formatText
} from "./chunk-MSRNZQFV.js";
import "./chunk-4ALAVELF.js";
import {
  printCommands,
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/parity.ts
function textTable(table) {
  const rows = [table.header, ...table.rows];
  const widths = table.header.map((_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length)));
  return rows.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat((widths[i] ?? 0) - [...c].length)).join("  ").trimEnd()
  ).join("\n");
}
function print(outcome, format, root) {
  process.exitCode = exitCode(outcome);
  if (format === "json") {
    printOut(
      formatJson(outcome.diagnostics, {
        mode: outcome.mode,
        passed: outcome.passed,
        unusable: outcome.unusable,
        score: outcome.score ?? null,
        baselineScore: outcome.baselineScore ?? null,
        delta: outcome.delta ?? null,
        ...outcome.threshold !== void 0 ? { threshold: outcome.threshold } : {},
        written: outcome.written,
        ...outcome.files ? { files: outcome.files } : {}
      })
    );
    return;
  }
  if (format === "github") {
    printCommands(githubAnnotations(outcome.diagnostics, root));
    return;
  }
  if (outcome.unusable && !outcome.tables.length) {
    printErr(formatText(outcome.diagnostics));
    return;
  }
  const parts = [
    outcome.headline,
    ...outcome.tables.map(textTable),
    formatText(outcome.diagnostics)
  ];
  (outcome.unusable ? printErr : printOut)(`${parts.join("\n\n").trimEnd()}
`);
}
function request(options) {
  const r = { root: options.cwd ?? "." };
  if (options.config) r.configPath = options.config;
  if (options.kb) r.kb = options.kb;
  if (options.out) r.out = options.out;
  if (options.allowCommands !== void 0) r.allowCommands = options.allowCommands;
  if (options.baseline) r.baseline = options.baseline;
  if (options.baseRef) r.baseRef = options.baseRef;
  if (options.threshold !== void 0) r.threshold = options.threshold;
  if (options.updateBaseline) r.updateBaseline = true;
  return r;
}
function action(mode) {
  return async (_opts, command) => {
    const options = command.optsWithGlobals();
    const format = options.json ? "json" : options.format ?? "text";
    print(await parityCommand(mode, request(options)), format, options.cwd ?? ".");
  };
}
var formatOption = () => new Option("-f, --format <format>", "report: text, json or github (annotations)").choices(["text", "json", "github"]).default("text");
var kbOption = () => new Option("--kb <dir>", "knowledge-base folder (default: config parity.kb, else kb/parity)");
function register(program) {
  const parity = program.command("parity").description(
    "parity knowledge base: evaluate capabilities, gate the score, validate the files"
  );
  parity.command("run").description(
    "evaluate every capability contract of the knowledge base and write the parity matrix"
  ).addOption(kbOption()).option(
    "-o, --out <file>",
    "matrix file to write, relative to the workspace root",
    "parity-matrix.json"
  ).option(
    "--allow-commands",
    'run "command" contracts (default: config parity.allowCommands, else off)'
  ).option("--no-allow-commands", 'skip "command" contracts even when the config allows them').addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    "\nExit codes: 0 matrix written, 2 unusable input (missing kb folder, invalid JSON/YAML, a capability\nfile breaking schemas/capability.schema.json, an unknown check kind).\n\nExample:\n  boardwright parity run --kb kb/parity --out parity-matrix.json"
  ).action(action("run"));
  parity.command("gate").description(
    "evaluate the knowledge base and fail when the score drops more than the threshold below the baseline"
  ).addOption(kbOption()).option(
    "--baseline <file>",
    "baseline matrix (a committed file; with --base-ref, its path at that ref)"
  ).option(
    "--base-ref <ref>",
    "read the baseline with git show <ref>:<path> (path: --baseline, else config parity.baseline, else --out, else parity-matrix.json)"
  ).option(
    "--threshold <points>",
    "points the score may drop (default: config parity.threshold, else 5)",
    (v) => Number(v)
  ).option("--update-baseline", "write the current matrix to the baseline file and pass").option("-o, --out <file>", "also write the current matrix to this file").option(
    "--allow-commands",
    'run "command" contracts (default: config parity.allowCommands, else off)'
  ).option("--no-allow-commands", 'skip "command" contracts even when the config allows them').addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    "\nExit codes: 0 within the threshold (or baseline updated), 1 the score dropped by more than the\nthreshold, 2 unusable input (missing or invalid baseline, unknown ref, invalid knowledge base).\n\nExamples:\n  boardwright parity gate --baseline kb/parity/baseline.json --threshold 5\n  boardwright parity gate --base-ref origin/main\n  boardwright parity gate --baseline kb/parity/baseline.json --update-baseline"
  ).action(action("gate"));
  parity.command("validate").description(
    "check every JSON/YAML file of the knowledge base against the schema its $schema or name implies"
  ).addOption(kbOption()).addOption(formatOption()).option("--json", "same as --format json").addHelpText(
    "after",
    `
A file is checked against the schema its $schema names (boardwright's capability, parity-matrix,
config or board schema; the JSON Schema 2020-12 meta-schema; or a schema file in the workspace).
Without $schema: *.schema.json is a JSON Schema, names with "matrix" or starting with "baseline"
are parity matrices, anything else is a capability file.

Exit codes: 0 all valid, 1 violations (each with its JSON Pointer and line), 2 files that are not
valid JSON/YAML or a missing folder.

Example:
  boardwright parity validate --kb kb/parity`
  ).action(action("validate"));
}
export {
  register
};
