import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-7ZRF2GAJ.js";
import {
  SyncPermissionError,
  planChanges,
  planJson,
  planText,
  pullIssues,
  pullJson,
  pullText,
  syncIssues
} from "./chunk-FNUXGWNU.js";
import {
  editReadOptions,
  planDiff
} from "./chunk-767IUN4B.js";
import "./chunk-UFOGG23W.js";
import "./chunk-PSST65ID.js";
import "./chunk-RIY2WJ2V.js";
import "./chunk-E3QC6DGJ.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import "./chunk-AADV2VBK.js";
import "./chunk-IRPZZ7X4.js";
import "./chunk-J5VXYQXS.js";
import "./chunk-YITZYNG4.js";
import "./chunk-U3WXGQSS.js";
import "./chunk-23KL7PU6.js";
import "./chunk-NLBMK4U6.js";
import "./chunk-URQ42WZF.js";
import {
  githubClient
} from "./chunk-TN6JGRPT.js";
import {
  formatDiagnostics
} from "./chunk-MSRNZQFV.js";
import {
  STATUSES
} from "./chunk-4ALAVELF.js";
import {
  printErr,
  printOut
} from "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";

// cli/commands/sync.ts
import { resolve } from "node:path";
import { readFileSync } from "node:fs";
var out = printOut;
var err = printErr;
function repoOf(value) {
  const m = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(value ?? "");
  return m ? { owner: m[1], name: m[2] } : void 0;
}
function positive(value, what) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${what} must be a number \u2265 0, not "${value}".`);
  return n;
}
async function sync(paths, opts) {
  const root = resolve(opts.cwd);
  const loaded = loadWorkspace({
    root,
    paths,
    ...opts.config ? { configPath: opts.config } : {}
  });
  const cfg = loaded.config.config.sync ?? {};
  if (loaded.unusable) {
    err(
      formatDiagnostics(
        "text",
        loaded.workspace.diagnostics.filter((d) => d.fatal)
      )
    );
    err("boardwright: nothing was synced because some input is unusable; fix it and run again.\n");
    process.exitCode = 2;
    return;
  }
  const repoText = opts.repo ?? cfg.repo ?? process.env.GITHUB_REPOSITORY;
  const repo = repoOf(repoText);
  if (!repo) {
    err(
      repoText ? `boardwright: "${JSON.stringify(repoText).slice(1, -1)}" is not OWNER/NAME.
` : "boardwright: which repository? Pass --repo OWNER/NAME (or set sync.repo in the config).\n"
    );
    process.exitCode = 2;
    return;
  }
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) {
    err(
      "boardwright: sync needs a token that may write issues in the environment: set GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ github.token }} with permissions: issues: write).\n"
    );
    process.exitCode = 2;
    return;
  }
  if (!loaded.workspace.boards.length) {
    err(
      'boardwright: 0 boards found, so there is nothing to sync. Run "boardwright build --verbose" to see what was read.\n'
    );
    process.exitCode = 2;
    return;
  }
  const statuses = (opts.status ?? []).map((s) => s.toLowerCase());
  const unknown = statuses.filter((s) => !STATUSES.includes(s));
  if (unknown.length) {
    err(`boardwright: unknown status ${unknown.join(", ")}; use one of ${STATUSES.join(", ")}.
`);
    process.exitCode = 2;
    return;
  }
  let limit;
  let timeoutS;
  let intervalMs;
  try {
    limit = positive(opts.limit, "--limit") ?? cfg.limit;
    timeoutS = positive(opts.timeout, "--timeout");
    intervalMs = positive(opts.writeInterval, "--write-interval");
  } catch (e) {
    err(`boardwright: ${e.message}
`);
    process.exitCode = 2;
    return;
  }
  const client = githubClient({
    token,
    ...process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {},
    ...timeoutS !== void 0 ? { timeoutMs: timeoutS * 1e3 } : {},
    ...intervalMs !== void 0 ? { writeIntervalMs: intervalMs, notifyIntervalMs: intervalMs * 3 } : {},
    log: (line) => opts.quiet ? void 0 : err(`${line}
`)
  });
  const progress = opts.json || opts.quiet || !process.stderr.isTTY ? void 0 : (done, total, line) => err(`\r[${done}/${total}] ${JSON.stringify(line).slice(1, -1).slice(0, 60).padEnd(60)}`);
  if (opts.pull) {
    let reopenTo;
    if (opts.reopenTo) {
      const word = opts.reopenTo.toLowerCase();
      if (!STATUSES.includes(word) || word === "done" || word === "cancelled") {
        err(
          `boardwright: --reopen-to takes an open status (${STATUSES.filter((s) => s !== "done" && s !== "cancelled").join(", ")}).
