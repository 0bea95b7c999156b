import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  parityCommand
} from "./chunk-NGCOZ7UV.js";
import {
  commonInputs,
  getInput,
  publish
} from "./chunk-ZEEGZAKH.js";
import {
  context
} from "./chunk-J3XERYBC.js";

// actions/parity/run.ts
import { resolve } from "node:path";
var MODES = ["run", "gate", "validate"];
function flag(name) {
  const value = (getInput(name) || "false").trim().toLowerCase();
  if (value !== "true" && value !== "false") {
    throw new Error(`${name} must be true or false, not "${value}".`);
  }
  return value === "true";
}
function optional(name) {
  return getInput(name).trim() || void 0;
}
async function run() {
  const common = commonInputs();
  const mode = optional("mode") ?? "gate";
  if (!MODES.includes(mode)) throw new Error(`mode must be run, gate or validate, not "${mode}".`);
  const threshold = optional("threshold");
  const request = {
    root: resolve(common.workingDirectory),
    allowCommands: flag("allow-commands"),
    updateBaseline: flag("update-baseline")
  };
  const set = (key, value) => {
    if (value !== void 0) request[key] = value;
  };
  set("configPath", optional("config"));
  set("kb", optional("kb"));
  set("out", optional("out"));
  set("baseline", optional("baseline"));
  set("baseRef", optional("base-ref"));
  set("threshold", threshold === void 0 ? void 0 : Number(threshold));
  set("fallbackBaseRef", context.payload.pull_request?.base?.sha);
  const outcome = await parityCommand(mode, request);
  const text = (n) => n === null || n === void 0 ? "" : n.toFixed(2);
  await publish(
    {
      check: `parity-${mode}`,
      title: `Parity ${mode}`,
      passed: outcome.passed,
      unusable: outcome.unusable,
      diagnostics: outcome.diagnostics,
      headline: outcome.headline,
      outputs: {
        score: text(outcome.score),
        "baseline-score": text(outcome.baselineScore),
        delta: text(outcome.delta),
        matrix: outcome.written[0] ?? ""
      },
      tables: outcome.tables
    },
    common
  );
}

export {
  run
};
