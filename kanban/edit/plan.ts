import { STATUSES, type Board, type Group, type Item, type Status } from '../../model/types.js';
import { decodeMarkdown } from '../decode.js';
import { readBoardText, type ReadOptions } from '../read.js';
import { StatusMapper } from '../status.js';
import { EditDoc } from './doc.js';
import { editorFor } from './dialects/index.js';
import { EditError } from './errors.js';
import { nextId } from './ids.js';
import { writeListItemStatus } from './items.js';
import { columnFor, describeTargets, findItem, groupsNamed, statusNamed } from './resolve.js';
import { EditSource, type TextEdit } from './source.js';
import type {
  DialectEditor,
  EditContext,
  EditOperation,
  EditPlan,
  FilePatch,
  Placement,
} from './types.js';
import { subtree, verifyChange, type ExpectedChange } from './verify.js';
import { StatusWords } from './words.js';

/** One board file to edit: its workspace-relative path and its bytes as read. */
export interface EditInput {
  path: string;
  bytes: Uint8Array;
  /** How the workspace reads it: limits, the config's status mapping, a dialect override. */
  read: ReadOptions;
  /** Refuse unless the bytes still have this SHA-256 (the file changed since it was read). */
  expectHash?: string;
}

export interface PlanOptions {
  /** Also work out the operation that undoes this one, and check that it restores the bytes. */
  inverse?: boolean;
}

interface Prepared {
  source: EditSource;
  board: Board;
  ctx: EditContext;
  editor: DialectEditor;
}

function prepare(input: EditInput): Prepared {
  const source = new EditSource(input.path, input.bytes, input.read.limits);
  if (input.expectHash && input.expectHash !== source.hash)
    throw new EditError(
      'conflict',
      `${input.path} changed since it was read; read it again and repeat the edit.`,
    );
  const result = readBoardText(source.text, input.path, input.read);
  if (!result.board) {
    const why = result.diagnostics.find((d) => d.fatal)?.message ?? 'it holds no board';
    throw new EditError('unusable', `${input.path} cannot be edited: ${why}`);
  }
  const board = result.board;
  const editor = editorFor(board.dialect);
  if (!editor)
    throw new EditError(
      'unsupported',
      `${input.path} is read as ${board.dialect}, a dialect boardwright reads but does not edit (read-only); change the file by hand.`,
    );
  const mapper = result.mapper ?? input.read.mapper ?? new StatusMapper();
  const doc = new EditDoc(source.text, result.tree);
  const ctx: EditContext = { doc, board, mapper, words: new StatusWords(board, mapper) };
  return { source, board, ctx, editor };
}

/**
 * Plans one operation on one board file: finds the item, asks the board's dialect how to write
 * the change, applies it to the bytes (everything outside the changed span stays as it was:
 * BOM, line endings, encoding, trailing newline), re-reads the result and checks that the board
 * changed exactly as asked. Writes nothing; `applyEdit` writes the patches.
 *
 * Throws `EditError`: `not-found`/`ambiguous` ids, `invalid` arguments, `unsupported` changes
 * the dialect cannot express, `conflict` when `expectHash` no longer matches, `unusable` input,
 * `encoding`/`verify` when the change could not be made cleanly.
 */
