import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  bundleTableText,
  headline
} from "./chunk-ER5RQOUL.js";
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  LINT_RULE_IDS,
  SPEC_BUNDLE_RULES,
  checkSpecBundles
} from "./chunk-4FMG3H5M.js";
import "./chunk-GKUYCGGN.js";
import "./chunk-WLMIYAQU.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-U3WXGQSS.js";
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

// cli/commands/spec-bundle.ts
var out = printOut;
var usage = (message) => {
  printErr(`boardwright: ${message}
`);
  process.exitCode = 2;
};
var csv = (s) => (s ?? "").split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
function register(program) {
  program.command("spec-bundle").description(
    "check spec bundles (platform-kit spec/<name>/, spec-kit specs/NNN-name/, OpenSpec) against their profiles"
  ).argument(
    "[paths...]",
    "bundle folders, folders holding bundles, or files of a bundle (default: every bundle)"
  ).option(
    "-p, --profile <ids>",
    "profiles, comma-separated: platform-kit, spec-kit, openspec or a custom id (default: config, else every profile found)"
  ).option(
    "--profile-file <file>",
    "JSON file with a custom profile or an array of them (schemas/spec-profile.schema.json); repeatable",
    (value, previous) => [...previous, value],
    []
  ).option("--changed-only", "check only the bundles with files changed since --base").option("--base <ref>", "git revision the changes are measured from (branch, tag or commit)").addOption(
    new Option("-f, --format <format>", "output: text, json or github").choices(["text", "json", "github"]).default("text")
  ).option("--json", "same as --format json").addOption(
    new Option(
      "--fail-on <severity>",
      "lowest severity that makes the check fail (default error)"
    ).choices(["error", "warning", "info"])
  ).option("--no-lint", "skip Markdown lint (remark-preset-lint-recommended)").option(
    "--lint-off <rules>",
    `lint rules to switch off, comma-separated (${LINT_RULE_IDS.join(", ")})`
  ).option("-q, --quiet", "print only diagnostics at or above --fail-on").option("--list-rules", "list the rules this check reports, with default severities, and exit").addHelpText(
    "after",
    `
Each profile names the bundle folders (a glob), the files each must hold, their required
sections, text they may not contain (spec-kit: unresolved [NEEDS CLARIFICATION] markers), the task
list format, and requirement coverage (spec-kit: FR-001 ids no task mentions are warnings). Every
Markdown file of a bundle is linted with remark-lint. Built-in profiles: schemas/spec-profiles/.

Exit codes: 0 valid, 1 findings at or above --fail-on, 2 unusable input (unreadable or binary
file, invalid profile or config, unknown profile, missing path, git failure).

Examples:
  boardwright spec-bundle
  boardwright spec-bundle specs/001-user-login --profile spec-kit
  boardwright spec-bundle --changed-only --base origin/main --format github
  boardwright spec-bundle --profile-file spec-profile.json --lint-off final-newline`
  ).action(
    (paths, opts) => specBundle(paths, { ...program.opts(), ...opts })
  );
}
function specBundle(paths, options) {
  if (options.listRules) return listRules(Boolean(options.json));
  if (options.changedOnly && !options.base) {
    return usage("--changed-only needs --base <ref> (e.g. --base origin/main).");
  }
  const lintOff = csv(options.lintOff);
  const unknown = lintOff.filter((id) => !LINT_RULE_IDS.includes(id));
  if (unknown.length) {
    return usage(
      `--lint-off names unknown lint rule(s) ${unknown.join(", ")}. Known rules: ${LINT_RULE_IDS.join(", ")}.`
    );
  }
  const lint = {};
  if (!options.lint) lint.preset = "off";
  if (lintOff.length) lint.rules = Object.fromEntries(lintOff.map((id) => [id, "off"]));
  const result = checkSpecBundles({
    root: options.cwd,
    paths,
    profiles: csv(options.profile),
    profileFiles: options.profileFile,
    ...options.config ? { configPath: options.config } : {},
    ...options.changedOnly ? { changedOnly: true } : {},
    ...options.base ? { base: options.base } : {},
    ...options.failOn ? { failOn: options.failOn } : {},
    lint
  });
  const rank = { info: 0, warning: 1, error: 2 };
  const shown = options.quiet ? result.diagnostics.filter((d) => d.fatal || rank[d.severity] >= rank[result.failOn]) : result.diagnostics;
  const format = options.json ? "json" : options.format;
  if (format === "json") {
    const { profiles, bundles, passed, unusable, failOn, changed } = result;
    out(
      formatJson(shown, {
        profiles,
        passed,
        unusable,
        failOn,
        bundles,
        ...changed ? { changed } : {}
      })
    );
  } else if (format === "github") {
    printCommands(githubAnnotations(shown, options.cwd));
  } else {
    if (!options.quiet) out(`${headline(result)}
${bundleTableText(result)}`);
    out(formatText(shown));
  }
  process.exitCode = result.unusable ? 2 : result.passed ? 0 : 1;
}
function listRules(json) {
  const rules = [
    ...Object.entries(SPEC_BUNDLE_RULES).map(([id, r]) => ({ id, ...r })),
    ...LINT_RULE_IDS.map((id) => ({
      id: `remark-lint:${id}`,
      severity: "warning",
      description: "remark-preset-lint-recommended"
    }))
  ];
  if (json) out(`${JSON.stringify(rules, null, 2)}
`);
  else for (const r of rules) out(`${r.id.padEnd(42)} ${r.severity.padEnd(8)} ${r.description}
`);
}
export {
  register
};
