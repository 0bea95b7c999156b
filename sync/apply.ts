import { renderBody } from './body.js';
import type { GitHubClient } from './github.js';
import { statusOf } from './github.js';
import { parseMarker, refId } from './marker.js';
import type { RepoRef } from './observed.js';
import type { DesiredIssue, IssuePatch, ItemRef, ObservedState, SyncPlan } from './types.js';

/** What `applySync` did, step by step. */
export interface ApplyResult {
  created: Array<{ ref: ItemRef; number: number }>;
  updated: number[];
  closed: number[];
  reopened: number[];
  labels: string[];
  milestones: string[];
  /** Write requests sent (POST/PATCH), for "a second run writes nothing". */
  writes: number;
}

/** Options of `applySync`. */
export interface ApplyOptions {
  /** Label every synced issue carries (it must be among the plan's labels or exist already). */
  syncLabel: string;
  /** Called after each step: (steps done, steps in all, what was done). */
  onProgress?: (done: number, total: number, line: string) => void;
}

/** Raised when the token cannot do what the plan needs; the message says what to change. */
export class SyncPermissionError extends Error {}

/**
 * Carries out a plan: creates the missing labels and milestones, updates milestones, creates the
 * issues (dependencies first; a done item's issue is created, then closed), then updates, closes
 * (with a comment when the item left its board) and reopens. Bodies are rendered as each request
 * is sent, so an issue links every dependency that has a number by then; issues created before a
 * dependency of theirs (a cycle) get their links in one more update at the end. Writes are sent
 * one at a time. A create that fails without an answer (timeout, 5xx) is looked up by its marker
 * before it is tried again, so a retry never makes a second issue; a run cut short and run again
 * converges on the same state.
 */
export async function applySync(
  client: GitHubClient,
  plan: SyncPlan,
  observed: ObservedState,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const repo: RepoRef = { owner: plan.repo.owner, name: plan.repo.name };
  const base = { owner: repo.owner, repo: repo.name };
  const result: ApplyResult = {
    created: [],
    updated: [],
    closed: [],
    reopened: [],
    labels: [],
    milestones: [],
    writes: 0,
  };
  const total =
    plan.labels.length +
    plan.milestones.length +
    plan.milestoneUpdates.length +
    plan.steps.filter((s) => s.kind !== 'noop').length;
  let done = 0;
  const progress = (line: string): void => options.onProgress?.(++done, total, line);

  for (const label of plan.labels) {
    result.writes++;
    try {
      await client.rest.issues.createLabel({ ...base, ...label });
    } catch (e) {
      // 422 "already_exists": another run made it meanwhile; that is the state we want.
      if (statusOf(e) !== 422) throw explain(e, `create the label "${label.name}"`);
    }
    result.labels.push(label.name);
    progress(`label ${label.name}`);
  }

  const milestoneNumber = new Map(observed.milestones.map((m) => [m.title, m.number]));
  for (const m of plan.milestones) {
    result.writes++;
    const created = await client.rest.issues
      .createMilestone({ ...base, ...m })
      .catch((e: unknown) => {
        throw explain(e, `create the milestone "${m.title}"`);
      });
    milestoneNumber.set(m.title, created.data.number);
    result.milestones.push(m.title);
    progress(`milestone ${m.title}`);
  }
  for (const u of plan.milestoneUpdates) {
    result.writes++;
    await client.rest.issues.updateMilestone({ ...base, milestone_number: u.number, ...u.patch });
    progress(`milestone ${u.title}`);
  }

  const numbers = new Map<string, number>();
  for (const issue of observed.issues) if (issue.ref) numbers.set(refId(issue.ref), issue.number);
  for (const step of plan.steps)
    if (step.kind !== 'create') numbers.set(refId(step.ref), step.number);
  const linkLater: Array<{ issue: DesiredIssue; number: number; body: string }> = [];
  const started = new Date(Date.now() - 60_000).toISOString();

  for (const step of plan.steps) {
    if (step.kind !== 'create') continue;
    const { issue } = step;
    // An issue is created open, so its marker records `open` until the close that follows
    // records `closed`: a run cut off in between closes it when run again.
    let body = renderBody(issue, numbers, 'open');
    const number = await createIssue(client, base, issue, body, milestoneNumber, started, options);
    result.writes++;
    numbers.set(refId(issue.ref), number);
    result.created.push({ ref: issue.ref, number });
    if (issue.state === 'closed') {
      result.writes++;
      body = renderBody(issue, numbers, 'closed');
      await client.rest.issues.update({
        ...base,
        issue_number: number,
        state: 'closed',
        body,
        ...(issue.stateReason ? { state_reason: issue.stateReason } : {}),
      });
    }
    if (issue.dependsOn.some((d) => !numbers.has(refId(d))))
      linkLater.push({ issue, number, body });
    progress(`created #${number} ${issue.ref.id}`);
  }

  for (const step of plan.steps) {
    if (step.kind === 'create' || step.kind === 'noop') continue;
    const patch: IssuePatch = { ...step.patch };
    if (patch.body !== undefined && step.issue)
      patch.body = renderBody(step.issue, numbers, step.record ?? step.issue.state);
    if (step.comment) {
      result.writes++;
      await client.rest.issues.createComment({
        ...base,
        issue_number: step.number,
        body: step.comment,
      });
    }
    result.writes++;
    await client.rest.issues.update({
      ...base,
      issue_number: step.number,
      ...restPatch(patch, milestoneNumber),
    });
    (step.kind === 'close'
      ? result.closed
      : step.kind === 'reopen'
        ? result.reopened
        : result.updated
    ).push(step.number);
    progress(`${step.kind} #${step.number} ${step.ref.id}`);
  }

  for (const { issue, number, body } of linkLater) {
    const linked = renderBody(issue, numbers);
    if (linked === body) continue;
    result.writes++;
    await client.rest.issues.update({ ...base, issue_number: number, body: linked });
  }
  return result;
}

