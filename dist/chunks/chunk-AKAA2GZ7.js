import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  BUNDLE_TABLE_HEADER,
  bundleRows,
  headline
} from "./chunk-ER5RQOUL.js";
import {
  LINT_RULE_IDS,
  checkSpecBundles
} from "./chunk-4FMG3H5M.js";
import {
  booleanInput,
  commonInputs,
  getInput,
  listInput,
  notice,
  publish
} from "./chunk-3LDJRTKG.js";
import {
  context
} from "./chunk-TN6JGRPT.js";

// actions/spec-bundle/run.ts
import { resolve } from "node:path";
var SEVERITIES = ["error", "warning", "info"];
async function run() {
  const common = commonInputs();
  const failOn = getInput("fail-on");
  if (failOn && !SEVERITIES.includes(failOn)) {
    throw new Error(`fail-on must be error, warning or info, not "${failOn}".`);
  }
  const lintOff = listInput("lint-off");
  const unknown = lintOff.filter((id) => !LINT_RULE_IDS.includes(id));
  if (unknown.length) {
    throw new Error(
      `lint-off names unknown lint rule(s) ${unknown.join(", ")}. Known rules: ${LINT_RULE_IDS.join(", ")}.`
    );
  }
  const lint = {};
  if (!booleanInput("lint", true)) lint.preset = "off";
  if (lintOff.length) lint.rules = Object.fromEntries(lintOff.map((id) => [id, "off"]));
  let changedOnly = booleanInput("changed-only", false);
  const base = getInput("base-ref") || context.payload.pull_request?.base?.sha;
  if (changedOnly && !base) {
    notice("changed-only: no base-ref and not a pull request, so every bundle is checked.");
    changedOnly = false;
  }
  const config = getInput("config");
  const result = checkSpecBundles({
    root: resolve(common.workingDirectory),
    paths: listInput("paths"),
    profiles: listInput("profile"),
    profileFiles: listInput("profile-file"),
    ...config ? { configPath: config } : {},
    ...changedOnly && base ? { changedOnly, base } : {},
    ...failOn ? { failOn } : {},
    lint
  });
  const rows = bundleRows(result);
  const none = result.bundles.length === 0 && (result.changed?.skipped ?? 0) === 0 && !listInput("paths").length && !listInput("profile").length && result.diagnostics.every((d) => d.rule === "no-bundle");
  if (none) {
    await publish(
      {
        check: "spec-bundle",
        title: "Spec bundles",
        passed: true,
        skipped: "No spec bundle in this repository (platform-kit spec/*, spec-kit specs/*, OpenSpec openspec/): nothing to check.",
        diagnostics: [],
        outputs: { bundles: 0, skipped: 0 }
      },
      common
    );
    return;
  }
  await publish(
    {
      check: "spec-bundle",
      title: "Spec bundles",
      passed: result.passed,
      unusable: result.unusable,
      diagnostics: result.diagnostics,
      headline: headline(result),
      outputs: { bundles: result.bundles.length, skipped: result.changed?.skipped ?? 0 },
      tables: rows.length ? [{ header: BUNDLE_TABLE_HEADER, rows }] : []
    },
    common
  );
}

export {
  run
};
