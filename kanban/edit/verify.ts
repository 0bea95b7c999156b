import type { Board, Item } from '../../model/types.js';

/**
 * Checks that a re-read board differs from the old one exactly as an edit meant: one item (with
 * the items nested under it) changed or was added, every other item and every group read the
 * same (positions aside, which move when lines are added or removed).
 */

/** What an edit meant to change, for `verifyChange`. */
export interface ExpectedChange {
  /** Index in the old board's items of the item changed; undefined when one is added. */
  index?: number;
  /** Properties the changed (or added) item must have once re-read. */
  expect: Partial<
    Pick<Item, 'status' | 'group' | 'title' | 'id' | 'assignee' | 'priority' | 'branch'>
  > & {
    fields?: Record<string, string>;
    acceptance?: { index: number; done: boolean };
  };
  /** True when the item may change groups (its nested items move with it). */
  relocates?: boolean;
}

/** An item as compared: everything but where it sits, and ids boardwright made up. */
export function itemFingerprint(item: Item, generated: ReadonlyMap<string, string>): string {
  return JSON.stringify({
    id: item.generatedId ? undefined : item.id,
    title: item.title,
    kind: item.kind,
    status: item.status,
    rawStatus: item.rawStatus,
    done: item.done,
    group: item.group,
    parent: item.parent === undefined ? undefined : generated.has(item.parent) ? '*' : item.parent,
    assignee: item.assignee,
    priority: item.priority,
    // A dependency on an item without an id of its own names it by title (its id is its place).
    dependsOn: item.dependsOn.map((d) => (generated.has(d) ? `~${generated.get(d)}` : d)),
    files: item.files,
    acceptance: item.acceptance.map((a) => [a.text, a.done]),
    branch: item.branch,
    labels: item.labels,
    description: item.description,
    fields: item.fields,
    evidence: item.statusEvidence.map((e) => [e.source, e.raw, e.status]),
  });
}

function groupsFingerprint(board: Board): string {
  return JSON.stringify(
    board.groups.map((g) => ({
      ...g,
      position: undefined,
      declaredCount: g.declaredCount && { ...g.declaredCount, line: undefined },
    })),
  );
}

function metaFingerprint(board: Board): string {
  const totals = board.meta.declaredTotals;
  return JSON.stringify({
    ...board.meta,
    declaredTotals:
      totals &&
      Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, { ...v, line: undefined }])),
  });
}

/** The index range of an item and the items nested under it (they follow it in document order). */
export function subtree(items: readonly Item[], index: number): [number, number] {
  const root = items[index] as Item;
  const inside = new Set([root.id]);
  let end = index + 1;
  while (end < items.length && inside.has((items[end] as Item).parent ?? '')) {
    inside.add((items[end] as Item).id);
    end++;
  }
  return [index, end];
}

/**
 * Returns undefined when `after` is `before` with exactly the expected change, else a sentence
 * naming the first difference. `found` receives the changed item as re-read.
 */
