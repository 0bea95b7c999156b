import { comparableBody, renderBody } from './body.js';
import { refId, refKey, withMarkerState } from './marker.js';
import type {
  DesiredIssue,
  DesiredState,
  FieldChange,
  IssuePatch,
  ObservedIssue,
  ObservedState,
  PlanStep,
  SyncPlan,
} from './types.js';

/** Options of `planSync`. */
export interface PlanOptions {
  repo: { owner: string; name: string };
  /** Most issues to create in this run (first adoption of a big board); the rest wait. */
  limit?: number;
  /** Label name prefixes boardwright owns on an issue: stale ones are removed. */
  managedPrefixes?: string[];
}

/** Placeholder number for an issue this run will create, so dependants plan a body update. */
const PENDING = 0;
const MANAGED = ['status:', 'kind:', 'priority:', 'board:'];

/**
 * The plan that brings GitHub (observed) in step with the boards (desired). Pure.
 *
 * Matching is by the marker only, never by title: items whose id boardwright made up match by
 * their fingerprint first, then by their positional id (a renamed item). Issues of boards outside
 * the scope are never touched; an issue whose item is still on its board but filtered out is
 * left alone; an open issue whose item is gone is closed with a comment. Two issues with one
 * marker: the lowest number is the item's, the others are reported as duplicates. Creates come
 * first, in dependency order, so dependants can link them as `#N`.
 */
export function planSync(
  desired: DesiredState,
  observed: ObservedState,
  options: PlanOptions,
): SyncPlan {
  const managed = options.managedPrefixes ?? MANAGED;
  const inScope = new Set(desired.boards);
  const byId = new Map<string, ObservedIssue>();
  const byKey = new Map<string, ObservedIssue>();
  const duplicates = new Map<string, number[]>();
  const sorted = observed.issues
    .filter((i) => i.ref && inScope.has(i.ref.board))
    .sort((a, b) => a.number - b.number);
  for (const issue of sorted) {
    const id = refId(issue.ref!);
    const key = refKey(issue.ref!);
    const owner = key ? byKey.get(key) : byId.get(id);
    if (owner) {
      const dup = duplicates.get(id) ?? [owner.number];
      dup.push(issue.number);
      duplicates.set(id, dup);
      continue;
    }
    if (key) byKey.set(key, issue);
    if (!byId.has(id)) byId.set(id, issue);
  }

  // Pass 1: exact identity; pass 2: made-up ids by position (a renamed item).
  const matched = new Map<DesiredIssue, ObservedIssue>();
  const taken = new Set<number>();
  for (const issue of desired.issues) {
    const key = refKey(issue.ref);
    const hit = key ? byKey.get(key) : byId.get(refId(issue.ref));
    if (hit && !taken.has(hit.number) && (key || !hit.ref?.key)) {
      matched.set(issue, hit);
      taken.add(hit.number);
    }
  }
  for (const issue of desired.issues) {
    if (matched.has(issue) || !issue.ref.key) continue;
    const hit = byId.get(refId(issue.ref));
    if (hit && !taken.has(hit.number) && hit.ref?.key) {
      matched.set(issue, hit);
      taken.add(hit.number);
    }
  }

  const creates = createOrder(desired.issues.filter((i) => !matched.has(i)));
  const limit = options.limit ?? Infinity;
  const creating = creates.slice(0, limit);
  const numbers = new Map<string, number>();
  for (const [issue, hit] of matched) numbers.set(refId(issue.ref), hit.number);
  for (const issue of creating) numbers.set(refId(issue.ref), PENDING);

  const steps: PlanStep[] = creating.map((issue) => ({ kind: 'create', ref: issue.ref, issue }));
  for (const issue of desired.issues) {
    const hit = matched.get(issue);
    if (hit) steps.push(stepFor(issue, hit, numbers, managed));
  }
  for (const issue of sorted) {
    if (taken.has(issue.number) || issue.state !== 'open') continue;
    if (isDuplicate(issue, duplicates)) continue;
    const ref = issue.ref!;
    const key = refKey(ref);
    if (desired.present.has(key ?? refId(ref))) continue;
    steps.push({
      kind: 'close',
      ref,
      number: issue.number,
      changes: [{ field: 'state', from: 'open', to: 'closed' }],
      // The marker records the close, so that re-adding the item reopens the issue.
      patch: {
        state: 'closed',
        state_reason: 'not_planned',
        body: withMarkerState(issue.body, 'closed'),
      },
      comment: `The item \`${ref.id.replace(/`/g, "'")}\` is no longer on its board, so boardwright closed this issue. Add the item back to reopen it.`,
    });
  }

  const haveLabels = new Set(observed.labels.map((l) => l.name.toLowerCase()));
  const haveMilestones = new Map(observed.milestones.map((m) => [m.title, m]));
  const milestoneUpdates: SyncPlan['milestoneUpdates'] = [];
  for (const m of desired.milestones) {
    const have = haveMilestones.get(m.title);
    if (!have) continue;
    const patch: Partial<typeof m> = {};
    if (have.state !== m.state) patch.state = m.state;
    if (m.due_on && have.due_on?.slice(0, 10) !== m.due_on.slice(0, 10)) patch.due_on = m.due_on;
    if (Object.keys(patch).length)
      milestoneUpdates.push({ number: have.number, title: m.title, patch });
  }
  return {
    repo: options.repo,
    labels: desired.labels.filter((l) => !haveLabels.has(l.name.toLowerCase())),
    milestones: desired.milestones.filter((m) => !haveMilestones.has(m.title)),
    milestoneUpdates,
    steps,
    duplicates: [...duplicates.values()].map((numbers) => {
      const first = sorted.find((i) => i.number === numbers[0])!;
      return { ref: first.ref!, numbers };
    }),
    deferred: creates.length - creating.length,
    warnings: [
      ...desired.warnings,
      ...steps.flatMap((s) =>
        s.kind !== 'create' && s.pulled
          ? [
              `#${s.number} (${s.ref.id}) was ${s.pulled} on GitHub since the last sync; "boardwright sync --pull" takes that into the board, an edit of the item on the board overrides it.`,
            ]
          : [],
      ),
    ],
  };
}

