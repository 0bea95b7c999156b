import { STATUSES, type Board, type Group, type Item, type Status } from '../../model/types.js';
import type { StatusMapper } from '../status.js';
import { EditError } from './errors.js';

/** Finding the item and the group an operation names. */

/**
 * The one item of `board` with `id` (exactly, else ignoring case). Throws `not-found` naming
 * similar ids, or `ambiguous` naming every line that holds the id.
 */
export function findItem(board: Board, id: string): Item {
  let found = board.items.filter((i) => i.id === id);
  if (found.length === 0)
    found = board.items.filter((i) => i.id.toLowerCase() === id.toLowerCase());
  if (found.length === 1) return found[0] as Item;
  if (found.length > 1)
    throw new EditError(
      'ambiguous',
      `${board.path}: ${found.length} items have the id ${id} (lines ${found
        .map((i) => i.position.line)
        .join(' and ')}); make the ids unique before editing ${id}.`,
    );
  throw new EditError('not-found', `${board.path}: no item ${id}.${suggest(board, id)}`);
}

function suggest(board: Board, id: string): string {
  const stem = id.toLowerCase().replace(/\d+$/, '');
  const near = board.items
    .filter((i) => !i.generatedId && stem && i.id.toLowerCase().startsWith(stem))
    .slice(0, 5)
    .map((i) => i.id);
  return near.length ? ` Ids like it: ${near.join(', ')}.` : '';
}

/** The canonical status a word names: a status id (`in-progress`), or what the board's mapping reads. */
export function statusNamed(word: string, mapper: StatusMapper): Status | undefined {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((STATUSES as readonly string[]).includes(key)) return key as Status;
  if (key === 'todo' || key === 'to-do') return 'ready';
  return mapper.map(word);
}

/** Title of a group as written, without a WIP suffix, for matching. */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*[([]\s*(?:wip|limit|max)?\s*:?\s*\d+\s*[)\]]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only: "K. Meta 4: Cohesion" and "k meta 4 cohesion" are the same name. */
function key(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The ancestors of a group, innermost first. */
function ancestors(board: Board, group: Group | undefined): Group[] {
  const out: Group[] = [];
  for (let g = group; g?.parent;) {
    g = board.groups.find((x) => x.id === g!.parent);
    if (g) out.push(g);
  }
  return out;
}

/**
 * Groups named by `name` (id, number or title, ignoring case), nearest to `item` first: groups
 * that share the item's section come before the same title elsewhere on the board.
 */
export function groupsNamed(board: Board, name: string, item?: Item): Group[] {
  const n = norm(name);
  const k = key(n);
  const matches = board.groups.filter(
    (g) =>
      g.id.toLowerCase() === n ||
      g.number?.toLowerCase() === n ||
      norm(g.title) === n ||
      (k !== '' &&
        [g.title, `${g.number ?? ''} ${g.title}`, `${g.kind} ${g.number ?? ''} ${g.title}`].some(
          (t) => key(norm(t)) === k,
        )),
  );
  if (!item || matches.length < 2) return matches;
  const own = board.groups.find((g) => g.id === item.group);
  const near = new Set([own, ...ancestors(board, own)].filter(Boolean).map((g) => g!.id));
  const score = (g: Group): number => (g.parent && near.has(g.parent) ? 0 : near.has(g.id) ? 0 : 1);
  return [...matches].sort((a, b) => score(a) - score(b));
}

/**
 * The column that says `status` in the item's own section (the columns that share its group's
 * parent); undefined when the section has none.
 */
export function columnFor(board: Board, item: Item, status: Status): Group | undefined {
  const own = board.groups.find((g) => g.id === item.group);
  const columns = board.groups.filter((g) => g.kind === 'column');
  const section = own?.kind === 'column' ? own.parent : own?.id;
  return (
    columns.find((g) => g.parent === section && g.status === status) ??
    (section === undefined ? undefined : columns.find((g) => !g.parent && g.status === status))
  );
}

/** Readable list of the names a target can take, for messages. */
export function describeTargets(board: Board, item: Item): string {
  const own = board.groups.find((g) => g.id === item.group);
  const section = own?.kind === 'column' ? own.parent : undefined;
  const columns = board.groups.filter((g) => g.kind === 'column' && g.parent === section);
  const names = columns.length ? columns.map((g) => g.title) : [...STATUSES];
  return names.join(', ');
}

/**
 * The status `reopen` gives item `id` when none is asked: `backlog`, or, on a board whose columns
 * have no backlog (Todo / Doing / Done), the status of the first open column next to the item —
 * `ready` for a Todo column. Throws `EditError` like `findItem`.
 */
export function reopenStatus(board: Board, id: string): Status {
  const item = findItem(board, id);
  if (!board.groups.some((g) => g.kind === 'column') || columnFor(board, item, 'backlog'))
    return 'backlog';
  const own = board.groups.find((g) => g.id === item.group);
  const section = own?.kind === 'column' ? own.parent : own?.id;
  const open = board.groups.find(
    (g) =>
      g.kind === 'column' &&
      g.parent === section &&
      g.status !== undefined &&
      g.status !== 'done' &&
      g.status !== 'cancelled',
  );
  return open?.status ?? 'backlog';
}
