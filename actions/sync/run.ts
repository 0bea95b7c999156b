import * as core from '@actions/core';
import { resolve } from 'node:path';
import { summarizePlan, planChanges } from '../../sync/format.js';
import { readFileSync } from 'node:fs';
import { editReadOptions } from '../../kanban/edit/locate.js';
import { publishEdits } from '../../sync/commit.js';
import {
  adoptIssues,
  githubClient,
  pullIssues,
  syncIssues,
  type GitHubClient,
  type RepoRef,
} from '../../sync/index.js';
import type { PlanStep } from '../../sync/types.js';
import { loadWorkspace, type LoadedWorkspace } from '../../workspace.js';
import { booleanInput, commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';
import { info } from '../runtime/log.js';

const MODES = ['plan', 'apply', 'check', 'pull'] as const;
const SHOWN = 100;

function row(step: Exclude<PlanStep, { kind: 'noop' }>): string[] {
  if (step.kind === 'create') return ['create', '', step.ref.id, step.issue.title];
  return [
    step.kind,
    `#${step.number}`,
    step.ref.id,
    step.changes
      .map((c) => (c.field === 'body' ? 'body' : `${c.field}: ${c.from} → ${c.to}`))
      .join('; '),
  ];
}

/** The sync Action: `boardwright sync` with a job summary, outputs and the plan as a PR comment. */
export async function run(): Promise<void> {
  const common = commonInputs();
  const mode = (core.getInput('mode') || 'plan') as (typeof MODES)[number];
  if (!MODES.includes(mode))
    throw new Error(`mode must be plan, apply, check or pull, not "${mode}".`);
  const root = resolve(common.workingDirectory);
  const config = core.getInput('config');
  const loaded = loadWorkspace({
    root,
    paths: listInput('paths'),
    ...(config ? { configPath: config } : {}),
  });
  const cfg = loaded.config.config.sync ?? {};
  const repoText = core.getInput('repository') || cfg.repo || process.env.GITHUB_REPOSITORY || '';
  const m = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(repoText);
  if (!m) throw new Error(`repository must be OWNER/NAME, not "${repoText}".`);
  if (!common.token) throw new Error('sync needs github-token (with permissions: issues: write).');
  const limitText = core.getInput('limit');
  const limit = limitText ? Number(limitText) : cfg.limit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
    throw new Error(`limit must be a whole number, not "${limitText}".`);
  const label = core.getInput('label') || cfg.label;
  const interval = Number(core.getInput('write-interval') || 1000);
  if (!(interval >= 0))
    throw new Error(
      `write-interval must be a number of milliseconds, not "${core.getInput('write-interval')}".`,
    );
  const report = {
    check: 'sync',
    title: 'Issue sync',
    diagnostics: loaded.workspace.diagnostics.filter((d) => d.fatal),
  };
  if (loaded.unusable) {
    await publish({ ...report, passed: false, unusable: true }, common);
    return;
  }
  const client = githubClient({
    token: common.token,
    timeoutMs: common.apiTimeout * 1000,
    ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    writeIntervalMs: interval,
    notifyIntervalMs: interval * 3,
    log: (line) => info(line),
  });
  const repo = { owner: m[1]!, name: m[2]! };
  if (mode === 'pull') {
    await pull(root, loaded, client, repo, cfg.boards, label, report, common);
    return;
  }
  const { plan, result } = await syncIssues({
    workspace: loaded.workspace,
    links: loaded.links,
    client,
    repo,
    mode: mode === 'apply' ? 'apply' : 'plan',
    scope: {
      ...(cfg.boards?.length ? { boards: cfg.boards } : {}),
      ...(booleanInput('only-open', false) || cfg.onlyOpen ? { onlyOpen: true } : {}),
    },
    ...(limit !== undefined ? { limit } : {}),
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
    ...(cfg.assignees ? { assignees: cfg.assignees } : {}),
    ...(label ? { syncLabel: label } : {}),
  });
  const s = summarizePlan(plan);
  const changing = plan.steps.filter(
    (st): st is Exclude<PlanStep, { kind: 'noop' }> => st.kind !== 'noop',
  );
  const rows = changing.slice(0, SHOWN).map(row);
  if (changing.length > SHOWN) rows.push(['…', '', '', `${changing.length - SHOWN} more`]);
  const verb = result ? 'applied' : 'planned';
  await publish(
    {
      ...report,
      passed: mode !== 'check' || !planChanges(plan),
      headline: `${m[1]}/${m[2]}: ${s.create} create, ${s.update} update, ${s.close} close, ${s.reopen} reopen, ${s.noop} unchanged (${verb}).`,
      outputs: {
        changes: planChanges(plan),
        created: s.create,
        updated: s.update,
        closed: s.close,
        reopened: s.reopen,
        unchanged: s.noop,
      },
      ...(rows.length ? { tables: [{ header: ['Step', 'Issue', 'Item', 'Change'], rows }] } : {}),
    },
    // The plan is worth a comment on pull requests only; apply runs on pushes.
    { ...common, comment: common.comment && mode !== 'apply' },
  );
}

/**
 * `mode: pull`: takes issue states from GitHub into the boards and commits the edits onto the
 * checked-out branch (`pull-request: false`) or opens a pull request with them; never a
 * force-push. Needs `contents: write` (and `pull-requests: write` for a pull request).
 */
async function pull(
  root: string,
  loaded: LoadedWorkspace,
  client: GitHubClient,
  repo: RepoRef,
  boards: string[] | undefined,
  label: string | undefined,
  report: {
    check: string;
    title: string;
    diagnostics: LoadedWorkspace['workspace']['diagnostics'];
  },
  common: ReturnType<typeof commonInputs>,
): Promise<void> {
  const asPullRequest = booleanInput('pull-request', false);
  const { plan, written } = await pullIssues({
    workspace: loaded.workspace,
    root,
    client,
    repo,
    mode: 'apply',
    ...(boards?.length ? { boards } : {}),
    ...(label ? { syncLabel: label } : {}),
    readFile: (path) => readFileSync(resolve(root, path)),
    readOptions: (path) => editReadOptions(loaded.config, path),
    // Issues opened for a board are adopted once their items are on the branch (below).
    adopt: false,
  });
  const outputs: Record<string, string | number | boolean> = {
    changes: written.length > 0,
    pulled: plan.changes.length + plan.adds.length,
    commit: '',
    'pull-request': '',
  };
  let headline = `${repo.owner}/${repo.name}: ${plan.changes.length} item(s) took their issue's state from GitHub, ${plan.adds.length} new issue(s) became items`;
  if (written.length) {
    const base = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || 'main';
    const ids = [...plan.changes.map((c) => c.ref.id), ...plan.adds.map((a) => a.ref.id)];
    const published = await publishEdits({
      root,
      files: written,
      base,
      mode: asPullRequest ? 'pull-request' : 'commit',
      message: `Boards take issue states from GitHub: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}\n\n${plan.changes.map((c) => `${c.ref.id}: ${c.action} (#${c.number})`).join('\n')}`,
      client,
      repo,
      title: `Boards: ${plan.changes.length} item(s) take their issue's state from GitHub`,
      body: [
        ...plan.changes.map(
          (c) => `- ${c.action} \`${c.ref.id.replace(/`/g, "'")}\` (#${c.number})`,
        ),
        ...plan.adds.map((a) => `- add \`${a.ref.id.replace(/`/g, "'")}\` for #${a.number}`),
      ].join('\n'),
    });
    outputs.commit = published.commit;
    // On the branch the push syncs from: adopt now. In a pull request: the first pull after
    // the merge finds the items by title and adopts them (adopting now would let a push close
    // the issues while their items wait in the pull request).
    if (!published.pullRequest) await adoptIssues(client, repo, plan.adds);
    if (published.pullRequest) {
      outputs['pull-request'] = published.pullRequest.number;
      headline += ` — pull request #${published.pullRequest.number}`;
    } else headline += ` — committed to ${base} (${published.commit.slice(0, 7)})`;
  }
  const rows = plan.changes
    .slice(0, SHOWN)
    .map((c) => [c.action, `#${c.number}`, c.ref.id, `${c.path}:${c.line}`]);
  for (const a of plan.adds.slice(0, SHOWN)) rows.push(['add', `#${a.number}`, a.ref.id, a.path]);
  for (const sk of plan.skipped.slice(0, SHOWN))
    rows.push(['left', `#${sk.number}`, sk.ref.id, sk.why]);
  await publish(
    {
      ...report,
      passed: true,
      headline: `${headline}.`,
      outputs,
      ...(rows.length ? { tables: [{ header: ['Edit', 'Issue', 'Item', 'Where'], rows }] } : {}),
    },
    { ...common, comment: false },
  );
}
