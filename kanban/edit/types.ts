import type { Board, Group, Item, Status } from '../../model/types.js';
import type { StatusMapper } from '../status.js';
import type { EditDoc } from './doc.js';
import type { ByteSpan, TextEdit } from './source.js';
import type { StatusWords } from './words.js';

/**
 * One change to a board, as the CLI, the GitHub sync and agent tooling ask for it. Ids are item
 * ids as the model gives them (`BSP-012`, `M1.1.1`, `1.2.3`, generated `A.3` on boards without
 * ids). Positions (`before`, `after`) name sibling items.
 *
 * - `move`: to a column or section (`to` names a group by title, id or number) or to a status
 *   (`to` is a status word: `done`, `In Progress`…). Column boards move the item's whole block;
 *   other boards write the status the way they already write it.
 * - `status`: set the status (what `done` and `reopen` do).
 * - `set`: write fields (`assignee`, `priority`, `status`, any other name) in the item's form.
 * - `add`: a new item with `title`, in the group `to` or after the item `after`; `id` is the next
 *   id in the board's own scheme unless given.
 * - `tick`: tick (or, with `done: false`, untick) acceptance criterion `acceptance` (1-based).
 */
export type EditOperation =
  | { op: 'move'; id: string; to: string; before?: string; after?: string }
  | { op: 'status'; id: string; status: Status; before?: string; after?: string }
  | { op: 'set'; id: string; values: Record<string, string> }
  | {
      op: 'add';
      title: string;
      to?: string;
      id?: string;
      after?: string;
      kind?: string;
      status?: Status;
    }
  | { op: 'tick'; id: string; acceptance: number; done?: boolean };

/** Where an item goes among its new siblings; the end of the group when neither is given. */
export interface Placement {
  before?: Item;
  after?: Item;
}

/** What an edit module works with: the file's text and mdast, the board read from it, its words. */
export interface EditContext {
  doc: EditDoc;
  board: Board;
  mapper: StatusMapper;
  words: StatusWords;
}

/** A request to add an item, resolved to a group and a final id. */
export interface AddRequest {
  title: string;
  group?: Group;
  after?: Item;
  /** The id to write; undefined on boards whose items carry none. */
  id?: string;
  kind?: string;
  status?: Status;
}

/**
 * How one dialect writes edits. Every method returns text edits on `ctx.doc.text` and never
 * writes; a change the dialect cannot express throws `EditError` (`unsupported`) saying why.
 */
export interface DialectEditor {
  dialect: string;
  /** True when the board's columns (or status sections) are the status: a move cuts and pastes. */
  columns: boolean;
  setStatus(ctx: EditContext, item: Item, status: Status, placement?: Placement): TextEdit[];
  /** Moves an item into another group (column, milestone, phase, section). */
  relocate?(ctx: EditContext, item: Item, group: Group, placement?: Placement): TextEdit[];
  setFields?(ctx: EditContext, item: Item, values: Record<string, string>): TextEdit[];
  add(ctx: EditContext, request: AddRequest): TextEdit[];
  tick(ctx: EditContext, item: Item, index: number, done: boolean): TextEdit[];
  /** Ids for new items: true when items must carry one (the reader skips lines without). */
  needsId: boolean;
}

/** One file's change: what it was (hash), what it becomes, and the one span that differs. */
export interface FilePatch {
  /** Workspace-relative path, as in the model. */
  path: string;
  /** SHA-256 of the bytes the edit was made on; absent for a file the edit creates. */
  baseHash?: string;
  before: Uint8Array;
  after: Uint8Array;
  /** Byte span of the change in `before` (`start`…`end`) and `after` (`start`…`newEnd`). */
  span: ByteSpan;
  /** 1-based lines of the span in the old and the new file. */
  lines: { start: number; end: number; newEnd: number };
}

/** The outcome of planning one operation: patches to write, and the board as it will read. */
export interface EditPlan {
  operation: EditOperation;
  /** Empty when the board already is as asked (e.g. `done` on a done item). */
  patches: FilePatch[];
  /** The board as re-read from the new bytes (the old board when nothing changes). */
  board: Board;
  /** The item the operation changed or added, as re-read. */
  item?: Item;
  /** One sentence saying what changes, for people. */
  summary: string;
  /** An operation that undoes this one byte for byte, where there is one. */
  inverse?: EditOperation;
}