export function verifyChange(
  before: Board,
  after: Board,
  change: ExpectedChange,
  found?: (item: Item, index: number) => void,
): string | undefined {
  if (groupsFingerprint(before) !== groupsFingerprint(after))
    return 'the board’s groups would read differently';
  if (metaFingerprint(before) !== metaFingerprint(after))
    return 'the board’s metadata would read differently';
  const genBefore = generatedIds(before);
  const genAfter = generatedIds(after);
  const fpBefore = before.items.map((i) => itemFingerprint(i, genBefore));
  const fpAfter = after.items.map((i) => itemFingerprint(i, genAfter));

  let others: string[];
  let size: number;
  let old: Item[] = [];
  if (change.index === undefined) {
    others = fpBefore;
    size = 1;
  } else {
    const [from, to] = subtree(before.items, change.index);
    others = [...fpBefore.slice(0, from), ...fpBefore.slice(to)];
    size = to - from;
    old = before.items.slice(from, to);
  }
  if (fpAfter.length !== others.length + size)
    return `the board would read ${fpAfter.length} items instead of ${others.length + size}`;

  // Find the block of `size` items whose removal leaves the others as they were.
  const prefix = commonPrefix(others, fpAfter);
  const candidates: number[] = [];
  for (let k = 0; k <= prefix && k <= others.length; k++) {
    let ok = true;
    for (let j = k; j < others.length; j++)
      if (others[j] !== fpAfter[j + size]) {
        ok = false;
        break;
      }
    if (ok) candidates.push(k);
  }
  if (candidates.length === 0) return 'other items would read differently';

  for (const k of candidates) {
    const block = after.items.slice(k, k + size);
    const problem = checkBlock(old, block, change, genBefore, genAfter);
    if (!problem) {
      found?.(block[0] as Item, k);
      return undefined;
    }
    if (k === candidates[candidates.length - 1]) return problem;
  }
  return 'the item would read differently';
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function checkBlock(
  old: Item[],
  block: Item[],
  change: ExpectedChange,
  genBefore: ReadonlyMap<string, string>,
  genAfter: ReadonlyMap<string, string>,
): string | undefined {
  const item = block[0] as Item;
  const e = change.expect;
  for (const key of ['status', 'group', 'title', 'id', 'assignee', 'priority', 'branch'] as const) {
    if (e[key] !== undefined && item[key] !== e[key])
      return `${key} would read "${item[key] ?? ''}" instead of "${e[key]}"`;
  }
  if (e.status !== undefined && item.done !== (e.status === 'done'))
    return 'done would not follow the status';
  for (const [name, value] of Object.entries(e.fields ?? {})) {
    const key = fieldKey(item, name);
    if (key === undefined || item.fields[key] !== value)
      return `field ${name} would read "${key === undefined ? '' : item.fields[key]}" instead of "${value}"`;
  }
  const root = old[0];
  if (!root) return undefined;
  // Everything the change did not name stays as it was.
  const strip = (i: Item, gen: ReadonlyMap<string, string>, isRoot: boolean): string => {
    const copy: Item = { ...i };
    if (isRoot) {
      if (e.status !== undefined || change.relocates) {
        copy.statusEvidence = [];
        copy.status = 'backlog';
        copy.done = false;
        delete copy.rawStatus;
        // Criteria written without a box take their done state from the item's.
        copy.acceptance = i.acceptance.map((a) => ({ ...a, done: false }));
      }
      if (e.fields) copy.fields = { ...i.fields };
      if (e.fields)
        for (const name of Object.keys(e.fields)) {
          const key = fieldKey(copy, name);
          if (key !== undefined) delete copy.fields[key];
        }
      if (e.assignee !== undefined) delete copy.assignee;
      if (e.priority !== undefined) delete copy.priority;
      if (e.branch !== undefined) delete copy.branch;
      if (e.acceptance)
        copy.acceptance = i.acceptance.map((a, n) =>
          n === e.acceptance!.index ? { ...a, done: false } : a,
        );
    }
    // A new group brings its own priority and labels on boards that hand them down.
    if (change.relocates) {
      delete copy.group;
      delete copy.priority;
      copy.labels = [];
    }
    return itemFingerprint(copy, gen);
  };
  for (let n = 0; n < old.length; n++) {
    if (strip(old[n] as Item, genBefore, n === 0) !== strip(block[n] as Item, genAfter, n === 0))
      return n === 0
        ? 'the item would change in more ways than asked'
        : `nested item "${(old[n] as Item).title}" would change`;
  }
  if (e.acceptance && item.acceptance[e.acceptance.index]?.done !== e.acceptance.done)
    return 'the acceptance criterion would not change';
  return undefined;
}

/** The name a field has on an item, matched without regard to case. */
function fieldKey(item: Item, name: string): string | undefined {
  return Object.keys(item.fields).find((k) => k.toLowerCase() === name.toLowerCase());
}

/** Ids boardwright made up, with the title of the item each names. */
function generatedIds(board: Board): Map<string, string> {
  return new Map(board.items.filter((i) => i.generatedId).map((i) => [i.id, i.title]));
}
