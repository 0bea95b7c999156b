import { createHash } from 'node:crypto';
import { STATUSES, type Board, type Group, type Status, type Workspace } from '../model/types.js';
import { stableJsonFile } from './json.js';
import { itemsInGroup } from './progress.js';
import type { OutputFile } from './types.js';

/**
 * A label as GitHub's REST API takes it (POST /repos/{owner}/{repo}/labels): `name` at most 50
 * characters, `color` six hex digits without `#`, `description` at most 100 characters.
 */
export interface LabelEntry {
  name: string;
  color: string;
  description: string;
  /** Where the label comes from: an item's canonical status, kind, priority or one of its labels. */
  source: 'status' | 'kind' | 'priority' | 'label';
  /** Items that carry it, on all boards. */
  items: number;
}

/**
 * A milestone as GitHub's REST API takes it (POST /repos/{owner}/{repo}/milestones): `title`,
 * `state` open|closed, `description`, `due_on` an ISO 8601 timestamp (present only when the
 * board gives a date).
 */
export interface MilestoneEntry {
  title: string;
  state: 'open' | 'closed';
  description: string;
  due_on?: string;
  /** The board and group it mirrors. */
  board: string;
  group: string;
  items: number;
  done: number;
}

/** How one item maps onto the labels and milestone above. */
export interface ItemMapping {
  board: string;
  id: string;
  title: string;
  labels: string[];
  milestone?: string;
}

/** The labels/milestones manifest (`labels.json`). */
export interface LabelsManifest {
  schemaVersion: 1;
  labels: LabelEntry[];
  milestones: MilestoneEntry[];
  items: ItemMapping[];
}

const MAX_NAME = 50;
const MAX_DESCRIPTION = 100;

const STATUS_COLOR: Record<Status, string> = {
  backlog: 'c5def5',
  ready: 'bfdadc',
  'in-progress': 'fbca04',
  review: 'd4c5f9',
  blocked: 'b60205',
  done: '0e8a16',
  cancelled: 'cccccc',
};

/** Cuts text to `max` code points, marking the cut with an ellipsis. */
function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A stable colour per name (the first six hex digits of its SHA-256), so reruns agree. */
function colorOf(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 6);
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The date in `text` as `YYYY-MM-DD`, when it holds a valid one. */
function isoDate(text: string | undefined): string | undefined {
  const m = text ? ISO_DATE.exec(text) : null;
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[0]
    ? undefined
    : m[0];
}

/** Item fields that carry a due date, compared lower-cased. */
const DUE_FIELDS = new Set(['due', 'due date', 'deadline', 'target date', 'target']);

/**
 * A milestone's due date: an ISO date (`YYYY-MM-DD`) in its heading, else the latest ISO date
 * in a due-date field (due, due date, deadline, target date) of its items; none otherwise.
 */
