import type { Board, Group, Item } from '../model/types.js';

/** Counts of a set of items by status family. */
export interface Progress {
  items: number;
  done: number;
  inProgress: number;
  blocked: number;
  /** Done share of the items that are not cancelled, as a whole percentage (0 when none). */
  percentDone: number;
}

/** Counts `items`: in progress includes review; cancelled items count in `items` but not in the percentage. */
export function progressOf(items: readonly Item[]): Progress {
  const done = items.filter((i) => i.status === 'done').length;
  const cancelled = items.filter((i) => i.status === 'cancelled').length;
  const open = items.length - cancelled;
  return {
    items: items.length,
    done,
    inProgress: items.filter((i) => i.status === 'in-progress' || i.status === 'review').length,
    blocked: items.filter((i) => i.status === 'blocked').length,
    percentDone: open > 0 ? Math.floor((done / open) * 100) : 0,
  };
}

/** Items of `group` and of every group nested in it. */
export function itemsInGroup(board: Board, group: Group): Item[] {
  const ids = new Set([group.id]);
  for (const g of board.groups) if (g.parent && ids.has(g.parent)) ids.add(g.id);
  return board.items.filter((i) => i.group !== undefined && ids.has(i.group));
}
