import type { Links } from '../model/link.js';
import type { Workspace } from '../model/types.js';
import { applySync, type ApplyResult } from './apply.js';
import { desiredState, withAssignable, SYNC_LABEL, type SyncScope } from './desired.js';
import type { GitHubClient } from './github.js';
import { assignableLogins, readObserved, type RepoRef } from './observed.js';
import { planSync } from './plan.js';
import { withMarkerState } from './marker.js';
import { planPull, type PullPlan } from './pull.js';
import type { SyncPlan } from './types.js';
import { applyEdit } from '../kanban/edit/index.js';
import type { ReadOptions } from '../kanban/read.js';
import type { Status } from '../model/types.js';

export { applySync, SyncPermissionError, type ApplyResult } from './apply.js';
export { comparableBody, renderBody } from './body.js';
export { boardLabel, desiredState, refOf, SYNC_LABEL, type SyncScope } from './desired.js';
export { githubClient, type ClientOptions, type GitHubClient } from './github.js';
export { itemMarker, parseMarker } from './marker.js';
export { readObserved, type RepoRef } from './observed.js';
export { planSync } from './plan.js';
export { planPull, type PullAdd, type PullChange, type PullPlan, type PullSkip } from './pull.js';
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
  /** Adopt the issues opened for a board once the files are written; default true. */
  adopt?: boolean;
}

/**
 * Takes issue states from GitHub into the boards (`planPull`); with `mode: 'apply'` writes each
 * board file's edits atomically (refusing a file that changed since it was read), then adopts
 * the issues opened for a board by adding the new item's marker to their bodies. Returns the
 * plan, the workspace-relative files written and the issues adopted. Sends no other write
 * request: the next push records the new states in the markers and fills in the new issues.
 */
export async function pullIssues(
  options: PullRunOptions,
): Promise<{ plan: PullPlan; written: string[]; adopted: number[] }> {
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
  if (options.mode === 'plan') return { plan, written: [], adopted: [] };
  const written = plan.edits.flatMap((edit) => applyEdit(edit, options.root));
  // Files first, then the markers: a run cut off in between finds the items by title next time.
  const adopted =
    options.adopt === false ? [] : await adoptIssues(options.client, options.repo, plan.adds);
  return { plan, written, adopted };
}

/**
 * Adopts issues opened for a board once their items are written where the push reads them: the
 * item's marker is added to each body (PATCH; the rest of the body is kept). Returns the issue
 * numbers adopted. Adopt only after the edits reached the branch the push syncs from: an issue
 * whose marker names an item that is not there yet is closed by the next push.
 */
export async function adoptIssues(
  client: GitHubClient,
  repo: RepoRef,
  adds: PullPlan['adds'],
): Promise<number[]> {
  const adopted: number[] = [];
  for (const add of adds) {
    await client.rest.issues.update({
      owner: repo.owner,
      repo: repo.name,
      issue_number: add.number,
      body: withMarkerState(add.body, 'open', add.ref),
    });
    adopted.push(add.number);
  }
  return adopted;
}
