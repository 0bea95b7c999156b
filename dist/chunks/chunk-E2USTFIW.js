import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  lintCommits
} from "./chunk-JPJKDOIH.js";
import {
  releaseErrorDiagnostic
} from "./chunk-IH4CVIRP.js";
import {
  commonInputs,
  getInput,
  listInput,
  publish
} from "./chunk-3LDJRTKG.js";
import {
  context
} from "./chunk-TN6JGRPT.js";

// actions/commit-lint/run.ts
import { resolve } from "node:path";
var CHECKS = ["both", "title", "commits"];
async function run() {
  const common = commonInputs();
  const check = getInput("check") || "both";
  if (!CHECKS.includes(check)) {
    throw new Error(`Input check must be both, title or commits, not "${check}".`);
  }
  const maxInput = getInput("header-max-length");
  const max = maxInput ? Number(maxInput) : void 0;
  if (max !== void 0 && (!Number.isInteger(max) || max < 1)) {
    throw new Error("Input header-max-length must be a positive whole number.");
  }
  const { payload } = context;
  const pr = payload.pull_request;
  const options = {
    cwd: resolve(common.workingDirectory),
    ...max !== void 0 ? { headerMaxLength: max } : {}
  };
  const config = getInput("commitlint-config");
  if (config) options.config = config;
  const types = listInput("types");
  if (types.length) options.types = types;
  if (check !== "commits") {
    const title = getInput("title") || pr?.title;
    if (title !== void 0) options.title = title;
  }
  if (check !== "title") {
    const range = getInput("range") || (pr?.base?.sha && pr.head?.sha ? `${pr.base.sha}..${pr.head.sha}` : void 0) || (typeof payload.before === "string" && typeof payload.after === "string" && !/^0+$/.test(payload.before) ? `${payload.before}..${payload.after}` : void 0);
    if (range) options.range = range;
  }
  if (options.title === void 0 && options.range === void 0) options.range = "HEAD";
  try {
    const result = await lintCommits(options);
    const failed = result.checked.filter((c) => !c.passed).length;
    await publish(
      {
        check: "commit-lint",
        title: "Commit lint",
        passed: result.passed,
        diagnostics: result.diagnostics,
        headline: `Checked ${describe(result.checked.map((c) => c.id))} with ${result.config.source}; ${failed} failed.`,
        outputs: { checked: result.checked.length, failed },
        tables: [
          {
            header: ["", "What", "Header"],
            rows: result.checked.map((c) => [
              c.ignored ? "\u23ED\uFE0F" : c.passed ? "\u2705" : "\u274C",
              c.id,
              c.ignored ? `${c.header} (${c.ignored}, not checked)` : c.header
            ])
          }
        ]
      },
      common
    );
  } catch (e) {
    await publish(
      {
        check: "commit-lint",
        title: "Commit lint",
        passed: false,
        unusable: true,
        diagnostics: [releaseErrorDiagnostic(e)]
      },
      common
    );
  }
}
function describe(ids) {
  const title = ids.includes("PR title");
  const commits = ids.filter((id) => id !== "PR title").length;
  const parts = [];
  if (title) parts.push("the pull request title");
  if (commits) parts.push(`${commits} commit(s)`);
  return parts.join(" and ") || "nothing";
}

export {
  run
};
