import * as core from '@actions/core';
import { resolve } from 'node:path';
import { summarizePlan, planChanges } from '../../sync/format.js';
import { githubClient, syncIssues } from '../../sync/index.js';
import type { PlanStep } from '../../sync/types.js';
import { loadWorkspace } from '../../workspace.js';
import { commonInputs, listInput } from '../runtime/inputs.js';
import { publish } from '../runtime/publish.js';

const MODES = ['plan', 'apply', 'check'] as const;
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
  if (!MODES.includes(mode)) throw new Error(`mode must be plan, apply or check, not "${mode}".`);
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
  const { plan, result } = await syncIssues({
    workspace: loaded.workspace,
    links: loaded.links,
    client: githubClient({
      token: common.token,
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
      writeIntervalMs: interval,
      notifyIntervalMs: interval * 3,
      log: (line) => core.info(line),
    }),
    repo: { owner: m[1]!, name: m[2]! },
    mode: mode === 'apply' ? 'apply' : 'plan',
    scope: {
      ...(cfg.boards?.length ? { boards: cfg.boards } : {}),
      ...((core.getInput('only-open') ? core.getBooleanInput('only-open') : false) || cfg.onlyOpen
        ? { onlyOpen: true }
        : {}),
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
