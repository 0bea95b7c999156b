import { labelsManifest } from '../generators/labels.js';
import type { Links } from '../model/link.js';
import type { Board, Item, Status, Workspace } from '../model/types.js';
import { inlineText, blockText } from './escape.js';
import { refId } from './marker.js';
import type { DesiredIssue, DesiredLabel, DesiredState, ItemRef, BodyParts } from './types.js';

/** Which items a sync run takes care of; every filter narrows, none widens. */
export interface SyncScope {
  /** Board ids (or board paths) to sync; all boards when empty. */
  boards?: string[];
  /** Group ids or titles (case-insensitive): only items inside one of them. */
  groups?: string[];
  /** Canonical statuses: only items with one of them. */
  statuses?: Status[];
  /** Leave done and cancelled items out (first adoption of a long history). */
  onlyOpen?: boolean;
}

/** How board values become GitHub values. */
export interface DesiredOptions {
  /** `https://github.com/OWNER/REPO` (server URL and repository) for links to board lines. */
  repoUrl: string;
  /** The ref links point at; default `HEAD` (the default branch). */
  ref?: string;
  /** Board assignee as written → GitHub login; `@login` maps to itself without an entry. */
  assignees?: Record<string, string>;
  /** Label put on every synced issue, so they can be listed and filtered; default `boardwright`. */
  syncLabel?: string;
}

/** GitHub's limit on an issue title, in characters. */
const MAX_TITLE = 256;
/** A GitHub login: alphanumerics and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The label every synced issue carries by default. */
export const SYNC_LABEL = 'boardwright';

/**
 * The desired GitHub state of a workspace: one issue per item in scope (title `ID: title` when
 * the board declares ids, the title alone otherwise), labels from the labels manifest
 * (`status:…`, `kind:…`, `priority:…`, item labels) plus `board:<id>` and the sync label,
 * the milestone of the item's milestone group, assignees mapped to logins, and closed for done
 * (`completed`) or cancelled (`not_planned`) items. Pure; items keep their board order.
 */
export function desiredState(
  workspace: Workspace,
  links: Links,
  scope: SyncScope,
  options: DesiredOptions,
): DesiredState {
  const manifest = labelsManifest(workspace);
  const syncLabel = options.syncLabel ?? SYNC_LABEL;
  const mapping = new Map(manifest.items.map((m) => [`${m.board}\u0000${m.id}`, m]));
  const warnings: string[] = [];
  const boards = workspace.boards.filter(
    (b) => !scope.boards?.length || scope.boards.includes(b.id) || scope.boards.includes(b.path),
  );
  const present = new Set<string>();
  const issues: DesiredIssue[] = [];
  const usedLabels = new Set<string>([syncLabel]);
  const usedMilestones = new Set<string>();

  for (const board of boards) {
    const inGroups = groupFilter(board, scope.groups);
    const label = boardLabel(board);
    for (const item of board.items) {
      const ref = refOf(board, item);
      present.add(refId(ref));
      if (inGroups && !(item.group && inGroups.has(item.group))) continue;
      if (scope.statuses?.length && !scope.statuses.includes(item.status)) continue;
      if (scope.onlyOpen && (item.status === 'done' || item.status === 'cancelled')) continue;
      const m = mapping.get(`${board.id}\u0000${item.id}`);
      const labels = [...new Set([...(m?.labels ?? []), label, syncLabel])].sort();
      for (const l of labels) usedLabels.add(l);
      if (m?.milestone) usedMilestones.add(m.milestone);
      const closed = item.status === 'done' || item.status === 'cancelled';
      const body = bodyParts(board, item, links, options);
      const issue: DesiredIssue = {
        ref,
        title: titleOf(item),
        body,
        labels,
        assignees: assigneesOf(item, options.assignees ?? {}, warnings, board),
        state: closed ? 'closed' : 'open',
        status: item.status,
        dependsOn: body.dependsOn.map((d) => d.ref),
        source: { path: board.path, line: item.position.line },
      };
      if (closed) issue.stateReason = item.status === 'done' ? 'completed' : 'not_planned';
      if (m?.milestone) issue.milestone = m.milestone;
      issues.push(issue);
    }
  }

  const labels: DesiredLabel[] = manifest.labels
    .filter((l) => usedLabels.has(l.name))
    .map((l) => ({ name: l.name, color: l.color, description: l.description }));
  for (const board of boards) {
    const name = boardLabel(board);
    if (usedLabels.has(name) && !labels.some((l) => l.name === name))
      labels.push({
        name,
        color: 'ededed',
        description: clipChars(`Items of ${board.path} (boardwright)`, 100),
      });
  }
  labels.push({ name: syncLabel, color: '5319e7', description: 'Synced from a Markdown board' });
  const milestones = manifest.milestones
    .filter((m) => usedMilestones.has(m.title))
    .map((m) => ({
      title: m.title,
      state: m.state,
      description: m.description,
      ...(m.due_on ? { due_on: m.due_on } : {}),
    }));
  return { issues, labels, milestones, boards: boards.map((b) => b.id), present, warnings };
}