function dueOf(board: Board, group: Group): string | undefined {
  const own = isoDate(group.title) ?? isoDate(group.rawStatus);
  if (own) return own;
  let latest: string | undefined;
  for (const item of itemsInGroup(board, group)) {
    for (const [name, value] of Object.entries(item.fields)) {
      const date = DUE_FIELDS.has(name.toLowerCase()) ? isoDate(value) : undefined;
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return latest;
}

/** The milestone title for a group: its number-bearing id before the title when the title lacks it. */
function milestoneTitle(group: Group): string {
  const title = group.title.replace(/\s+/g, ' ').trim();
  return group.number && !title.includes(group.number) ? `${group.id}: ${title}` : title;
}

/**
 * The labels/milestones manifest of a workspace, for teams that mirror their boards as GitHub
 * issues: one label per canonical status in use (`status:in-progress`), per item kind
 * (`kind:story`), per priority (`priority:high`, lower-cased) and per item label as written; one milestone per milestone group, closed when
 * the group is done or all its items are done or cancelled, with a due date when the board gives
 * one; and per item the labels and milestone it maps to. Names and titles are clipped to
 * GitHub's limits; titles shared by milestones of different boards get the board id appended, so
 * every title is unique. Sorted throughout; pure and deterministic.
 */
export function labelsManifest(workspace: Workspace): LabelsManifest {
  const counts = new Map<string, { source: LabelEntry['source']; items: number; raw: string }>();
  const items: ItemMapping[] = [];
  const milestones: MilestoneEntry[] = [];

  const add = (source: LabelEntry['source'], raw: string): string => {
    const name = clip(source === 'label' ? raw : `${source}:${raw}`, MAX_NAME);
    const entry = counts.get(name) ?? { source, items: 0, raw };
    entry.items++;
    counts.set(name, entry);
    return name;
  };

  const titleCount = new Map<string, number>();
  const perBoard: Array<{ board: Board; group: Group; title: string }> = [];
  for (const board of workspace.boards)
    for (const group of board.groups.filter((g) => g.kind === 'milestone')) {
      const title = milestoneTitle(group);
      perBoard.push({ board, group, title });
      titleCount.set(title, (titleCount.get(title) ?? 0) + 1);
    }
  const milestoneOfGroup = new Map<string, string>();
  for (const { board, group, title } of perBoard) {
    // Within one board, group ids are unique, so the id separates repeated titles there too.
    const unique = titleCount.get(title)! > 1 ? `${title} (${board.id}/${group.id})` : title;
    const final = clip(unique, 255);
    const members = itemsInGroup(board, group);
    const done = members.filter((i) => i.status === 'done').length;
    const finished = members.filter((i) => i.status === 'done' || i.status === 'cancelled').length;
    const due = dueOf(board, group);
    milestones.push({
      title: final,
      state:
        group.status === 'done' || (members.length > 0 && finished === members.length)
          ? 'closed'
          : 'open',
      description: clip(`${group.title} — ${board.title} (${board.path})`, 1000),
      ...(due ? { due_on: `${due}T00:00:00Z` } : {}),
      board: board.id,
      group: group.id,
      items: members.length,
      done,
    });
    milestoneOfGroup.set(`${board.id}\u0000${group.id}`, final);
  }

  for (const board of workspace.boards) {
    const parentOf = new Map(board.groups.map((g) => [g.id, g.parent]));
    const milestoneOf = (groupId: string | undefined): string | undefined => {
      const seen = new Set<string>();
      for (let g = groupId; g !== undefined && !seen.has(g); g = parentOf.get(g)) {
        seen.add(g);
        const m = milestoneOfGroup.get(`${board.id}\u0000${g}`);
        if (m) return m;
      }
      return undefined;
    };
    for (const item of board.items) {
      const names = new Set<string>([add('status', item.status)]);
      if (item.kind) names.add(add('kind', item.kind));
      const priority = item.priority?.replace(/\s+/g, ' ').trim().toLowerCase();
      if (priority) names.add(add('priority', priority));
      for (const label of item.labels) if (label.trim()) names.add(add('label', label));
      const milestone = milestoneOf(item.group);
      items.push({
        board: board.id,
        id: item.id,
        title: item.title,
        labels: [...names].sort(),
        ...(milestone ? { milestone } : {}),
      });
    }
  }

  const sourceRank = { status: 0, kind: 1, priority: 2, label: 3 } as const;
  const labels: LabelEntry[] = [...counts.entries()]
    .map(([name, { source, items: n, raw }]) => ({
      name,
      color: source === 'status' ? STATUS_COLOR[raw as Status] : colorOf(name),
      description: clip(
        source === 'status'
          ? `Board status ${raw} (boardwright)`
          : source === 'kind'
            ? `Board item kind ${raw} (boardwright)`
            : `Board label ${raw} (boardwright)`,
        MAX_DESCRIPTION,
      ),
      source,
      items: n,
    }))
    .sort((a, b) => {
      if (a.source !== b.source) return sourceRank[a.source] - sourceRank[b.source];
      if (a.source === 'status')
        return (
          STATUSES.indexOf(a.name.slice(7) as Status) - STATUSES.indexOf(b.name.slice(7) as Status)
        );
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  milestones.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return { schemaVersion: 1, labels, milestones, items };
}

/** The manifest as an output file, `labels.json`. */
export function labelsFiles(workspace: Workspace): OutputFile[] {
  return [stableJsonFile('labels.json', labelsManifest(workspace))];
}
