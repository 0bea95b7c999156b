import type { Board, Group, Item, Status } from '../../model/types.js';
import { BACKLOG_MD_DIALECT } from '../backlog-md/board.js';
import { parseBacklogTask, type BacklogTask } from '../backlog-md/task.js';
import type { ReadLimits } from '../limits.js';
import { StatusMapper } from '../status.js';
import { EditDoc } from './doc.js';
import { EditError } from './errors.js';
import { findItem, statusNamed } from './resolve.js';
import { EditSource, type TextEdit } from './source.js';
import type { EditOperation, EditPlan, FilePatch } from './types.js';

/** A Backlog.md board to edit, as the workspace read it, and how to get at its task files. */
export interface BacklogEditInput {
  /** A `backlog-md` board: items point at their task files (`position.path`). */
  board: Board;
  /** A workspace file's bytes (`backlog/tasks/task-7 - Title.md`). */
  readFile(path: string): Uint8Array;
  limits: ReadLimits;
  /** The config's status mapping, for status words (`--to wip`). */
  mapper?: StatusMapper;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const STATUS_LINE = /^status[ \t]*:[ \t]*(.*?)[ \t]*$/dm;
const CRITERION = /^(\s*[-*+]\s+\[)([ xX])(\])/;

/**
 * Plans one operation on a Backlog.md project: the task's own file changes, the way Backlog.md
 * writes it — `status:` in the front matter takes the name of a column of the project's
 * `config.yml` (`move --to "In Progress"`, `done`, `reopen`, `set status=…`), and `tick` checks
 * acceptance criterion N (`- [x] #N …`). Every other byte of the file stays. Writes nothing;
 * `applyEdit` writes the patch.
 *
 * Throws `EditError`: `not-found`/`ambiguous` ids; `invalid` when no column of the project says
 * the status asked for; `unsupported` for `add` (a task is a file of its own: `backlog task
 * create` numbers it) and for fields other than status (`backlog task edit` writes them);
 * `verify` when the task file would not read back as asked.
 */
export function planBacklogEdit(input: BacklogEditInput, operation: EditOperation): EditPlan {
  const { board } = input;
  if (board.dialect !== BACKLOG_MD_DIALECT)
    throw new EditError('invalid', `${board.path} is not a Backlog.md project.`);
  if (operation.op === 'add')
    throw new EditError(
      'unsupported',
      `${board.path}: a Backlog.md task is a file of its own; create it with \`backlog task create "${operation.title}"\`, then move or tick it with boardwright.`,
    );
  const item = findItem(board, operation.id);
  const path = item.position.path;
  if (!path) throw new EditError('verify', `${board.path}: ${item.id} names no task file.`);
  const mapper = input.mapper ?? new StatusMapper();
  const bytes = input.readFile(path);
  const source = new EditSource(path, bytes, input.limits);
  const doc = new EditDoc(source.text);
  const prefix = (/^([A-Za-z]+)-/.exec(item.id)?.[1] ?? 'task').toLowerCase();
  const before = parseBacklogTask(source.text, prefix);
  if ('message' in before)
    throw new EditError('unusable', `${path} cannot be edited: ${before.message}.`);

  let edits: TextEdit[];
  let summary: string;
  let column: Group | undefined;
  let tick: { index: number; done: boolean } | undefined;
  if (operation.op === 'tick') {
    const done = operation.done ?? true;
    const index = operation.acceptance - 1;
    const criterion = item.acceptance[index];
    if (!Number.isInteger(operation.acceptance) || !criterion)
      throw new EditError(
        'invalid',
        `${item.id} has ${item.acceptance.length} acceptance criteria; there is no number ${operation.acceptance}.`,
      );
    const m = CRITERION.exec(doc.lineText(criterion.line));
    if (!m)
      throw new EditError(
        'verify',
        `${path}:${criterion.line}: criterion ${index + 1} is not a checkbox.`,
      );
    const at = doc.lineStart(criterion.line) + (m[1] as string).length;
    edits = (m[2] !== ' ') === done ? [] : [{ start: at, end: at + 1, text: done ? 'x' : ' ' }];
    summary = `${done ? 'Tick' : 'Untick'} acceptance criterion ${operation.acceptance} of ${item.id}`;
    tick = { index, done };
  } else {
    column = targetColumn(board, item, operation, mapper);
    summary = `${operation.op === 'move' ? 'Move' : 'Set'} ${item.id} to ${column.title}`;
    edits = column.id === item.group ? [] : [statusEdit(doc, path, column.title)];
  }
  if (edits.length === 0)
    return {
      operation,
      patches: [],
      board,
      item,
      summary: `${summary} (already so; nothing to change)`,
    };

  const applied = source.apply(edits);
  const after = parseBacklogTask(applied.text, prefix);
  const problem = 'message' in after ? after.message : changedWrongly(before, after, column, tick);
  if (problem)
    throw new EditError(
      'verify',
      `${path}: the edit was not made because ${problem}. This is a boardwright bug; please report it with the file.`,
    );
  const newDoc = new EditDoc(applied.text);
  const end = Math.max(...edits.map((e) => e.end));
  const patch: FilePatch = {
    path,
    baseHash: source.hash,
    before: bytes,
    after: applied.bytes,
    span: applied.span,
    lines: {
      start: doc.lineAt(Math.min(...edits.map((e) => e.start))),
      end: doc.lineAt(end),
      newEnd: newDoc.lineAt(applied.text.length - (source.text.length - end)),
    },
  };
  const next = boardAfter(board, item, column, tick);
  return {
    operation,
    patches: [patch],
    board: next.board,
    item: next.item,
    summary,
    ...(operation.op === 'tick'
      ? { inverse: { ...operation, done: !(operation.done ?? true) } }
      : item.group
        ? { inverse: { op: 'move' as const, id: item.id, to: groupTitle(board, item.group) } }
        : {}),
  };
}

function groupTitle(board: Board, id: string): string {
  return board.groups.find((g) => g.id === id)?.title ?? id;
}

/** The column a status operation names: a column title (any case), else a status word. */
function targetColumn(
  board: Board,
  item: Item,
  op: Exclude<EditOperation, { op: 'add' } | { op: 'tick' }>,
  mapper: StatusMapper,
): Group {
  const columns = board.groups.filter((g) => g.kind === 'column');
  const names = columns.map((g) => g.title).join(', ');
  let word: string | undefined;
  let status: Status | undefined;
  if (op.op === 'move') word = op.to;
  else if (op.op === 'status') status = op.status;
  else {
    const keys = Object.keys(op.values);
    const other = keys.find((k) => !/^(?:status|state)$/i.test(k));
    if (other)
      throw new EditError(
        'unsupported',
        `${board.path}: boardwright writes the status and acceptance criteria of Backlog.md tasks; set "${other}" with \`backlog task edit ${item.id} …\`.`,
      );
    word = op.values[keys[0] as string];
  }
  if (word !== undefined) {
    const wanted = word.trim().toLowerCase();
    const named = columns.find((g) => g.title.toLowerCase() === wanted || g.id === wanted);
    if (named) return named;
    status = statusNamed(word, mapper);
    if (!status)
      throw new EditError(
        'invalid',
        `${board.path}: "${word}" names no status of this Backlog.md project. Its statuses: ${names}.`,
      );
  }
  // Not started is "backlog" or "ready" by the words a project uses ("To Do" reads as ready).
  const open = (s: Status | undefined): boolean => s === 'backlog' || s === 'ready';
  const found =
    columns.find((g) => g.status === status) ??
    (open(status) ? columns.find((g) => open(g.status)) : undefined);
  if (!found)
    throw new EditError(
      'invalid',
      `${board.path}: no status of this Backlog.md project reads as "${status}"; its statuses (config.yml) are: ${names}. Name one with move --to.`,
    );
  return found;
}

/** The edit that writes `status: <title>` into the task's front matter, quoting as YAML needs. */
function statusEdit(doc: EditDoc, path: string, title: string): TextEdit {
  const fm = FRONT_MATTER.exec(doc.text);
  if (!fm) throw new EditError('unusable', `${path} has no front matter to write the status in.`);
  const body = fm[1] as string;
  const bodyStart = 4; // after "---\n"
  const m = STATUS_LINE.exec(body);
  if (m) {
    const [from, to] = m.indices![1]!;
    const current = body.slice(from, to);
    const quote = /^(['"])/.exec(current)?.[1];
    const text = quote ? quoted(title, quote) : plainOrQuoted(title);
    return { start: bodyStart + from, end: bodyStart + to, text };
  }
  // No status yet: a line after the title (Backlog.md's order), else at the end.
  const titleLine = /^title[ \t]*:.*$/m.exec(body);
  const at = titleLine
    ? bodyStart + titleLine.index + titleLine[0].length + 1
    : bodyStart + body.length + 1;
  return { start: at, end: at, text: `status: ${plainOrQuoted(title)}\n` };
}

function quoted(text: string, quote: string): string {
  return quote === "'" ? `'${text.replace(/'/g, "''")}'` : JSON.stringify(text);
}

/** A status as a plain YAML scalar where that reads back as the same text, else double-quoted. */
function plainOrQuoted(text: string): string {
  const plain =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(text) &&
    !/:\s|\s$/.test(text) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+]?\d[\d._]*(?:e[-+]?\d+)?)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

/** What differs between the task before and after that should not; undefined when all is as asked. */
function changedWrongly(
  before: BacklogTask,
  after: BacklogTask,
  column: Group | undefined,
  tick: { index: number; done: boolean } | undefined,
): string | undefined {
  if (after.id !== before.id || after.title !== before.title)
    return 'the task id or title would change';
  if (column && after.status !== column.title)
    return `the task would read "${after.status}" instead of "${column.title}"`;
  if (!column && after.status !== before.status) return 'the status would change';
  if (after.acceptance.length !== before.acceptance.length)
    return 'the acceptance criteria would change';
  for (let i = 0; i < after.acceptance.length; i++) {
    const a = after.acceptance[i]!;
    const b = before.acceptance[i]!;
    const done = tick && tick.index === i ? tick.done : b.done;
    if (a.text !== b.text || a.done !== done)
      return `acceptance criterion ${i + 1} would not read as asked`;
  }
  return undefined;
}

/** The board as it reads after the change: the item in its new column, or with the box ticked. */
function boardAfter(
  board: Board,
  item: Item,
  column: Group | undefined,
  tick: { index: number; done: boolean } | undefined,
): { board: Board; item: Item } {
  const next = structuredClone(board);
  const changed = next.items[board.items.indexOf(item)]!;
  if (column) {
    changed.group = column.id;
    changed.status = column.status ?? changed.status;
    changed.done = changed.status === 'done';
    changed.rawStatus = column.title;
    for (const e of changed.statusEvidence)
      if (e.source === 'column') {
        e.raw = column.title;
        if (column.status) e.status = column.status;
        else delete e.status;
      }
  }
  if (tick) changed.acceptance[tick.index]!.done = tick.done;
  return { board: next, item: changed };
}