`
        );
        process.exitCode = 2;
        return;
      }
      reopenTo = word;
    }
    try {
      const { plan, written } = await pullIssues({
        workspace: loaded.workspace,
        root,
        client,
        repo,
        mode: opts.apply ? "apply" : "plan",
        ...opts.board?.length || cfg.boards?.length ? { boards: opts.board ?? cfg.boards } : {},
        ...opts.label ?? cfg.label ? { syncLabel: opts.label ?? cfg.label } : {},
        readFile: (path) => readFileSync(resolve(root, path)),
        readOptions: (path) => editReadOptions(loaded.config, path),
        ...reopenTo ? { reopenTo } : {}
      });
      const diff = plan.edits.map((e) => planDiff(e)).join("");
      if (opts.json)
        out(`${JSON.stringify(pullJson(plan, written, opts.apply ? void 0 : diff), null, 2)}
`);
      else if (!opts.quiet || plan.changes.length || plan.adds.length)
        out(pullText(plan, written, opts.apply ? "" : diff));
      process.exitCode = opts.check && !opts.apply && (plan.changes.length || plan.adds.length) ? 1 : 0;
    } catch (e) {
      err(`boardwright: ${e.message}
`);
      process.exitCode = 2;
    }
    return;
  }
  try {
    const { plan, result } = await syncIssues({
      workspace: loaded.workspace,
      links: loaded.links,
      client,
      repo,
      mode: opts.apply ? "apply" : "plan",
      scope: {
        ...opts.board?.length || cfg.boards?.length ? { boards: opts.board ?? cfg.boards } : {},
        ...opts.group?.length ? { groups: opts.group } : {},
        ...statuses.length ? { statuses } : {},
        ...opts.onlyOpen || cfg.onlyOpen ? { onlyOpen: true } : {}
      },
      ...limit !== void 0 ? { limit } : {},
      ...process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {},
      ...cfg.assignees ? { assignees: cfg.assignees } : {},
      ...opts.label ?? cfg.label ? { syncLabel: opts.label ?? cfg.label } : {},
      ...progress ? { onProgress: progress } : {}
    });
    if (progress && result) err("\n");
    if (opts.json) out(`${JSON.stringify(planJson(plan, result), null, 2)}
`);
    else if (!opts.quiet || planChanges(plan)) out(planText(plan, result));
    process.exitCode = opts.check && !opts.apply && planChanges(plan) ? 1 : 0;
  } catch (e) {
    if (progress) err("\n");
    err(`boardwright: ${e.message}
`);
    if (!(e instanceof SyncPermissionError))
      err("Nothing is lost: run the same command again; sync picks up where it stopped.\n");
    process.exitCode = 2;
  }
}
function register(program) {
  program.command("sync").description("keep GitHub Issues in step with the boards: plan, apply, or check for drift").argument(
    "[paths...]",
    "board files or folders (default: the config include globs, or every *.md)"
  ).option(
    "--repo <owner/name>",
    "the repository (default: sync.repo in the config, or GITHUB_REPOSITORY)"
  ).option("--plan", "print what would change (the default)").option(
    "--pull",
    "take issue states from GitHub into the boards (closed \u2192 done, reopened \u2192 open); with --apply, edit the files"
  ).option(
    "--reopen-to <status>",
    "with --pull: the status a reopened issue gives its item (default backlog)"
  ).option("--apply", "carry out the plan").option("--check", "exit 1 when GitHub is not in step with the boards (with --plan)").option("--board <ids...>", "only these boards (board ids or paths)").option("--group <names...>", "only items inside these groups (ids or titles)").addOption(
    new Option("--status <statuses...>", "only items with these statuses").choices([...STATUSES])
  ).option("--only-open", "leave done and cancelled items out").option("--limit <n>", "create at most n issues in this run (first adoption)").option("--label <name>", "label every synced issue carries (default boardwright)").option("--timeout <seconds>", "time limit of one GitHub request (default 30)").option("--write-interval <ms>", "least time between two write requests (default 1000)").option("--json", "print the plan (and what was applied) as JSON").option("-q, --quiet", "print only when something changes").addHelpText(
    "after",
    [
      "",
      "The token comes from GITHUB_TOKEN (or GH_TOKEN) and needs issues: write; the API from",
      "GITHUB_API_URL (GitHub Enterprise works). Issues are matched by a hidden marker, never by",
      "title, and carry the sync label; a second --apply with nothing changed sends no write.",
      "",
      "Exit codes: 0 done (or in step), 1 --check found drift, 2 unusable input, token or repository.",
      "",
      "Examples:",
      "  boardwright sync --repo acme/app                 # show the plan",
      "  boardwright sync --repo acme/app --apply --limit 50",
      "  boardwright sync --repo acme/app --pull          # show the board edits as a diff",
      "  boardwright sync --repo acme/app --pull --apply  # make them",
      "",
      "Pull is three-way: each issue records the state its item had at the last sync. An issue",
      "closed or reopened on GitHub since changes its item; an item changed on the board since is",
      "left for --apply to carry to GitHub. Edits are lossless: only the changed lines differ."
    ].join("\n")
  ).action(
    (paths, opts) => sync(paths, { ...program.opts(), ...opts })
  );
}
export {
  register
};
