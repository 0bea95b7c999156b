import { STATUSES, type Board, type Group, type Item, type Status } from './types.js';

/** One column of a board as `show` lays it out. */
export interface ColumnView {
  title: string;
  status?: Status;
  /** The board section the column belongs to (`B. Layer 0` on a compact kanban board). */
  section?: string;
  items: Item[];
}

const LABEL: Record<Status, string> = {
  backlog: 'Backlog',
  ready: 'Ready',
  'in-progress': 'In Progress',
  review: 'Review',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/**
 * A board as columns: its own columns in order, each with the cards in it (cards in a column's
 * lanes included, sub-items left to their card), on boards that have columns; otherwise one column
 * per status, in the order backlog, ready, in progress, review, blocked, done, cancelled, each with
 * every item of that status, sub-items included, in document order.
 */
export function sectionColumns(board: Board): ColumnView[] {
  const columns = board.groups.filter((g) => g.kind === 'column');
  if (columns.length === 0)
    return STATUSES.map((status) => ({
      title: LABEL[status],
      status,
      items: board.items.filter((i) => i.status === status),
    }));
  const byId = new Map(board.groups.map((g) => [g.id, g]));
  const columnOf = (group: Group | undefined): Group | undefined => {
    for (let g = group; g; g = g.parent ? byId.get(g.parent) : undefined)
      if (g.kind === 'column') return g;
    return undefined;
  };
  const cards = new Map<string, Item[]>(columns.map((c) => [c.id, []]));
  for (const item of board.items) {
    if (item.parent) continue;
    const column = columnOf(item.group ? byId.get(item.group) : undefined);
    if (column) cards.get(column.id)!.push(item);
  }
  return columns.map((c) => {
    const view: ColumnView = { title: c.title, items: cards.get(c.id)! };
    if (c.status) view.status = c.status;
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (parent) view.section = parent.number ? `${parent.number}. ${parent.title}` : parent.title;
    return view;
  });
}

/** True when `name` names the column: its title or its status, ignoring case and spacing. */
export function columnMatches(column: ColumnView, name: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
  const n = norm(name);
  return norm(column.title) === n || (column.status !== undefined && norm(column.status) === n);
}