export function planEdit(
  input: EditInput,
  operation: EditOperation,
  options: PlanOptions = {},
): EditPlan {
  const p = prepare(input);
  const { board, ctx } = p;
  const { edits, change, summary, item, relocated } = editsFor(p, operation);
  if (edits.length === 0)
    return {
      operation,
      patches: [],
      board,
      ...(item ? { item } : {}),
      summary: `${summary} (already so; nothing to change)`,
    };

  const applied = p.source.apply(edits);
  const decoded = decodeMarkdown(applied.bytes, input.path, input.read.limits);
  if (decoded.text !== applied.text)
    throw new EditError(
      'encoding',
      `${input.path}: the new text cannot be stored the way this file stores text (${describe(p.source)}); the file was left unchanged.`,
    );
  // Read back as the next run will read it: detection included, unless the dialect is set.
  const after = readBoardText(applied.text, input.path, input.read).board;
  if (!after)
    throw new EditError('verify', `${input.path}: the edited file could not be read back.`);
  if (after.dialect !== board.dialect)
    throw new EditError(
      'verify',
      `${input.path}: after this edit the file would read as ${after.dialect} instead of ${board.dialect}; nothing was written. Set the dialect in the config to edit it anyway.`,
    );
  let changed: Item | undefined;
  let at = 0;
  const problem = verifyChange(board, after, change, (i, k) => {
    changed = i;
    at = k;
  });
  if (problem)
    throw new EditError(
      'verify',
      `${input.path}: the edit was not made because ${problem}. This is a boardwright bug; please report it with the file.`,
    );
  const lines = {
    start: ctx.doc.lineAt(Math.min(...edits.map((e) => e.start))),
    end: ctx.doc.lineAt(Math.max(...edits.map((e) => e.end))),
    newEnd: new EditDoc(applied.text).lineAt(
      applied.text.length - (p.source.text.length - Math.max(...edits.map((e) => e.end))),
    ),
  };
  const patch: FilePatch = {
    path: input.path,
    baseHash: p.source.hash,
    before: input.bytes,
    after: applied.bytes,
    span: applied.span,
    lines,
  };
  const plan: EditPlan = { operation, patches: [patch], board: after, summary };
  if (changed) plan.item = changed;
  if (options.inverse && item && changed) {
    // Items outside the changed block keep their order: old index → new index, for new ids.
    const [from, to] = subtree(board.items, board.items.indexOf(item));
    const size = to - from;
    const renamed = (old: Item): string => {
      const i = board.items.indexOf(old);
      const o = i < from ? i : i - size;
      return (after.items[o < at ? o : o + size] ?? old).id;
    };
    const inverse = inverseOf(operation, board, item, changed, renamed, relocated);
    if (inverse) {
      try {
        const back = planEdit({ ...input, bytes: applied.bytes, expectHash: undefined }, inverse);
        const restored = back.patches[0]?.after;
        if (restored && Buffer.compare(Buffer.from(restored), Buffer.from(input.bytes)) === 0)
          plan.inverse = inverse;
      } catch {
        // No clean inverse: the plan simply offers none.
      }
    }
  }
  return plan;
}

function describe(source: EditSource): string {
  const e = source.encoding;
  return [e.charset, e.bom ? 'with BOM' : '', e.mojibake ? 'Mac Roman mojibake' : '']
    .filter(Boolean)
    .join(', ');
}

interface Planned {
  edits: TextEdit[];
  change: ExpectedChange;
  summary: string;
  item?: Item;
  relocated?: boolean;
}

function editsFor(p: Prepared, op: EditOperation): Planned {
  const { board, ctx, editor } = p;
  if (op.op === 'add') return planAdd(p, op);
  const item = findItem(board, op.id);
  const index = board.items.indexOf(item);
  if (op.op === 'tick') {
    const done = op.done ?? true;
    if (!Number.isInteger(op.acceptance) || op.acceptance < 1)
      throw new EditError('invalid', `--acceptance takes a number from 1; got ${op.acceptance}.`);
    return {
      edits: editor.tick(ctx, item, op.acceptance - 1, done),
      change: { index, expect: { acceptance: { index: op.acceptance - 1, done } } },
      summary: `${done ? 'Tick' : 'Untick'} acceptance criterion ${op.acceptance} of ${item.id}`,
      item,
    };
  }
  if (op.op === 'set') return planSet(p, item, index, op.values);
  const placement = placementOf(board, op);
  if (op.op === 'status') return planStatus(p, item, index, op.status, placement);
  if (item.parent)
    throw new EditError(
      'unsupported',
      `${board.path}:${item.position.line}: ${item.id} is nested under ${item.parent}; move ${item.parent} instead, or give a status.`,
    );
  // move: a group by name first, else a status.
  const status = statusNamed(op.to, ctx.mapper);
  const exact = (STATUSES as readonly string[]).includes(op.to.trim().toLowerCase());
  // On boards where status is not a place, a plain status word means the status, not a section.
  const group = exact && !editor.columns ? undefined : groupsNamed(board, op.to, item)[0];
  if (group && (editor.columns || !status || group.kind !== 'column')) {
    if (group.id === item.group && !placement.before && !placement.after)
      return {
        edits: [],
        change: { index, expect: {} },
        summary: `${item.id} is in ${group.title}`,
        item,
      };
    if (editor.relocate) {
      const expect: ExpectedChange['expect'] = { group: group.id };
      if (group.status && editor.columns) expect.status = group.status;
      else {
        // Between milestones, phases and sections the item keeps its status; a status heading
        // on such a board ("## Won't do") would change it behind the item's own marks.
        const from = board.groups.find((g) => g.id === item.group);
        const column = [from, group].find((g) => g?.kind === 'column');
        if (column)
          throw new EditError(
            'unsupported',
            `${board.path}: "${column.title}" is a status heading on this ${board.dialect} board; boardwright moves items between its milestones and sections, and sets status with a status word (e.g. --to ${column.status ?? 'done'}).`,
          );
        expect.status = item.status;
      }
      return {
        edits: editor.relocate(ctx, item, group, placement),
        change: { index, expect, relocates: true },
        summary: `Move ${item.id} to ${group.title}`,
        item,
        relocated: true,
      };
    }
    if (group.status) return planStatus(p, item, index, group.status, placement);
    throw new EditError(
      'unsupported',
      `${board.path}: ${board.dialect} boards cannot move items between groups; give a status instead (${describeTargets(board, item)}).`,
    );
  }
  if (status) return planStatus(p, item, index, status, placement);
  throw new EditError(
    'invalid',
    `${board.path}: "${op.to}" names no column, group or status of this board. Try one of: ${describeTargets(board, item)}.`,
  );
}

