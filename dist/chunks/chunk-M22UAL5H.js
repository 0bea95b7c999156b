import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  releaseHeadline,
  releasePreview
} from "./chunk-L7SZXUWL.js";
import {
  LAYOUTS,
  planRelease,
  tagRelease,
  writeChangelog
} from "./chunk-65W6H4DU.js";
import {
  releaseErrorDiagnostic
} from "./chunk-IH4CVIRP.js";
import {
  appendSummary,
  booleanInput,
  commonInputs,
  getInput,
  listInput,
  publish,
  stickyComment
} from "./chunk-3LDJRTKG.js";

// actions/changelog/run.ts
import { resolve } from "node:path";

// actions/changelog/inputs.ts
function releaseInputs(cwd) {
  const prefix = getInput("tag-prefix");
  const pattern = getInput("tag-pattern");
  const layout = getInput("layout") || "auto";
  if (layout !== "auto" && !LAYOUTS.includes(layout)) {
    throw new Error(`Input layout must be auto, ${LAYOUTS.join(" or ")}, not "${layout}".`);
  }
  const options = {
    cwd,
    // An unset tag-prefix (outside the runner, which applies the default) means "v".
    tagPattern: pattern || `${process.env["INPUT_TAG-PREFIX"] === void 0 ? "v" : prefix}{version}`,
    layout,
    file: getInput("file") || "CHANGELOG.md"
  };
  const paths = listInput("paths");
  if (paths.length) options.paths = paths;
  const set = (key, value) => {
    if (value !== "" && value !== void 0) options[key] = value;
  };
  set("prerelease", getInput("prerelease"));
  set("releaseAs", getInput("release-as"));
  set("date", getInput("date"));
  set("remote", getInput("remote"));
  set("repoUrl", getInput("repo-url"));
  if (booleanInput("bump-minor-pre-major", false)) options.bumpMinorPreMajor = true;
  if (booleanInput("first-release", false)) options.firstRelease = true;
  if (booleanInput("unreleased", false)) options.unreleased = true;
  if (booleanInput("link-items", false)) options.linkItems = true;
  return options;
}

// actions/changelog/run.ts
function planOutputs(plan) {
  return {
    version: plan.version,
    bump: plan.bump,
    release: String(plan.release),
    tag: plan.tag,
    "previous-tag": plan.previousStable?.name ?? "",
    changelog: plan.section,
    "release-notes": plan.releaseNotes,
    items: plan.items.join(" ")
  };
}
function changesTable(plan) {
  return {
    header: ["Type", "Change", "Commit"],
    rows: plan.changes.map((c) => [
      `${c.type}${c.breaking ? "!" : ""}`,
      `${c.scope ? `${c.scope}: ` : ""}${c.subject}`,
      c.hash.slice(0, 7)
    ])
  };
}
async function runRelease(check, title) {
  const common = commonInputs();
  const cwd = resolve(common.workingDirectory);
  const write = check === "changelog" && booleanInput("write", false);
  const tag = check === "changelog" && booleanInput("tag", false);
  let plan;
  let written = false;
  let tagged = false;
  try {
    plan = await planRelease({ ...releaseInputs(cwd), changelog: check === "changelog" });
    if (write) written = writeChangelog(plan, cwd);
    if (tag && plan.release && plan.input.version !== void 0) {
      await tagRelease(plan, cwd);
      tagged = true;
    }
  } catch (e) {
    await publish(
      { check, title, passed: false, unusable: true, diagnostics: [releaseErrorDiagnostic(e)] },
      common
    );
    return;
  }
  const outputs = { ...planOutputs(plan) };
  if (check === "changelog") {
    outputs.changed = String(plan.update?.changed ?? false);
    outputs.written = String(written);
    outputs.tagged = String(tagged);
  }
  if (common.comment) await stickyComment(check, releasePreview(plan), common);
  await publish(
    {
      check,
      title,
      passed: true,
      diagnostics: plan.diagnostics,
      headline: releaseHeadline(plan),
      outputs,
      ...plan.changes.length ? { tables: [changesTable(plan)] } : {}
    },
    { ...common, comment: false }
  );
  if (plan.section)
    appendSummary(
      `
${releasePreview(plan, void 0, Number.MAX_SAFE_INTEGER)}`,
      'The full section is in the step output "changelog".'
    );
}
async function run() {
  await runRelease("changelog", "Changelog");
}

export {
  runRelease,
  run
};
