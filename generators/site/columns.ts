import { STATUSES, type Board, type Group, type Item, type Status } from '../../model/types.js';

/** How each canonical status is named when it becomes a column of its own. */
export const STATUS_LABELS: Record<Status, string> = {
  backlog: 'Backlog',
  ready: 'Ready',
  'in-progress': 'In progress',
  review: 'Review',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** One kanban column of a board page and the items shown in it, in document order. */
export interface Column {
  title: string;
  /** The canonical status the column stands for, when it has one. */
  status?: Status;
  items: Item[];
}

const rank = (s: Status | undefined): number => (s === undefined ? -1 : STATUSES.indexOf(s));

/**
 * The kanban columns of a board.
 *
 * - A board with column groups (`### Backlog` under every `## A. Board` section, Obsidian lanes,
 *   `## Todo`) shows those columns, merged by title (case and surrounding space ignored) in the
 *   order they first appear, so "Backlog" of section A and of section B are one column.
 * - An item sits in the column group it is nested in (through its group's parents). An item
 *   outside every column group joins the first column with its status, or else a column made for
 *   its status, placed before the first column of a later status (so a roadmap with only a
 *   "Won't do" column reads Backlog, In progress, Done, Won't do).
 * - A board without column groups has one column per status its items carry, in the canonical
 *   order backlog, ready, in-progress, review, blocked, done, cancelled.
 *
 * Empty column groups stay (a kanban shows its empty Review column); status columns exist only
 * for statuses some item has. Pure and deterministic.
 */
export function boardColumns(board: Board): Column[] {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const columns: Column[] = [];
  const byTitle = new Map<string, Column>();
  for (const g of [...board.groups].sort((a, b) => a.index - b.index)) {
    if (g.kind !== 'column') continue;
    const key = g.title.trim().toLowerCase();
    if (byTitle.has(key)) continue;
    const column: Column = {
      title: g.title.trim() || STATUS_LABELS[g.status ?? 'backlog'],
      items: [],
    };
    if (g.status) column.status = g.status;
    byTitle.set(key, column);
    columns.push(column);
  }
  const made: Column[] = [];
  for (const item of board.items) {
    const group = columnGroupOf(item, groups);
    let column = group ? byTitle.get(group.title.trim().toLowerCase()) : undefined;
    column ??= columns.find((c) => c.status === item.status);
    if (!column) {
      column = { title: STATUS_LABELS[item.status], status: item.status, items: [] };
      columns.push(column);
      made.push(column);
    }
    column.items.push(item);
  }
  // Status columns were appended as met; move each to its place among the others by status.
  const fixed = columns.filter((c) => !made.includes(c));
  for (const column of [...made].sort((a, b) => rank(a.status) - rank(b.status))) {
    const at = fixed.findIndex((c) => rank(c.status) > rank(column.status));
    fixed.splice(at === -1 ? fixed.length : at, 0, column);
  }
  return fixed;
}

/** The column group `item` is nested in, following group parents; undefined when none. */
function columnGroupOf(item: Item, groups: ReadonlyMap<string, Group>): Group | undefined {
  const seen = new Set<string>();
  for (let id = item.group; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) return undefined;
    if (group.kind === 'column') return group;
    id = group.parent;
  }
  return undefined;
}

/**
 * True when `title` already shows `number` as a token of its own ("Milestone 4", "v0.9.0"), so
 * that "Platform" does not count as carrying the section letter "P".
 */
function carriesNumber(title: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])v?${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(title);
}

/**
 * The section a card belongs to, for its subtitle: the titles of the non-column groups from the
 * outermost to the item's own, each led by its number when the title does not already carry it
 * (`A — Layer 0: Security & Identity › …`), joined by ` › `. Empty when the item sits in no such
 * group. `groups` maps group ids of the item's board to groups.
 */
export function sectionOf(item: Item, groups: ReadonlyMap<string, Group>): string {
  const titles: string[] = [];
  const seen = new Set<string>();
  for (let id = item.group; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const group = groups.get(id);
    if (!group) break;
    if (group.kind !== 'column') {
      const numbered = group.number !== undefined && !carriesNumber(group.title, group.number);
      titles.unshift(numbered ? `${group.number} — ${group.title}` : group.title);
    }
    id = group.parent;
  }
  return titles.join(' › ');
}