function placementOf(board: Board, op: { before?: string; after?: string }): Placement {
  const out: Placement = {};
  if (op.before) out.before = findItem(board, op.before);
  if (op.after) out.after = findItem(board, op.after);
  return out;
}

function planStatus(
  p: Prepared,
  item: Item,
  index: number,
  status: Status,
  placement: Placement,
): Planned {
  const { board, ctx, editor } = p;
  if (item.status === status && !placement.before && !placement.after)
    return { edits: [], change: { index, expect: {} }, summary: `${item.id} is ${status}`, item };
  // A card's nested checkboxes are its steps: they keep their place and tick in their box.
  const nested = editor.columns && item.parent !== undefined;
  const edits = nested
    ? writeListItemStatus(ctx, item, status, { add: 'none', name: 'steps of a card' })
    : editor.setStatus(ctx, item, status, placement);
  let relocated = false;
  const expect: ExpectedChange['expect'] = { status };
  if (editor.columns && !nested) {
    const column = columnFor(board, item, status);
    if (column && column.id !== item.group) {
      expect.group = column.id;
      relocated = true;
    }
  }
  return {
    edits,
    change: { index, expect, relocates: relocated || (editor.columns && !nested) },
    summary: `Set ${item.id} to ${status}`,
    item,
    relocated,
  };
}

/** Field names the reader gives a property of their own (see kanban/builder.ts). */
const ROLES: ReadonlyArray<readonly [RegExp, 'assignee' | 'priority' | 'branch' | 'fixed']> = [
  [/^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i, 'assignee'],
  [/^(?:priority|prio)$/i, 'priority'],
  [/^branch$/i, 'branch'],
  [/^(?:files?|paths?|extend|location|labels?|tags?|status|state)$/i, 'fixed'],
];

function planSet(p: Prepared, item: Item, index: number, values: Record<string, string>): Planned {
  const { ctx, editor } = p;
  const rest = { ...values };
  const statusKey = Object.keys(rest).find((k) => /^(?:status|state)$/i.test(k));
  const statusWord = statusKey === undefined ? undefined : rest[statusKey];
  if (statusKey !== undefined) delete rest[statusKey];
  const edits: TextEdit[] = [];
  const expect: ExpectedChange['expect'] = {};
  let relocates = false;
  if (statusWord !== undefined) {
    const status = statusNamed(statusWord, ctx.mapper);
    if (!status)
      throw new EditError(
        'invalid',
        `"${statusWord}" is not a status. Use one of: backlog, ready, in-progress, review, blocked, done, cancelled.`,
      );
    if (status !== item.status) {
      const planned = planStatus(p, item, index, status, {});
      edits.push(...planned.edits);
      Object.assign(expect, planned.change.expect);
      relocates = planned.change.relocates ?? false;
    }
  }
  if (Object.keys(rest).length) {
    if (!editor.setFields)
      throw new EditError(
        'unsupported',
        `${p.board.path}: ${p.board.dialect} items carry no fields boardwright can write.`,
      );
    edits.push(...editor.setFields(ctx, item, rest));
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(rest)) {
      const role = ROLES.find(([re]) => re.test(k))?.[1];
      if (role === 'fixed')
        throw new EditError('unsupported', `set cannot write "${k}" yet; edit the file for that.`);
      if (role) expect[role] = v;
      else fields[k] = v;
    }
    if (Object.keys(fields).length) expect.fields = fields;
  }
  return {
    edits,
    change: { index, expect, relocates },
    summary: `Set ${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')} on ${item.id}`,
    item,
  };
}

