import {
  contentHash,
  EditError,
  planEdit,
  type EditOperation,
  type EditPlan,
  type FilePatch,
} from '../kanban/edit/index.js';
import type { ReadOptions } from '../kanban/read.js';
import type { Board, Item, Status, Workspace } from '../model/types.js';
import { boardLabel, refOf } from './desired.js';
import { refId, refKey } from './marker.js';
import type { IssueState, ItemRef, ObservedIssue, ObservedState } from './types.js';

/** What `planPull` needs: the workspace as read, GitHub as read, and how to read a board file. */
export interface PullOptions {
  workspace: Workspace;
  observed: ObservedState;
  /** Board ids (or paths) to pull into; all boards when empty. */
  boards?: string[];
  /** The bytes of a board file as they are now (workspace-relative path). */
  readFile: (path: string) => Uint8Array;
  /** How the workspace reads that file (limits, status mapping, dialect override). */
  readOptions: (path: string) => ReadOptions;
  /** The open status a reopened issue gives its item; default `backlog` (as `boardwright reopen`). */
  reopenTo?: Status;
}

/**
 * One issue whose state changed on GitHub since the last sync, and what the board gets:
 * `done` (closed as completed), `cancelled` (closed as not planned), `reopen` (reopened).
 */
export interface PullChange {
  number: number;
  ref: ItemRef;
  /** Workspace-relative board file and the item's 1-based line before the edit. */
  path: string;
  line: number;
  title: string;
  action: 'done' | 'cancelled' | 'reopen';
  /** True when the issue's marker records no earlier state, so GitHub's state is taken as is. */
  unrecorded: boolean;
}

/** An issue whose state differs from its item's but that is left alone, and why. */
export interface PullSkip {
  number: number;
  ref: ItemRef;
  why: string;
}

/**
 * An issue opened on GitHub for a board (it carries the sync label and `board:<id>`, and no
 * marker yet): the item it becomes, and the marker that adopts the issue once the item is
 * written. `existing` is set when the board already holds an item of that title that no issue
 * has (a pull cut short between writing the file and adopting the issue).
 */
export interface PullAdd {
  number: number;
  title: string;
  path: string;
  /** The new item's identity; the issue's marker once adopted. */
  ref: ItemRef;
  /** The issue body as it is, so the marker is appended to it. */
  body: string;
  existing: boolean;
}

/** What `planPull` returns: the changes, one combined edit per board file, and what was left. */
export interface PullPlan {
  changes: PullChange[];
  /** Issues opened on GitHub for a board that become items. */
  adds: PullAdd[];
  /** One plan per board file, holding every change to that file as a single patch. */
  edits: EditPlan[];
  skipped: PullSkip[];
}

const closed = (status: Status): boolean => status === 'done' || status === 'cancelled';

/**
 * The board edits that take GitHub's issue states into the boards (`sync --pull`), three-way:
 * the marker of each issue records the item's state at the last sync. An issue closed or
 * reopened on GitHub while its item still has the recorded state changes the item (closed as
 * completed → done, as not planned → cancelled where the board can say so, else done; reopened
 * → `reopenTo`). An item changed on the board since the last sync is left for the push to
 * carry to GitHub. An issue whose marker records no state (written before states were recorded)
 * is taken as GitHub has it. Every edit goes through the lossless edit operations: bytes outside
 * the changed spans stay; the edits to one file are combined into one patch on the bytes read,
 * so `applyEdit` refuses if the file changed meanwhile. Pure apart from `readFile`.
 */
