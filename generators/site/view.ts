import type { Board, Diagnostic, Group, Item, Workspace } from '../../model/types.js';
import { progressOf, type Progress } from '../progress.js';
import { boardColumns, sectionOf, STATUS_LABELS } from './columns.js';
import type { CardLink, SiteMap } from './links.js';

/*
 * View models: plain data the templates render. Every string here is user text or derived from
 * it and is escaped by Handlebars at render time; nothing in a view is pre-rendered HTML.
 */

/** Kinds that get a colour of their own; any other kind is shown in the neutral style. */
const KIND_CLASSES = new Set(['epic', 'story', 'task', 'subtask', 'bug', 'feature', 'chore']);

/** A name/value row of a card's details. */
export interface FieldView {
  name: string;
  value: string;
}

export interface DiagnosticView {
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
  /** `line 12` (and `, column 5` past the first) in the board's file; the path leads on the index. */
  where: string;
  /** Link to the card the finding is about, when it falls inside one. */
  card?: CardLink;
  /** The rule's documentation, only when it is an https URL. */
  url?: string;
}

export interface CardView {
  anchor: string;
  id: string;
  title: string;
  kind?: string;
  /** `kind-<kind>` for the known kinds, else `kind-other`. */
  kindClass: string;
  /** Canonical status, usable as a class name (it is one of STATUSES). */
  status: string;
  statusLabel: string;
  assignee?: string;
  section: string;
  /** Lower-cased text the filter box matches against. */
  search: string;
  acceptance?: { done: number; total: number; label: string };
  findings: number;
  details: {
    fields: FieldView[];
    description?: string;
    acceptance: Array<{ text: string; done: boolean }>;
    parent?: CardLink;
    subtasks: CardLink[];
    dependsOn: CardLink[];
    neededBy: CardLink[];
    files: string[];
    diagnostics: DiagnosticView[];
  };
}

export interface ColumnView {
  title: string;
  status: string;
  anchor: string;
  count: number;
  cards: CardView[];
}

export interface DependencyEntry {
  card: CardLink;
  dependsOn: CardLink[];
}

export interface BoardView {
  title: string;
  path: string;
  dialect: string;
  meta: FieldView[];
  progress: Progress;
  columns: ColumnView[];
  cardCount: number;
  dependencies: DependencyEntry[];
  diagnostics: DiagnosticView[];
  counts: { error: number; warning: number; info: number };
}

export interface BoardSummaryView {
  title: string;
  path: string;
  dialect: string;
  href: string;
  progress: Progress;
  counts: { error: number; warning: number; info: number };
}

export interface IndexView {
  boards: BoardSummaryView[];
  total: Progress;
  /** Findings about files that are not boards (config errors, unreadable files). */
  diagnostics: DiagnosticView[];
  counts: { error: number; warning: number; info: number };
}

/** Lower-cased letters and digits only, to compare status texts. */
const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** `line 12` or `line 12, column 5`: most findings are about a whole line. */
const lineText = (d: Diagnostic): string =>
  d.column > 1 ? `line ${d.line}, column ${d.column}` : `line ${d.line}`;

