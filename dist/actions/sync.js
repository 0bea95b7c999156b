import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  githubClient,
  planChanges,
  summarizePlan,
  syncIssues
} from "../chunks/chunk-NU3HYCBC.js";
import "../chunks/chunk-OXKP6FFQ.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-II3YTOBB.js";
import {
  loadWorkspace
} from "../chunks/chunk-N65SKTUL.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-7RNBTNI4.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  commonInputs,
  getBooleanInput,
  getInput,
  info,
  listInput,
  publish,
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/sync/run.ts
import { resolve } from "node:path";
var MODES = ["plan", "apply", "check"];
var SHOWN = 100;
function row(step) {
  if (step.kind === "create") return ["create", "", step.ref.id, step.issue.title];
  return [
    step.kind,
    `#${step.number}`,
    step.ref.id,
    step.changes.map((c) => c.field === "body" ? "body" : `${c.field}: ${c.from} \u2192 ${c.to}`).join("; ")
  ];
}
async function run() {
  const common = commonInputs();
  const mode = getInput("mode") || "plan";
  if (!MODES.includes(mode)) throw new Error(`mode must be plan, apply or check, not "${mode}".`);
  const root = resolve(common.workingDirectory);
  const config = getInput("config");
  const loaded = loadWorkspace({
    root,
    paths: listInput("paths"),
    ...config ? { configPath: config } : {}
  });
  const cfg = loaded.config.config.sync ?? {};
  const repoText = getInput("repository") || cfg.repo || process.env.GITHUB_REPOSITORY || "";
  const m = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(repoText);
  if (!m) throw new Error(`repository must be OWNER/NAME, not "${repoText}".`);
  if (!common.token) throw new Error("sync needs github-token (with permissions: issues: write).");
  const limitText = getInput("limit");
  const limit = limitText ? Number(limitText) : cfg.limit;
  if (limit !== void 0 && !(Number.isInteger(limit) && limit >= 0))
    throw new Error(`limit must be a whole number, not "${limitText}".`);
  const label = getInput("label") || cfg.label;
  const interval = Number(getInput("write-interval") || 1e3);
  if (!(interval >= 0))
    throw new Error(
      `write-interval must be a number of milliseconds, not "${getInput("write-interval")}".`
    );
  const report = {
    check: "sync",
    title: "Issue sync",
    diagnostics: loaded.workspace.diagnostics.filter((d) => d.fatal)
  };
  if (loaded.unusable) {
    await publish({ ...report, passed: false, unusable: true }, common);
    return;
  }
  const { plan, result } = await syncIssues({
    workspace: loaded.workspace,
    links: loaded.links,
    client: githubClient({
      token: common.token,
      ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
      writeIntervalMs: interval,
      notifyIntervalMs: interval * 3,
      log: (line) => info(line)
    }),
    repo: { owner: m[1], name: m[2] },
    mode: mode === "apply" ? "apply" : "plan",
    scope: {
      ...cfg.boards?.length ? { boards: cfg.boards } : {},
      ...(getInput("only-open") ? getBooleanInput("only-open") : false) || cfg.onlyOpen ? { onlyOpen: true } : {}
    },
    ...limit !== void 0 ? { limit } : {},
    ...process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {},
    ...cfg.assignees ? { assignees: cfg.assignees } : {},
    ...label ? { syncLabel: label } : {}
  });
  const s = summarizePlan(plan);
  const changing = plan.steps.filter(
    (st) => st.kind !== "noop"
  );
  const rows = changing.slice(0, SHOWN).map(row);
  if (changing.length > SHOWN) rows.push(["\u2026", "", "", `${changing.length - SHOWN} more`]);
  const verb = result ? "applied" : "planned";
  await publish(
    {
      ...report,
      passed: mode !== "check" || !planChanges(plan),
      headline: `${m[1]}/${m[2]}: ${s.create} create, ${s.update} update, ${s.close} close, ${s.reopen} reopen, ${s.noop} unchanged (${verb}).`,
      outputs: {
        changes: planChanges(plan),
        created: s.create,
        updated: s.update,
        closed: s.close,
        reopened: s.reopen,
        unchanged: s.noop
      },
      ...rows.length ? { tables: [{ header: ["Step", "Issue", "Item", "Change"], rows }] } : {}
    },
    // The plan is worth a comment on pull requests only; apply runs on pushes.
    { ...common, comment: common.comment && mode !== "apply" }
  );
}

// actions/sync/main.ts
await runAction(run);