function isDuplicate(issue: ObservedIssue, duplicates: Map<string, number[]>): boolean {
  const numbers = duplicates.get(refId(issue.ref!));
  return numbers !== undefined && numbers[0] !== issue.number;
}

/** Issues to create, every dependency before its dependants (board order otherwise). */
function createOrder(issues: DesiredIssue[]): DesiredIssue[] {
  const byRef = new Map(issues.map((i) => [refId(i.ref), i]));
  const done = new Set<DesiredIssue>();
  const order: DesiredIssue[] = [];
  for (const root of issues) {
    if (done.has(root)) continue;
    // Iterative depth-first post-order: long dependency chains must not grow the call stack.
    const stack: Array<[DesiredIssue, number]> = [[root, 0]];
    done.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [issue, next] = top;
      if (next < issue.dependsOn.length) {
        top[1]++;
        const dep = byRef.get(refId(issue.dependsOn[next]!));
        if (dep && !done.has(dep)) {
          done.add(dep);
          stack.push([dep, 0]);
        }
      } else {
        stack.pop();
        order.push(issue);
      }
    }
  }
  return order;
}

function stepFor(
  issue: DesiredIssue,
  hit: ObservedIssue,
  numbers: ReadonlyMap<string, number>,
  managed: string[],
): PlanStep {
  const changes: FieldChange[] = [];
  const patch: IssuePatch = {};
  if (hit.title !== issue.title) {
    changes.push({ field: 'title', from: hit.title, to: issue.title });
    patch.title = issue.title;
  }
  // Three-way on the state: the marker records the board state of the last sync. The board
  // still agreeing with it while the issue does not means the issue was closed or reopened on
  // GitHub since: that change is `sync --pull`'s to take, so it is neither undone nor recorded.
  const base = hit.ref?.state;
  const changedOnGitHub = base !== undefined && issue.state === base && hit.state !== base;
  const body = renderBody(issue, numbers, changedOnGitHub ? base : issue.state);
  const sameRef =
    hit.ref?.id === issue.ref.id && (hit.ref?.key ?? undefined) === (issue.ref.key ?? undefined);
  if (!sameRef || comparableBody(hit.body) !== comparableBody(body)) {
    changes.push({ field: 'body', from: hit.body, to: body });
    patch.body = body;
  }
  const have = new Map(hit.labels.map((l) => [l.toLowerCase(), l]));
  const want = new Set(issue.labels.map((l) => l.toLowerCase()));
  const stale = hit.labels.filter(
    (l) => !want.has(l.toLowerCase()) && managed.some((p) => l.toLowerCase().startsWith(p)),
  );
  const missing = issue.labels.filter((l) => !have.has(l.toLowerCase()));
  if (stale.length || missing.length) {
    const next = [...hit.labels.filter((l) => !stale.includes(l)), ...missing].sort();
    changes.push({ field: 'labels', from: hit.labels.join(', '), to: next.join(', ') });
    patch.labels = next;
  }
  if (issue.milestone && hit.milestone?.title !== issue.milestone) {
    changes.push({ field: 'milestone', from: hit.milestone?.title ?? '', to: issue.milestone });
    patch.milestone = issue.milestone;
  }
  if (issue.assignees.length) {
    const current = [...hit.assignees].map((a) => a.toLowerCase()).sort();
    const wanted = issue.assignees.map((a) => a.toLowerCase()).sort();
    if (current.join(',') !== wanted.join(',')) {
      changes.push({
        field: 'assignees',
        from: hit.assignees.join(', '),
        to: issue.assignees.join(', '),
      });
      patch.assignees = issue.assignees;
    }
  }
  let kind: 'update' | 'close' | 'reopen' = 'update';
  if (issue.state !== hit.state && !changedOnGitHub) {
    kind = issue.state === 'closed' ? 'close' : 'reopen';
    changes.push({ field: 'state', from: hit.state, to: issue.state });
    patch.state = issue.state;
    if (issue.state === 'closed' && issue.stateReason) patch.state_reason = issue.stateReason;
  }
  const pending = changedOnGitHub
    ? { pulled: hit.state === 'closed' ? ('closed' as const) : ('reopened' as const) }
    : {};
  if (!changes.length) return { kind: 'noop', ref: issue.ref, number: hit.number, ...pending };
  return {
    kind,
    ref: issue.ref,
    number: hit.number,
    changes,
    patch,
    issue,
    record: changedOnGitHub ? base : issue.state,
    ...pending,
  };
}