function counts(list: readonly Diagnostic[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}

/**
 * The innermost item whose source span holds each diagnostic's line, so a card can show the
 * findings about it. Items are in document order, so the last one starting at or before the
 * line that still spans it is the innermost.
 */
function findingsByItem(board: Board, diagnostics: readonly Diagnostic[]): Map<Diagnostic, Item> {
  const owner = new Map<Diagnostic, Item>();
  const items = [...board.items].sort((a, b) => a.position.line - b.position.line);
  for (const d of diagnostics) {
    let found: Item | undefined;
    for (const item of items) {
      if (item.position.line > d.line) break;
      if (d.line <= item.position.endLine) found = item;
    }
    if (found) owner.set(d, found);
  }
  return owner;
}

function diagnosticView(d: Diagnostic, card: CardLink | undefined): DiagnosticView {
  return {
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    where: lineText(d),
    ...(card ? { card } : {}),
    ...(d.url && /^https:\/\//.test(d.url) ? { url: d.url } : {}),
  };
}

/** Lookups over one board, built once per page. */
interface BoardContext {
  board: Board;
  site: SiteMap;
  groups: ReadonlyMap<string, Group>;
  /** The first item with each id. */
  byId: ReadonlyMap<string, Item>;
  /** Items by the id of their parent item. */
  children: ReadonlyMap<string, Item[]>;
}

function cardView(ctx: BoardContext, item: Item, findings: DiagnosticView[]): CardView {
  const { board, site, groups, byId, children } = ctx;
  const section = sectionOf(item, groups);
  const statusLabel = STATUS_LABELS[item.status];
  const fields: FieldView[] = [
    {
      name: 'Status',
      // The raw text only when it says more than the label ("⏳ Backlog" does not).
      value:
        item.rawStatus && letters(item.rawStatus) !== letters(statusLabel)
          ? `${statusLabel} (${item.rawStatus})`
          : statusLabel,
    },
  ];
  const add = (name: string, value: string | undefined): void => {
    if (value) fields.push({ name, value });
  };
  add('Kind', item.kind);
  add('Assignee', item.assignee);
  add('Priority', item.priority);
  add('Section', section);
  add('Branch', item.branch);
  add('Labels', item.labels.join(', '));
  for (const name of Object.keys(item.fields).sort()) add(name, item.fields[name]);
  add('Source', `${board.path}:${item.position.line}`);
  const parentItem = item.parent !== undefined ? byId.get(item.parent) : undefined;
  const accDone = item.acceptance.filter((a) => a.done).length;
  const kind = item.kind?.toLowerCase();
  return {
    anchor: site.anchor(board, item),
    id: item.id,
    title: item.title,
    ...(item.kind ? { kind: item.kind } : {}),
    kindClass: kind && KIND_CLASSES.has(kind) ? `kind-${kind}` : 'kind-other',
    status: item.status,
    statusLabel,
    ...(item.assignee ? { assignee: item.assignee } : {}),
    section,
    search: [
      item.id,
      item.title,
      item.kind,
      item.assignee,
      item.priority,
      statusLabel,
      section,
      ...item.labels,
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
    ...(item.acceptance.length
      ? {
          acceptance: {
            done: accDone,
            total: item.acceptance.length,
            label: `Acceptance criteria: ${accDone} of ${item.acceptance.length} met`,
          },
        }
      : {}),
    findings: findings.length,
    details: {
      fields,
      ...(item.description ? { description: item.description } : {}),
      acceptance: item.acceptance.map((a) => ({ text: a.text, done: a.done })),
      ...(parentItem && parentItem !== item
        ? { parent: site.linkTo(board, board, parentItem) }
        : item.parent
          ? { parent: { id: item.parent, note: 'not found' } }
          : {}),
      subtasks: (byId.get(item.id) === item ? (children.get(item.id) ?? []) : [])
        .filter((c) => c !== item)
        .map((c) => site.linkTo(board, board, c)),
      dependsOn: site.dependsOn(board, item),
      neededBy: site.neededBy(board, item),
      files: item.files,
      diagnostics: findings,
    },
  };
}

/**
 * The view of one board page: columns of cards (see `boardColumns`), the dependency list and
 * the board's diagnostics (those whose path is the board's path), each linked to the card it
 * falls in. Pure.
 */
export function boardView(board: Board, workspace: Workspace, site: SiteMap): BoardView {
  const byId = new Map<string, Item>();
  const children = new Map<string, Item[]>();
  for (const item of board.items) {
    if (!byId.has(item.id)) byId.set(item.id, item);
    if (item.parent === undefined) continue;
    const list = children.get(item.parent);
    if (list) list.push(item);
    else children.set(item.parent, [item]);
  }
  const ctx: BoardContext = {
    board,
    site,
    groups: new Map(board.groups.map((g) => [g.id, g])),
    byId,
    children,
  };
  const own = workspace.diagnostics.filter((d) => d.path === board.path);
  const owners = findingsByItem(board, own);
  const diagnostics: DiagnosticView[] = [];
  const perItem = new Map<Item, DiagnosticView[]>();
  for (const d of own) {
    const item = owners.get(d);
    const view = diagnosticView(d, item ? site.linkTo(board, board, item) : undefined);
    diagnostics.push(view);
    if (!item) continue;
    const list = perItem.get(item);
    if (list) list.push(view);
    else perItem.set(item, [view]);
  }
  const cards = new Map<Item, CardView>();
  for (const item of board.items) cards.set(item, cardView(ctx, item, perItem.get(item) ?? []));
  const columns = boardColumns(board).map((column, i) => ({
    title: column.title,
    status: column.status ?? 'none',
    anchor: `column-${i + 1}`,
    count: column.items.length,
    cards: column.items.map((item) => cards.get(item) as CardView),
  }));
  const meta: FieldView[] = [];
  for (const [name, value] of [
    ['Version', board.meta.version],
    ['Status', board.meta.status],
    ['Owner', board.meta.owner],
    ['Updated', board.meta.updated],
  ] as const)
    if (value) meta.push({ name, value });
  return {
    title: board.title || board.path,
    path: board.path,
    dialect: board.dialect,
    meta,
    progress: progressOf(board.items),
    columns,
    cardCount: board.items.length,
    dependencies: board.items
      .filter((item) => item.dependsOn.length > 0)
      .map((item) => ({
        card: site.linkTo(board, board, item),
        dependsOn: (cards.get(item) as CardView).details.dependsOn,
      })),
    diagnostics,
    counts: counts(own),
  };
}

/** The view of the index page: every board with its progress, and findings about non-board files. */
export function indexView(workspace: Workspace, site: SiteMap): IndexView {
  const paths = new Set(workspace.boards.map((b) => b.path));
  const loose = workspace.diagnostics.filter((d) => !paths.has(d.path));
  return {
    boards: workspace.boards.map((board) => ({
      title: board.title || board.path,
      path: board.path,
      dialect: board.dialect,
      href: site.page(board),
      progress: progressOf(board.items),
      counts: counts(workspace.diagnostics.filter((d) => d.path === board.path)),
    })),
    total: progressOf(workspace.boards.flatMap((b) => b.items)),
    diagnostics: loose.map((d) => ({
      ...diagnosticView(d, undefined),
      where: `${d.path}, ${lineText(d)}`,
    })),
    counts: counts(loose),
  };
}