export function planPull(options: PullOptions): PullPlan {
  const wanted = options.boards ?? [];
  const boards = options.workspace.boards.filter(
    (b) => !wanted.length || wanted.includes(b.id) || wanted.includes(b.path),
  );
  const byId = new Map<string, { board: Board; item: Item; ref: ItemRef }>();
  const byKey = new Map<string, { board: Board; item: Item; ref: ItemRef }>();
  for (const board of boards)
    for (const item of board.items) {
      const ref = refOf(board, item);
      const entry = { board, item, ref };
      byId.set(refId(ref), entry);
      const key = refKey(ref);
      if (key) byKey.set(key, entry);
    }

  const changes: PullChange[] = [];
  const skipped: PullSkip[] = [];
  const seen = new Set<string>();
  const issues = [...options.observed.issues].sort((a, b) => a.number - b.number);
  for (const issue of issues) {
    if (!issue.ref) continue;
    const key = refKey(issue.ref);
    const hit = (key ? byKey.get(key) : undefined) ?? byId.get(refId(issue.ref));
    if (!hit) continue;
    const id = refId(hit.ref);
    if (seen.has(id)) {
      skipped.push({ number: issue.number, ref: issue.ref, why: 'another issue holds this item' });
      continue;
    }
    seen.add(id);
    const change = changeFor(issue, hit.item);
    if (!change) continue;
    if ('why' in change) {
      skipped.push({ number: issue.number, ref: issue.ref, why: change.why });
      continue;
    }
    changes.push({
      number: issue.number,
      ref: hit.ref,
      path: hit.board.path,
      line: hit.item.position.line,
      title: hit.item.title,
      ...change,
    });
  }

  // Issues opened for a board: its label, the sync label (listed issues carry it), no marker.
  const held = new Set(
    options.observed.issues.flatMap((i) => {
      if (!i.ref) return [];
      const key = refKey(i.ref);
      const hit = (key ? byKey.get(key) : undefined) ?? byId.get(refId(i.ref));
      return hit ? [hit.item] : [];
    }),
  );
  const wanting = new Map<string, Array<{ issue: ObservedIssue; board: Board }>>();
  for (const issue of issues) {
    if (issue.ref || issue.state !== 'open') continue;
    const board = boards.find((b) =>
      issue.labels.some((l) => l.toLowerCase() === boardLabel(b).toLowerCase()),
    );
    if (board) wanting.set(board.path, [...(wanting.get(board.path) ?? []), { issue, board }]);
  }

  const edits: EditPlan[] = [];
  const adds: PullAdd[] = [];
  const byFile = new Map<string, PullChange[]>();
  for (const c of changes) byFile.set(c.path, [...(byFile.get(c.path) ?? []), c]);
  for (const path of wanting.keys()) if (!byFile.has(path)) byFile.set(path, []);
  for (const [path, list] of byFile) {
    const plan = combined(path, list, wanting.get(path) ?? [], held, options, skipped, adds);
    if (plan) edits.push(plan);
  }
  const kept = new Set(skipped.map((s) => s.number));
  return { changes: changes.filter((c) => !kept.has(c.number)), adds, edits, skipped };
}

const normal = (title: string): string => title.replace(/\s+/g, ' ').trim().toLowerCase();

/** Where an issue's new item goes: the column its `status:` label names, else the first column; on other boards after the last item. */
function addOperation(issue: ObservedIssue, board: Board): EditOperation {
  const title = issue.title.replace(/\s+/g, ' ').trim();
  const label = issue.labels.find((l) => l.toLowerCase().startsWith('status:'));
  const status = label ? label.slice('status:'.length).trim().toLowerCase() : undefined;
  const column = board.groups.find((g) => g.kind === 'column');
  if (column) {
    const named = status
      ? board.groups.find((g) => g.kind === 'column' && g.status === status)
      : undefined;
    return { op: 'add', title, to: (named ?? column).title };
  }
  const last = [...board.items].reverse().find((i) => !i.parent);
  return last ? { op: 'add', title, after: last.id } : { op: 'add', title };
}

function changeFor(
  issue: ObservedIssue,
  item: Item,
): Pick<PullChange, 'action' | 'unrecorded'> | { why: string } | undefined {
  const board: IssueState = closed(item.status) ? 'closed' : 'open';
  if (issue.state === board) return undefined;
  const base = issue.ref?.state;
  if (base !== undefined && base !== board)
    return {
      why: `the item was ${board === 'closed' ? 'closed' : 'reopened'} on the board since the last sync; "sync --apply" carries that to the issue`,
    };
  const action =
    issue.state === 'open' ? 'reopen' : issue.stateReason === 'not_planned' ? 'cancelled' : 'done';
  return { action, unrecorded: base === undefined };
}

