import type { Links } from '../model/link.js';
import type { Workspace } from '../model/types.js';
import { applySync, type ApplyResult } from './apply.js';
import { desiredState, withAssignable, SYNC_LABEL, type SyncScope } from './desired.js';
import type { GitHubClient } from './github.js';
import { assignableLogins, readObserved, type RepoRef } from './observed.js';
import { planSync } from './plan.js';
import { planPull, type PullPlan } from './pull.js';
import type { SyncPlan } from './types.js';
import { applyEdit } from '../kanban/edit/index.js';
import type { ReadOptions } from '../kanban/read.js';
import type { Status } from '../model/types.js';

export { applySync, SyncPermissionError, type ApplyResult } from './apply.js';
export { comparableBody, renderBody } from './body.js';
export { desiredState, refOf, SYNC_LABEL, type SyncScope } from './desired.js';
export { githubClient, type ClientOptions, type GitHubClient } from './github.js';
export { itemMarker, parseMarker } from './marker.js';
export { readObserved, type RepoRef } from './observed.js';
export { planSync } from './plan.js';
export { planPull, type PullChange, type PullPlan, type PullSkip } from './pull.js';
export type * from './types.js';

/** One sync run: what to read, where to write, and whether to write. */
export interface SyncOptions {
  workspace: Workspace;
  links: Links;
  client: GitHubClient;
  repo: RepoRef;
  /** `plan` reads GitHub and returns the plan; `apply` also carries it out. */
  mode: 'plan' | 'apply';
  scope?: SyncScope;
  /** Most issues to create in one run. */
  limit?: number;
  /** `https://github.com` or a GitHub Enterprise server, for links to board lines. */
  serverUrl?: string;
  /** Board assignee as written → GitHub login. */
  assignees?: Record<string, string>;
  /** Label every synced issue carries; default `boardwright`. */
  syncLabel?: string;
  onProgress?: (done: number, total: number, line: string) => void;
}

/**
 * Reconciles GitHub Issues with the boards: desired state from the workspace, observed state from
 * GitHub, a plan (pure), and with `mode: 'apply'` exactly that plan carried out. A second apply
 * with nothing changed finds only no-op steps and sends no write request.
 */
export async function syncIssues(
  options: SyncOptions,
): Promise<{ plan: SyncPlan; result?: ApplyResult }> {
  const syncLabel = options.syncLabel ?? SYNC_LABEL;
  let desired = desiredState(options.workspace, options.links, options.scope ?? {}, {
    repoUrl: `${(options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${options.repo.owner}/${options.repo.name}`,
    ...(options.assignees ? { assignees: options.assignees } : {}),
    syncLabel,
  });
  const observed = await readObserved(options.client, options.repo, syncLabel);
  const logins = desired.issues.flatMap((i) => i.assignees);
  if (logins.length)
    desired = withAssignable(desired, await assignableLogins(options.client, options.repo, logins));
  const plan = planSync(desired, observed, {
    repo: options.repo,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  if (options.mode === 'plan') return { plan };
  const result = await applySync(options.client, plan, observed, {
    syncLabel,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { plan, result };
}

/** One `sync --pull` run: GitHub's issue states into the boards. */
export interface PullRunOptions {
  workspace: Workspace;
  /** Workspace root: edits are written inside it only. */
  root: string;
  client: GitHubClient;
  repo: RepoRef;
  /** `plan` returns the edits; `apply` also writes them. */
  mode: 'plan' | 'apply';
  /** Board ids or paths to pull into; all boards when empty. */
  boards?: string[];
  syncLabel?: string;
  readFile: (path: string) => Uint8Array;
  readOptions: (path: string) => ReadOptions;
  reopenTo?: Status;
}

/**
 * Takes issue states from GitHub into the boards (`planPull`); with `mode: 'apply'` writes each
 * board file's edits atomically (refusing a file that changed since it was read). Returns the
 * plan and the workspace-relative files written. Sends no write request to GitHub: the next
 * push records the new states in the issues' markers.
 */
export async function pullIssues(
  options: PullRunOptions,
): Promise<{ plan: PullPlan; written: string[] }> {
  const observed = await readObserved(
    options.client,
    options.repo,
    options.syncLabel ?? SYNC_LABEL,
  );
  const plan = planPull({
    workspace: options.workspace,
    observed,
    ...(options.boards?.length ? { boards: options.boards } : {}),
    readFile: options.readFile,
    readOptions: options.readOptions,
    ...(options.reopenTo ? { reopenTo: options.reopenTo } : {}),
  });
  if (options.mode === 'plan') return { plan, written: [] };
  const written = plan.edits.flatMap((edit) => applyEdit(edit, options.root));
  return { plan, written };
}
