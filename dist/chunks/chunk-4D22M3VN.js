import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  DEFAULT_KB,
  parityCommand
} from "./chunk-XLR5IYIH.js";
import {
  loadConfig
} from "./chunk-AADV2VBK.js";
import {
  booleanInput,
  commonInputs,
  getInput,
  publish
} from "./chunk-3LDJRTKG.js";
import {
  context
} from "./chunk-TN6JGRPT.js";

// actions/parity/run.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
var MODES = ["run", "gate", "validate"];
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
    allowCommands: booleanInput("allow-commands", false),
    updateBaseline: booleanInput("update-baseline", false)
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
  if (request.kb === void 0 && !existsSync(join(request.root, DEFAULT_KB))) {
    const config = loadConfig(request.root, request.configPath);
    const kb = config.config.parity?.kb;
    if (kb === void 0) {
      await publish(
        {
          check: `parity-${mode}`,
          title: `Parity ${mode}`,
          passed: true,
          skipped: `No parity knowledge base (${DEFAULT_KB}/, or the kb input, or parity.kb in the config): nothing to check.`,
          diagnostics: []
        },
        common
      );
      return;
    }
  }
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
