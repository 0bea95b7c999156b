import type { Table, TableRow } from 'mdast';
import type { Status } from '../../model/types.js';
import type { BoardBuilder, FieldInput, ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { plain } from '../mdast.js';
import { StatusMapper } from '../status.js';
import {
  enterSectionHeading,
  GroupStack,
  allListItems,
  recordTaskItem,
  splitStatusSuffix,
  walkSections,
} from './shared.js';

/**
 * Task tables: GitHub tables whose rows are work items, with a status column — `| ID | Task |
 * Status |` trackers, phase tables (`| Phase | Status |` with "Complete / In progress / Not
 * started"), and progress tables (`| Feature | Progress |` with `3/5` or `80%`). Status cells
 * are words (`Done`, `In Progress`, `Blocked`), emoji (✅ 🟡 ⏳ ❌ 🔄) or both, check marks
 * (`✓`, `[x]`), fractions and percentages.
 *
 * A table counts when its header names a status column (`Status`, `State`, `Progress`, `Done`,
 * `Complete`) and a title column, and it is not a legend (`| Symbol | Meaning |`). Comparison
 * matrices (`| Feature | ours | theirs |` with ✅ ❌) have no status column and are never boards.
 */

const STATUS_HEADER = /^(?:status|state|progress|done|complete[d]?|✓|✔️?)$/i;
const ID_HEADER = /^(?:id|#|no\.?|key|task id|ticket|issue|ref|requirement|req(?: id)?)$/i;
const TITLE_HEADER =
  /^(?:task|tasks|title|item|feature|name|description|phase|milestone|deliverable|story|epic|component|work item|step|goal|objective|area|module|todo|what)$/i;
const LEGEND_HEADER = /^(?:symbol|icon|emoji|marker|legend|meaning|key|glyph|badge)$/i;
const PRIORITY_HEADER = /^(?:priority|prio|p)$/i;
const OWNER_HEADER = /^(?:owner|assignee|assigned(?: to)?|who|lead)$/i;
const DEPENDS_HEADER = /^(?:depends(?: on)?|dependencies|deps|blocked by|after)$/i;
const LABELS_HEADER = /^(?:labels?|tags?|type)$/i;

/** The columns of a task table, by role; undefined when the table is not one. */
export interface TaskTableColumns {
  status: number;
  title: number;
  id?: number;
  priority?: number;
  owner?: number;
  depends?: number;
  labels?: number;
  headers: string[];
}

const cellText = (row: TableRow, i: number | undefined): string =>
  i === undefined ? '' : plain(row.children[i] ?? []);

/** A title compared loosely: lower case, emoji, punctuation and status words in brackets dropped. */
const normTitle = (t: string): string =>
  t
    .toLowerCase()
    .replace(/\((?:complete|completed|in progress|done|planned|not started)\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** `URL-01: text` (the bold marks already gone): an id-led checkbox, as requirement lists write. */
const BOXED_ID = /^([A-Z][A-Z0-9]*-\d+(?:\.\d+)*)\s*[:—–-]\s*(.*)$/;

const normHeader = (h: string): string => h.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** Reads a table's header; undefined unless it has a status column and a title column. */
export function taskTableColumns(table: Table): TaskTableColumns | undefined {
  const head = table.children[0];
  if (!head || table.children.length < 2) return undefined;
  const headers = head.children.map((c) => normHeader(plain(c)));
  if (headers.some((h) => LEGEND_HEADER.test(h))) return undefined;
  const status = headers.findIndex((h) => STATUS_HEADER.test(h));
  if (status === -1) return undefined;
  const find = (re: RegExp): number | undefined => {
    const i = headers.findIndex((h, j) => j !== status && re.test(h));
    return i === -1 ? undefined : i;
  };
  const id = find(ID_HEADER);
  let title = find(TITLE_HEADER);
  // Without a named title column, the first column that is neither id nor status.
  if (title === undefined) {
    const i = headers.findIndex((h, j) => j !== status && j !== id && h !== '');
    if (i === -1) return undefined;
    title = i;
  }
  const cols: TaskTableColumns = { status, title, headers };
  if (id !== undefined && id !== title) cols.id = id;
  const priority = find(PRIORITY_HEADER);
  if (priority !== undefined) cols.priority = priority;
  const owner = find(OWNER_HEADER);
  if (owner !== undefined) cols.owner = owner;
  const depends = find(DEPENDS_HEADER);
  if (depends !== undefined) cols.depends = depends;
  const labels = find(LABELS_HEADER);
  if (labels !== undefined && labels !== title) cols.labels = labels;
  return cols;
}

/**
 * A status cell's canonical status: check marks and `[x]` are done, `n/n` and `100%` done, `0/n`
 * and `0%` not started, other fractions and percentages in progress; otherwise the mapper's
 * reading of the words and emoji. Undefined for an empty or unreadable cell.
 */
export function statusCell(text: string, mapper: StatusMapper): Status | undefined {
  const t = text.trim();
  if (!t || /^[-–—]$/.test(t)) return undefined;
  if (/^(?:✓|✔️?|☑️?|\[x\]|x|yes|y)$/i.test(t)) return 'done';
  if (/^(?:\[ \]|no|n)$/i.test(t)) return 'backlog';
  const frac = /^(\d+)\s*\/\s*(\d+)\b/.exec(t);
  if (frac) {
    const [done, all] = [Number(frac[1]), Number(frac[2])];
    if (all > 0 && done >= all) return 'done';
    if (done === 0) return mapper.map(t.slice(frac[0].length)) ?? 'backlog';
    return 'in-progress';
  }
  const pct = /^(\d{1,3})\s*%/.exec(t);
  if (pct) {
    const n = Number(pct[1]);
    return n >= 100 ? 'done' : n === 0 ? 'backlog' : 'in-progress';
  }
  return mapper.map(t.replace(/^✓\s*/, '✅ '));
}

/**
 * The table's columns when it reads as a task table: a status and a title column, and most
 * filled status cells (three in five) read as a status — so that a results table with
 * `pass` / `fail` cells, or a matrix of prose, is not taken for one.
 */
export function taskTableOf(table: Table, mapper: StatusMapper): TaskTableColumns | undefined {
  const columns = taskTableColumns(table);
  if (!columns) return undefined;
  let filled = 0;
  let read = 0;
  for (const row of table.children.slice(1)) {
    const cell = cellText(row, columns.status);
    if (!cell || /^[-–—]$/.test(cell)) continue;
    filled++;
    // A status is a word or three ("✅ Done", "In progress", "REVISED — not needed"), not prose.
    if (cell.split(/\s+/).length <= 5 && statusCell(cell, mapper) !== undefined) read++;
  }
  return filled > 0 && read >= filled * 0.6 ? columns : undefined;
}

/** Every top-level table of the tree that reads as a task table, with its columns. */
export function taskTables(
  nodes: readonly { type: string }[],
  mapper: StatusMapper = new StatusMapper(),
): Array<{ table: Table; columns: TaskTableColumns }> {
  const out: Array<{ table: Table; columns: TaskTableColumns }> = [];
  for (const node of nodes) {
    if (node.type !== 'table') continue;
    const columns = taskTableOf(node as Table, mapper);
    if (columns) out.push({ table: node as Table, columns });
  }
  return out;
}

/** Rows of the task tables whose status cell reads as a status. */
function statusRows(tables: Array<{ table: Table; columns: TaskTableColumns }>): number {
  const mapper = new StatusMapper();
  let n = 0;
  for (const { table, columns } of tables)
    for (const row of table.children.slice(1))
      if (statusCell(cellText(row, columns.status), mapper) !== undefined) n++;
  return n;
}

/**
 * Records one item per row of a task table (rows without a title are skipped). The status cell
 * is the item's column-like evidence; other columns are fields.
 */
export function recordTableRows(
  board: BoardBuilder,
  table: Table,
  columns: TaskTableColumns,
  context: { group?: ItemSpec['group'] },
  sections: ReadonlySet<string> = new Set(),
  listed: ReadonlySet<string> = new Set(),
): void {
  for (const row of table.children.slice(1)) {
    const title = cellText(row, columns.title);
    if (!title || sections.has(normTitle(title))) continue;
    // A traceability row for an item the file already lists as a checkbox is the same item.
    const rowId = (cellText(row, columns.id) || title).replace(/^#/, '');
    if (listed.has(rowId.toUpperCase())) continue;
    const rawStatus = cellText(row, columns.status);
    const evidence = [];
    if (rawStatus) {
      const status = statusCell(rawStatus, board.mapper);
      const line = row.position?.start.line ?? 1;
      evidence.push(
        status
          ? { source: 'field' as const, raw: rawStatus, status, line }
          : { source: 'field' as const, raw: rawStatus, line },
      );
    }
    const fields: FieldInput[] = [];
    const line = row.position?.start.line ?? 1;
    columns.headers.forEach((name, i) => {
      if (!name || i === columns.title || i === columns.status || i === columns.id) return;
      const value = cellText(row, i);
      if (value) fields.push({ name, value, line });
    });
    const spec: ItemSpec = { title, node: row, evidence, fields };
    const id = cellText(row, columns.id).replace(/^#/, '');
    if (id && /^[\w.-]{1,40}$/.test(id)) spec.id = id;
    // `1.2 Title` carries its id in the title cell.
    const lead = columns.id === undefined ? /^(\d+(?:\.\d+)+)\s+(\S.*)$/.exec(title) : null;
    if (lead) {
      spec.id = lead[1] as string;
      spec.title = lead[2] as string;
    }
    if (context.group) spec.group = context.group;
    const { title: bare } = splitStatusSuffix(spec.title, board.mapper);
    if (bare) spec.title = bare;
    if (spec.id && board.recordedItems.some((i) => i.id === spec.id)) delete spec.id;
    board.item(spec);
  }
}

/** The roles the builder gives to `Priority`, `Owner`, `Depends on` and `Labels` fields. */
export const taskTable: Dialect = {
  id: 'task-table',
  title: 'Task tables',
  description:
    'Tables whose rows are work items with a Status / State / Progress column (words, ✅ 🟡 ⏳ ❌, fractions, percentages); phase tables.',
  detect(input) {
    const tables = taskTables(input.tree.children);
    if (!tables.length) return 0;
    const rows = statusRows(tables);
    if (rows < 2) return 0;
    const boxes = allListItems(input.tree).filter((li) => typeof li.checked === 'boolean').length;
    // A summary table over a detailed checklist is the checklist's board, not a table board.
    return 0.3 + 0.4 * (rows / (rows + boxes));
  },
  extract(input, board) {
    // A summary row that names a section of the file ("Phase 1: Packaging") stands for that
    // section's rows; it is not an item of its own.
    const headings = new Set(
      input.tree.children.filter((n) => n.type === 'heading').map((n) => normTitle(plain(n))),
    );
    const listed = new Set(
      allListItems(input.tree)
        .filter((li) => typeof li.checked === 'boolean')
        .map((li) => BOXED_ID.exec(plain(li.children[0] ?? li))?.[1]?.toUpperCase())
        .filter((id): id is string => id !== undefined),
    );
    const stack = new GroupStack();
    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        enterSectionHeading(node, board, stack);
        return;
      }
      const group = stack.current();
      if (node.type === 'table') {
        const columns = taskTableOf(node, board.mapper);
        if (columns)
          recordTableRows(board, node, columns, group ? { group } : {}, headings, listed);
        return;
      }
      if (node.type !== 'list') return;
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        recordTaskItem(board, li, group ? { group } : {}, (spec, text) => {
          const m = BOXED_ID.exec(text);
          if (!m || board.recordedItems.some((i) => i.id === m[1])) return spec;
          return { ...spec, id: m[1] as string, title: (m[2] as string).trim() || text };
        });
      }
    });
  },
};