function planAdd(p: Prepared, op: Extract<EditOperation, { op: 'add' }>): Planned {
  const { board, ctx, editor } = p;
  const title = op.title.replace(/\s+/g, ' ').trim();
  if (!title) throw new EditError('invalid', 'The new item needs a title.');
  const after = op.after ? findItem(board, op.after) : undefined;
  let group: Group | undefined;
  let status: Status | undefined = op.status;
  if (op.to) {
    const named = groupsNamed(board, op.to, after);
    group = named[0];
    if (!group) {
      status ??= statusNamed(op.to, ctx.mapper);
      const near = after ?? board.items.find((i) => !i.parent);
      if (status && editor.columns && near) group = columnFor(board, near, status);
      if (!group && !status)
        throw new EditError('invalid', `${board.path}: "${op.to}" names no group of this board.`);
    }
  } else if (after) {
    group = board.groups.find((g) => g.id === after.group);
  } else if (editor.columns) {
    group = board.groups.find((g) => g.kind === 'column');
  }
  if (!group && !after && !status)
    throw new EditError(
      'invalid',
      `${board.path}: say where the new item goes: --to a group or --after an item.`,
    );
  if (group && editor.columns && group.kind !== 'column') {
    const section = group;
    const wanted = status ?? 'backlog';
    group = board.groups.find(
      (g) => g.parent === section.id && g.kind === 'column' && g.status === wanted,
    );
    if (!group)
      throw new EditError(
        'invalid',
        `${board.path}: ${section.title} has no column that says "${wanted}".`,
      );
  }
  if (group && after && after.group !== group.id)
    throw new EditError(
      'invalid',
      `${board.path}: ${after.id} is not in ${group.title}; give --to or --after, or both naming the same place.`,
    );
  // Beside a nested step the new item is a step too: it takes its box, not its column's status.
  if (!after?.parent) status ??= editor.columns && group?.status ? group.status : undefined;
  const id = op.id ?? (editor.needsId || hasIds(board) ? nextId(board, group, after) : undefined);
  if (op.id && board.items.some((i) => i.id === op.id))
    throw new EditError('invalid', `${board.path}: the id ${op.id} is taken.`);
  if (editor.needsId && !id)
    throw new EditError('invalid', `${board.path}: items here need an id; give one with --id.`);
  const edits = editor.add(ctx, {
    title,
    ...(group ? { group } : {}),
    ...(after ? { after } : {}),
    ...(id ? { id } : {}),
    ...(op.kind ? { kind: op.kind } : {}),
    ...(status ? { status } : {}),
  });
  const expect: ExpectedChange['expect'] = {};
  if (id) expect.id = id;
  const groupId = group?.id ?? after?.group;
  if (groupId) expect.group = groupId;
  if (status) expect.status = status;
  return {
    edits,
    change: { expect },
    summary: `Add ${id ? `${id} ` : ''}"${title}"${group ? ` to ${group.title}` : ''}`,
  };
}

function hasIds(board: Board): boolean {
  const top = board.items.filter((i) => !i.parent);
  return top.length > 0 && top.filter((i) => !i.generatedId).length * 2 > top.length;
}

/** The operation that undoes `op`, from the item's place before and after. */
function inverseOf(
  op: EditOperation,
  board: Board,
  before: Item,
  after: Item,
  renamed: (old: Item) => string,
  relocated?: boolean,
): EditOperation | undefined {
  if (op.op === 'tick')
    return { op: 'tick', id: after.id, acceptance: op.acceptance, done: !(op.done ?? true) };
  if (op.op !== 'move' && op.op !== 'status') return undefined;
  const siblings = board.items.filter(
    (i) => i.group === before.group && i.parent === before.parent,
  );
  const at = siblings.indexOf(before);
  const next = siblings[at + 1];
  const prev = siblings[at - 1];
  const place: { before?: string; after?: string } = {};
  if (next) place.before = renamed(next);
  else if (prev) place.after = renamed(prev);
  if (!relocated && after.group === before.group)
    return { op: 'status', id: after.id, status: before.status, ...place };
  const group = board.groups.find((g) => g.id === before.group);
  if (!group) return undefined;
  return { op: 'move', id: after.id, to: group.id, ...place };
}