/**
 * Every change to one file, one after the other on the edited bytes (each re-read, so ids that
 * move with an edit are found again), as one patch from the bytes read to the final bytes.
 */
function combined(
  path: string,
  list: PullChange[],
  wanting: Array<{ issue: ObservedIssue; board: Board }>,
  held: ReadonlySet<Item>,
  options: PullOptions,
  skipped: PullSkip[],
  adds: PullAdd[],
): EditPlan | undefined {
  const original = options.readFile(path);
  const read = options.readOptions(path);
  let bytes = original;
  let last: EditPlan | undefined;
  for (const change of list) {
    const current = last ? idIn(last.board, change.ref) : change.ref.id;
    if (current === undefined) {
      skipped.push({ number: change.number, ref: change.ref, why: 'the item was not found again' });
      continue;
    }
    const status: Status =
      change.action === 'reopen' ? (options.reopenTo ?? 'backlog') : change.action;
    let plan: EditPlan;
    try {
      plan = planEdit({ path, bytes, read }, { op: 'status', id: current, status });
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      if (change.action === 'cancelled' && e.code === 'unsupported') {
        // A board with no way to say "cancelled" records the close as done.
        try {
          plan = planEdit({ path, bytes, read }, { op: 'status', id: current, status: 'done' });
          change.action = 'done';
        } catch (again) {
          if (!(again instanceof EditError)) throw again;
          skipped.push({ number: change.number, ref: change.ref, why: again.message });
          continue;
        }
      } else {
        skipped.push({ number: change.number, ref: change.ref, why: e.message });
        continue;
      }
    }
    last = plan;
    const patch = plan.patches[0];
    if (patch) bytes = patch.after;
  }
  const taken = new Set<Item>();
  for (const { issue, board: before } of wanting) {
    const board = last?.board ?? before;
    const title = normal(issue.title);
    // Written by a pull that stopped before adopting the issue: adopt that item.
    const orphan = before.items.find(
      (i) => !held.has(i) && !taken.has(i) && normal(i.title) === title,
    );
    if (orphan) {
      taken.add(orphan);
      const ref = refOf(before, orphan);
      adds.push({
        number: issue.number,
        title: issue.title,
        path,
        ref,
        body: issue.body,
        existing: true,
      });
      continue;
    }
    let plan: EditPlan;
    try {
      plan = planEdit({ path, bytes, read }, addOperation(issue, board));
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      skipped.push({
        number: issue.number,
        ref: { board: before.id, id: `#${issue.number}` },
        why: e.message,
      });
      continue;
    }
    if (!plan.item) continue;
    last = plan;
    bytes = plan.patches[0]?.after ?? bytes;
    adds.push({
      number: issue.number,
      title: issue.title,
      path,
      ref: refOf(plan.board, plan.item),
      body: issue.body,
      existing: false,
    });
  }
  if (!last || bytes === original) return undefined;
  return {
    operation: last.operation,
    patches: [patchOf(path, original, bytes)],
    board: last.board,
    summary: `${list.length} item(s) of ${path} take their issue's state`,
  };
}

/** The id the item of `ref` has on `board` now (made-up ids can shift with an edit). */
function idIn(board: Board, ref: ItemRef): string | undefined {
  for (const item of board.items) {
    const r = refOf(board, item);
    // Items not yet edited keep their group and title, so their fingerprint finds them.
    if (ref.key ? r.key === ref.key : r.id === ref.id) return item.id;
  }
  return undefined;
}

/** One patch from `before` to `after`: the span between their common prefix and suffix. */
function patchOf(path: string, before: Uint8Array, after: Uint8Array): FilePatch {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const lineAt = (bytes: Uint8Array, offset: number): number => {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return line;
  };
  const end = before.length - tail;
  const newEnd = after.length - tail;
  return {
    path,
    baseHash: contentHash(before),
    before,
    after,
    span: { start, end, newEnd },
    lines: {
      start: lineAt(before, start),
      end: lineAt(before, Math.max(start, end - 1)),
      newEnd: lineAt(after, Math.max(start, newEnd - 1)),
    },
  };
}