/** The label that names a board on GitHub: `board:<id>`, clipped to GitHub's 50 characters. */
export function boardLabel(board: Board): string {
  return clipChars(`board:${board.id}`, 50);
}

/**
 * The identity of an item: board and id; items whose id boardwright made up also get a
 * fingerprint of their group and title, since their positional id shifts when items are
 * inserted above them.
 */
export function refOf(board: Board, item: Item): ItemRef {
  const ref: ItemRef = { board: board.id, id: item.id };
  if (item.generatedId) ref.key = fingerprint(`${item.group ?? ''}\u0000${item.title}`);
  return ref;
}

/** FNV-1a 32-bit of the text, as 8 hex digits: short, stable and enough to tell titles apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function titleOf(item: Item): string {
  const title = item.title.replace(/\s+/g, ' ').trim() || '(untitled)';
  return clipChars(item.generatedId ? title : `${item.id}: ${title}`, MAX_TITLE);
}

function clipChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Ids of the groups named by `names` (id or title) and every group nested in them. */
function groupFilter(board: Board, names: string[] | undefined): Set<string> | undefined {
  if (!names?.length) return undefined;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const ids = new Set(
    board.groups
      .filter((g) => wanted.has(g.id.toLowerCase()) || wanted.has(g.title.toLowerCase()))
      .map((g) => g.id),
  );
  for (const g of board.groups) if (g.parent && ids.has(g.parent)) ids.add(g.id);
  return ids;
}

function assigneesOf(
  item: Item,
  map: Record<string, string>,
  warnings: string[],
  board: Board,
): string[] {
  if (!item.assignee) return [];
  const logins: string[] = [];
  for (const raw of item.assignee.split(/[,;]| and /)) {
    const name = raw.trim();
    if (!name) continue;
    const mapped = map[name] ?? (name.startsWith('@') ? name.slice(1) : undefined);
    if (mapped && LOGIN.test(mapped)) logins.push(mapped);
    else
      warnings.push(
        `${board.path}:${item.position.line}: assignee "${inlineText(name)}" of ${item.id} maps to no GitHub login; add it under sync.assignees in the config.`,
      );
  }
  return [...new Set(logins)].sort();
}

function bodyParts(board: Board, item: Item, links: Links, options: DesiredOptions): BodyParts {
  const rows: Array<[string, string]> = [];
  const group = board.groups.find((g) => g.id === item.group);
  const trail: string[] = [];
  for (let g = group, n = 0; g && n < 32; g = board.groups.find((x) => x.id === g!.parent), n++)
    trail.unshift(g.title);
  rows.push([
    'Board',
    `${inlineText(board.title)}${trail.length ? ` › ${trail.map(inlineText).join(' › ')}` : ''}`,
  ]);
  rows.push([
    'Status',
    item.rawStatus ? `${item.status} (${inlineText(item.rawStatus)})` : item.status,
  ]);
  if (item.kind) rows.push(['Kind', inlineText(item.kind)]);
  if (item.priority) rows.push(['Priority', inlineText(item.priority)]);
  if (item.assignee) rows.push(['Assignee', inlineText(item.assignee)]);
  if (item.branch) rows.push(['Branch', inlineText(item.branch)]);
  if (item.files.length) rows.push(['Files', item.files.map(inlineText).join(', ')]);
  for (const [name, value] of Object.entries(item.fields).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    if (!/^(depends|dependencies|status)/i.test(name))
      rows.push([inlineText(name), inlineText(value)]);
  const key = `${board.id}#${item.id}`;
  const dependsOn = links.graph.hasNode(key)
    ? links.graph.outNeighbors(key).map((k) => {
        const node = links.graph.getNodeAttributes(k);
        return { label: node.item.id, ref: refOf(node.board, node.item) };
      })
    : [];
  const parts: BodyParts = {
    rows,
    acceptance: item.acceptance.map((a) => ({ text: inlineText(a.text), done: a.done })),
    link: `${options.repoUrl}/blob/${options.ref ?? 'HEAD'}/${board.path.split('/').map(encodeURIComponent).join('/')}#L${item.position.line}`,
    dependsOn,
  };
  if (item.description?.trim()) parts.description = blockText(item.description.trim());
  return parts;
}

/**
 * The desired state with assignees GitHub cannot assign (not collaborators) left out, each named
 * in a warning; `assignable` holds lower-cased logins.
 */
export function withAssignable(
  desired: DesiredState,
  assignable: ReadonlySet<string>,
): DesiredState {
  const warned = new Set<string>();
  const warnings = [...desired.warnings];
  const issues = desired.issues.map((issue) => {
    const keep = issue.assignees.filter((a) => assignable.has(a.toLowerCase()));
    for (const a of issue.assignees)
      if (!assignable.has(a.toLowerCase()) && !warned.has(a)) {
        warned.add(a);
        warnings.push(`@\u2060${a} cannot be assigned issues in this repository; left unassigned.`);
      }
    return keep.length === issue.assignees.length ? issue : { ...issue, assignees: keep };
  });
  return { ...desired, issues, warnings };
}
