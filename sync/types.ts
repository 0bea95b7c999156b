import type { Status } from '../model/types.js';

/**
 * Identity of a board item on GitHub, kept in a hidden marker in its issue body (never the
 * title): the board id and the item id. `key` is set for items whose id boardwright made up
 * (positional ids such as `M1.3` shift when items are inserted): a fingerprint of the group and
 * title that is matched before the id.
 */
export interface ItemRef {
  board: string;
  id: string;
  key?: string;
  /**
   * The item's state (open or closed) on the board when boardwright last wrote the issue: the
   * common ancestor of a three-way sync. The issue's state differing from it while the board
   * still agrees with it means the issue was closed or reopened on GitHub since.
   */
  state?: IssueState;
}

/** Issue state as GitHub's REST API names it. */
export type IssueState = 'open' | 'closed';
/** Why an issue is closed (`state_reason` of PATCH /repos/{owner}/{repo}/issues/{number}). */
export type StateReason = 'completed' | 'not_planned';

/**
 * The issue one board item should have (the desired state). `labels` are sorted names;
 * `milestone` a milestone title; `assignees` GitHub logins, empty when the board names nobody
 * (then the issue's assignees are left as they are).
 */
export interface DesiredIssue {
  ref: ItemRef;
  title: string;
  /** Body text without dependency links; rendered with issue numbers by `renderBody`. */
  body: BodyParts;
  labels: string[];
  milestone?: string;
  assignees: string[];
  state: IssueState;
  stateReason?: StateReason;
  /** The canonical status the item has on the board. */
  status: Status;
  /** Items this one depends on (same board or others), resolved by the linker. */
  dependsOn: ItemRef[];
  /** Workspace-relative board file and 1-based line of the item. */
  source: { path: string; line: number };
}

/** What the issue body is made of; `renderBody` turns it into Markdown. */
export interface BodyParts {
  description?: string;
  /** `[name, value]` rows of the fields table, already escaped for Markdown. */
  rows: Array<[string, string]>;
  acceptance: Array<{ text: string; done: boolean }>;
  /** Link to the board file at the item's line. */
  link: string;
  /** Dependencies by item id (as written) with their refs, for `#N` links once known. */
  dependsOn: Array<{ label: string; ref: ItemRef }>;
}

/** A label the repository should have (POST /repos/{owner}/{repo}/labels). */
export interface DesiredLabel {
  name: string;
  color: string;
  description: string;
}

/** A milestone the repository should have (POST /repos/{owner}/{repo}/milestones). */
export interface DesiredMilestone {
  title: string;
  state: IssueState;
  description: string;
  due_on?: string;
}

/** The whole desired state of one sync run. */
export interface DesiredState {
  issues: DesiredIssue[];
  labels: DesiredLabel[];
  milestones: DesiredMilestone[];
  /** Boards in scope: issues of other boards are never touched. */
  boards: string[];
  /**
   * Every item ref on the boards in scope, filters notwithstanding: an issue whose item is in
   * here but filtered out of `issues` is left alone; one whose item is gone is closed.
   */
  present: Set<string>;
  /** Problems found while mapping (unassignable logins, clipped titles). */
  warnings: string[];
}

/** An issue as read from GitHub (GET /repos/{owner}/{repo}/issues). */
export interface ObservedIssue {
  number: number;
  title: string;
  body: string;
  state: IssueState;
  stateReason?: string;
  labels: string[];
  milestone?: { number: number; title: string };
  assignees: string[];
  author?: string;
  /** Parsed from the body's marker; absent for issues boardwright does not manage. */
  ref?: ItemRef;
  htmlUrl?: string;
}

/** The repository as read from GitHub. */
export interface ObservedState {
  issues: ObservedIssue[];
  labels: Array<{ name: string; color: string; description: string | null }>;
  milestones: Array<{
    number: number;
    title: string;
    state: IssueState;
    due_on: string | null;
    description: string | null;
  }>;
}

/** One field an update changes, for the plan's diff. */
export interface FieldChange {
  field: 'title' | 'body' | 'labels' | 'milestone' | 'assignees' | 'state';
  from: string;
  to: string;
}

/** The request body of an issue update (PATCH /repos/{owner}/{repo}/issues/{number}). */
export interface IssuePatch {
  title?: string;
  body?: string;
  labels?: string[];
  /** Milestone title; resolved to its number when applied. */
  milestone?: string;
  assignees?: string[];
  state?: IssueState;
  state_reason?: StateReason;
}

/**
 * One step of a sync plan. `create` makes the item's issue; `update` changes fields of an open
 * or closed issue without changing its state; `close` closes one (item done or cancelled, or
 * gone from its board: then with a comment); `reopen` reopens one (item open again or re-added);
 * `noop` is an issue already in step.
 */
export type PlanStep =
  | { kind: 'create'; ref: ItemRef; issue: DesiredIssue }
  | {
      kind: 'update' | 'close' | 'reopen';
      ref: ItemRef;
      number: number;
      changes: FieldChange[];
      patch: IssuePatch;
      /** The desired issue; absent when the item left its board. */
      issue?: DesiredIssue;
      /** A comment posted before closing, when the item left its board. */
      comment?: string;
      /** The board state the body's marker records (see `ItemRef.state`). */
      record?: IssueState;
      /** Set when the issue was closed or reopened on GitHub since the last sync. */
      pulled?: 'closed' | 'reopened';
    }
  | { kind: 'noop'; ref: ItemRef; number: number; pulled?: 'closed' | 'reopened' };

/** What `planSync` returns and `applySync` carries out. */
export interface SyncPlan {
  repo: { owner: string; name: string };
  labels: DesiredLabel[];
  milestones: DesiredMilestone[];
  /** Milestones that exist but whose state or due date differ: [number, patch]. */
  milestoneUpdates: Array<{ number: number; title: string; patch: Partial<DesiredMilestone> }>;
  steps: PlanStep[];
  /** Issues carrying the marker of an item another issue already holds (lowest number wins). */
  duplicates: Array<{ ref: ItemRef; numbers: number[] }>;
  /** Creates left out by `limit`. */
  deferred: number;
  warnings: string[];
}
