import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  adoptIssues,
  planChanges,
  pullIssues,
  summarizePlan,
  syncIssues
} from "./chunk-FNUXGWNU.js";
import {
  editReadOptions
} from "./chunk-767IUN4B.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import {
  booleanInput,
  commonInputs,
  getInput,
  info,
  listInput,
  publish
} from "./chunk-3LDJRTKG.js";
import {
  githubClient,
  statusOf
} from "./chunk-TN6JGRPT.js";

// actions/sync/run.ts
import { resolve } from "node:path";
import { readFileSync } from "node:fs";

// sync/commit.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
var run = promisify(execFile);
var ACTIONS_AUTHOR = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function git(root, args, author) {
  const env = {
    ...process.env,
    ...author ? {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email
    } : {}
  };
  const { stdout } = await run("git", args, { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}
async function checkBranch(root, name) {
  if (name.startsWith("-")) throw new Error(`"${name}" is not a branch name.`);
  await git(root, ["check-ref-format", "--branch", name]).catch(() => {
    throw new Error(`"${name}" is not a branch name.`);
  });
}
async function publishEdits(options) {
  const { root } = options;
  const remote = options.remote ?? "origin";
  const author = options.author ?? ACTIONS_AUTHOR;
  await checkBranch(root, options.base);
  if (!/^[A-Za-z0-9._-]+$/.test(remote)) throw new Error(`"${remote}" is not a remote name.`);
  let branch = options.base;
  if (options.mode === "pull-request") {
    const digest = createHash("sha256");
    for (const f of [...options.files].sort()) digest.update(`${f}\0`);
    digest.update(await git(root, ["diff", "--no-color", "--", ...options.files]));
    branch = `boardwright/pull-${digest.digest("hex").slice(0, 12)}`;
    await git(root, ["checkout", "-q", "-B", branch]);
  }
  const pushed = options.mode === "pull-request" && (await git(root, ["ls-remote", "--heads", "--end-of-options", remote, `refs/heads/${branch}`])).length > 0;
  let commit;
  if (pushed)
    commit = (await git(root, ["ls-remote", "--end-of-options", remote, `refs/heads/${branch}`])).split(/\s/)[0];
  else {
    await git(root, ["add", "--", ...options.files]);
    await git(
      root,
      ["commit", "-q", "--no-verify", "-m", options.message, "--", ...options.files],
      author
    );
    commit = await git(root, ["rev-parse", "HEAD"]);
    await git(root, ["push", "-q", "--end-of-options", remote, `HEAD:refs/heads/${branch}`]);
  }
  const published = { commit, branch };
  if (options.mode !== "pull-request") return published;
  if (!options.client || !options.repo)
    throw new Error("A pull request needs the API client and the repository.");
  const base = { owner: options.repo.owner, repo: options.repo.name };
  try {
    const created = await options.client.rest.pulls.create({
      ...base,
      head: branch,
      base: options.base,
      title: options.title ?? options.message.split("\n")[0],
      body: options.body ?? ""
    });
    published.pullRequest = {
      number: created.data.number,
      url: created.data.html_url,
      existed: false
    };
  } catch (e) {
    if (statusOf(e) !== 422) throw e;
    const open = await options.client.rest.pulls.list({
      ...base,
      head: `${options.repo.owner}:${branch}`,
      state: "open"
    });
    const pr = open.data[0];
    if (pr) published.pullRequest = { number: pr.number, url: pr.html_url, existed: true };
  }
  return published;
}

// actions/sync/run.ts
var MODES = ["plan", "apply", "check", "pull"];
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
async function run2() {
  const common = commonInputs();
  const mode = getInput("mode") || "plan";
  if (!MODES.includes(mode))
    throw new Error(`mode must be plan, apply, check or pull, not "${mode}".`);
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
  const client = githubClient({
    token: common.token,
    timeoutMs: common.apiTimeout * 1e3,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
    writeIntervalMs: interval,
    notifyIntervalMs: interval * 3,
    log: (line) => info(line)
  });
  const repo = { owner: m[1], name: m[2] };
  if (mode === "pull") {
    await pull(root, loaded, client, repo, cfg.boards, label, report, common);
    return;
  }
  const { plan, result } = await syncIssues({
    workspace: loaded.workspace,
    links: loaded.links,
    client,
    repo,
    mode: mode === "apply" ? "apply" : "plan",
    scope: {
      ...cfg.boards?.length ? { boards: cfg.boards } : {},
      ...booleanInput("only-open", false) || cfg.onlyOpen ? { onlyOpen: true } : {}
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
async function pull(root, loaded, client, repo, boards, label, report, common) {
  const asPullRequest = booleanInput("pull-request", false);
  const { plan, written } = await pullIssues({
    workspace: loaded.workspace,
    root,
    client,
    repo,
    mode: "apply",
    ...boards?.length ? { boards } : {},
    ...label ? { syncLabel: label } : {},
    readFile: (path) => readFileSync(resolve(root, path)),
    readOptions: (path) => editReadOptions(loaded.config, path),
    // Issues opened for a board are adopted once their items are on the branch (below).
    adopt: false
  });
  const outputs = {
    changes: written.length > 0,
    pulled: plan.changes.length + plan.adds.length,
    commit: "",
    "pull-request": ""
  };
  let headline = `${repo.owner}/${repo.name}: ${plan.changes.length} item(s) took their issue's state from GitHub, ${plan.adds.length} new issue(s) became items`;
  if (written.length) {
    const base = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || "main";
    const ids = [...plan.changes.map((c) => c.ref.id), ...plan.adds.map((a) => a.ref.id)];
    const published = await publishEdits({
      root,
      files: written,
      base,
      mode: asPullRequest ? "pull-request" : "commit",
      message: `Boards take issue states from GitHub: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ` and ${ids.length - 5} more` : ""}

${plan.changes.map((c) => `${c.ref.id}: ${c.action} (#${c.number})`).join("\n")}`,
      client,
      repo,
      title: `Boards: ${plan.changes.length} item(s) take their issue's state from GitHub`,
      body: [
        ...plan.changes.map(
          (c) => `- ${c.action} \`${c.ref.id.replace(/`/g, "'")}\` (#${c.number})`
        ),
        ...plan.adds.map((a) => `- add \`${a.ref.id.replace(/`/g, "'")}\` for #${a.number}`)
      ].join("\n")
    });
    outputs.commit = published.commit;
    if (!published.pullRequest) await adoptIssues(client, repo, plan.adds);
    if (published.pullRequest) {
      outputs["pull-request"] = published.pullRequest.number;
      headline += ` \u2014 pull request #${published.pullRequest.number}`;
    } else headline += ` \u2014 committed to ${base} (${published.commit.slice(0, 7)})`;
  }
  const rows = plan.changes.slice(0, SHOWN).map((c) => [c.action, `#${c.number}`, c.ref.id, `${c.path}:${c.line}`]);
  for (const a of plan.adds.slice(0, SHOWN)) rows.push(["add", `#${a.number}`, a.ref.id, a.path]);
  for (const sk of plan.skipped.slice(0, SHOWN))
    rows.push(["left", `#${sk.number}`, sk.ref.id, sk.why]);
  await publish(
    {
      ...report,
      passed: true,
      headline: `${headline}.`,
      outputs,
      ...rows.length ? { tables: [{ header: ["Edit", "Issue", "Item", "Where"], rows }] } : {}
    },
    { ...common, comment: false }
  );
}

export {
  run2 as run
};