/** The REST form of a patch: the milestone by number. */
function restPatch(
  patch: IssuePatch,
  milestones: ReadonlyMap<string, number>,
): Record<string, unknown> {
  const { milestone, ...rest } = patch;
  if (milestone === undefined) return rest;
  const number = milestones.get(milestone);
  return number === undefined ? rest : { ...rest, milestone: number };
}

/**
 * Creates one issue. A failure without a clear answer (timeout, network, 5xx) may still have
 * created it, so the issues made since the run started are searched for its marker before the
 * create is sent again (at most three times).
 */
async function createIssue(
  client: GitHubClient,
  base: { owner: string; repo: string },
  issue: DesiredIssue,
  body: string,
  milestones: ReadonlyMap<string, number>,
  since: string,
  options: ApplyOptions,
): Promise<number> {
  const milestone = issue.milestone ? milestones.get(issue.milestone) : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await client.rest.issues.create({
        ...base,
        title: issue.title,
        body,
        labels: issue.labels,
        ...(milestone !== undefined ? { milestone } : {}),
        ...(issue.assignees.length ? { assignees: issue.assignees } : {}),
        // The retry plugin must not send a create twice: this function decides.
        request: { retries: 0 },
      });
      const labels = created.data.labels.map((l) => (typeof l === 'string' ? l : l.name));
      if (!labels.some((l) => l?.toLowerCase() === options.syncLabel.toLowerCase()))
        throw new SyncPermissionError(
          `GitHub created issue #${created.data.number} without its labels: the token may not label issues. Give the workflow "permissions: issues: write" (or a token with push access) and run again.`,
        );
      return created.data.number;
    } catch (e) {
      if (e instanceof SyncPermissionError) throw e;
      const status = statusOf(e);
      if ((status !== 0 && status < 500) || attempt >= 3)
        throw explain(e, `create the issue of ${issue.ref.id}`);
      const found = await findCreated(client, base, issue, since, options.syncLabel);
      if (found !== undefined) return found;
    }
  }
}

async function findCreated(
  client: GitHubClient,
  base: { owner: string; repo: string },
  issue: DesiredIssue,
  since: string,
  syncLabel: string,
): Promise<number | undefined> {
  const recent = await client.paginate(client.rest.issues.listForRepo, {
    ...base,
    state: 'all',
    labels: syncLabel,
    since,
    per_page: 100,
  });
  const want = refId(issue.ref);
  const hit = recent.find((i) => {
    const ref = parseMarker(i.body);
    return ref !== undefined && refId(ref) === want;
  });
  return hit?.number;
}

function explain(e: unknown, what: string): Error {
  const status = statusOf(e);
  if (status === 401)
    return new SyncPermissionError(
      `GitHub refused the token (401) when trying to ${what}: check GITHUB_TOKEN.`,
    );
  if (status === 403 || status === 404)
    return new SyncPermissionError(
      `GitHub answered ${status} when trying to ${what}: the token may not write issues in this repository. Give the workflow "permissions: issues: write" or use a token with access.`,
    );
  return new Error(`Could not ${what}: ${(e as Error).message}`);
}
