import { itemKey, type Links } from './link.js';
import type { Board, Item, Status, Workspace } from './types.js';

/** One item `next` proposes, with why it ranks where it does. */
export interface NextItem {
  board: Board;
  item: Item;
  /** Items that wait on this one, directly or through others. */
  unblocks: number;
  /** Rank of the item's priority: 0 highest (P0, critical), 2 when none is written. */
  priorityRank: number;
}

const CLOSED: ReadonlySet<Status> = new Set(['done', 'cancelled']);
const STARTABLE: ReadonlySet<Status> = new Set(['ready', 'backlog']);

/**
 * Rank of a priority as written: `P0`/`critical`/`urgent`/`highest` 0, `P1`/`high` 1, none or
 * `P2`/`medium`/`normal` 2, `P3`/`low` 3, `P4`/`lowest`/`someday` 4.
 */
export function priorityRank(priority: string | undefined): number {
  if (!priority) return 2;
  const p = priority.toLowerCase();
  const m = /\bp([0-4])\b/.exec(p);
  if (m) return Number(m[1]);
  if (/\b(?:critical|urgent|blocker|highest)\b/.test(p)) return 0;
  if (/\bhigh\b/.test(p)) return 1;
  if (/\b(?:lowest|someday|trivial)\b/.test(p)) return 4;
  if (/\blow\b/.test(p)) return 3;
  return 2;
}

/**
 * The items to pick up next: open and not started (ready or backlog), every dependency done or
 * cancelled, not inside a finished item, and the leaf work: no open sub-items — except on boards
 * with columns, where the cards are the work and the checkboxes nested in a card are its steps. Ordered:
 * ready before backlog, then priority, then how many items wait on it (most first), then board
 * path and line. Dependencies that name nothing (`dangling`) do not hold an item back.
 */
export function nextItems(workspace: Pick<Workspace, 'boards'>, links: Links): NextItem[] {
  const { graph } = links;
  const openChildren = new Set<string>();
  const byKey = new Map<string, { board: Board; item: Item }>();
  const idsOf = new Map<Board, Map<string, Item>>();
  for (const board of workspace.boards) {
    idsOf.set(board, new Map(board.items.map((i) => [i.id, i])));
    for (const item of board.items) {
      byKey.set(itemKey(board, item), { board, item });
      if (item.parent && !CLOSED.has(item.status)) openChildren.add(`${board.id}#${item.parent}`);
    }
  }
  const closedAncestor = (board: Board, item: Item): boolean => {
    const ids = idsOf.get(board)!;
    for (let p = item.parent ? ids.get(item.parent) : undefined; p;) {
      if (CLOSED.has(p.status)) return true;
      p = p.parent ? ids.get(p.parent) : undefined;
    }
    return false;
  };
  const waiting = (key: string): number => {
    const seen = new Set<string>();
    const stack = graph.hasNode(key) ? [...graph.inNeighbors(key)] : [];
    while (stack.length) {
      const k = stack.pop() as string;
      if (seen.has(k)) continue;
      const node = byKey.get(k);
      if (!node || CLOSED.has(node.item.status)) continue;
      seen.add(k);
      stack.push(...graph.inNeighbors(k));
    }
    return seen.size;
  };
  const out: NextItem[] = [];
  for (const board of workspace.boards) {
    // On a board with columns the cards are the work; their checklists are steps, not items.
    const columns = board.groups.some((g) => g.kind === 'column');
    for (const item of board.items) {
      if (!STARTABLE.has(item.status)) continue;
      const key = itemKey(board, item);
      if (columns ? item.parent !== undefined : openChildren.has(key)) continue;
      if (closedAncestor(board, item)) continue;
      const blocked =
        graph.hasNode(key) &&
        graph.outNeighbors(key).some((dep) => {
          const node = byKey.get(dep);
          return node !== undefined && !CLOSED.has(node.item.status);
        });
      if (blocked) continue;
      out.push({ board, item, unblocks: waiting(key), priorityRank: priorityRank(item.priority) });
    }
  }
  const order = new Map(workspace.boards.map((b, i) => [b, i]));
  return out.sort(
    (a, b) =>
      (a.item.status === 'ready' ? 0 : 1) - (b.item.status === 'ready' ? 0 : 1) ||
      a.priorityRank - b.priorityRank ||
      b.unblocks - a.unblocks ||
      (order.get(a.board) ?? 0) - (order.get(b.board) ?? 0) ||
      a.item.position.line - b.item.position.line,
  );
}
