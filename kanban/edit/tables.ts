import type { Table, TableCell, TableRow } from 'mdast';
import type { Status } from '../../model/types.js';
import { EditError } from './errors.js';
import type { TextEdit } from './source.js';
import type { EditContext } from './types.js';

/** Table rows as edits see them: the row a model item was read from, and its cells' spans. */

/** The top-level table row that starts on `line`, with its table; undefined when none does. */
export function tableRowAt(
  ctx: EditContext,
  line: number,
): { table: Table; row: TableRow } | undefined {
  for (const node of ctx.doc.tree.children) {
    const p = node.position;
    if (node.type !== 'table' || !p || p.start.line > line || p.end.line < line) continue;
    const row = node.children.find((r) => r.position?.start.line === line);
    if (row) return { table: node, row };
  }
  return undefined;
}

/**
 * The edit that makes a cell read `text`: its content (inline nodes, without the pipes and the
 * padding around them) replaced, or, in an empty cell, `text` put after the cell's pipe with a
 * space each side. Throws `EditError` (`unsupported`) for a cell the row does not have.
 */
export function setCellText(ctx: EditContext, cell: TableCell | undefined, text: string): TextEdit {
  if (!cell?.position)
    throw new EditError('unsupported', `${ctx.board.path}: the row has no cell to write into.`);
  const kids = cell.children;
  const first = kids[0]?.position;
  const last = kids[kids.length - 1]?.position;
  if (first && last) return { start: first.start.offset!, end: last.end.offset!, text };
  // An empty cell spans its leading pipe and the white space after it.
  const start = cell.position.start.offset!;
  const at = ctx.doc.text[start] === '|' ? start + 1 : start;
  const pad = ctx.doc.text[at] === ' ' ? '' : ' ';
  return { start: at, end: at, text: ` ${text}${pad}` };
}

/**
 * The text a status cell of this board takes for `status`: the board's own most common cell text
 * for it (`✅ Done`, `Complete`), else a word in the board's style that reads back as `status`.
 */
export function cellWord(ctx: EditContext, status: Status, what: string): string {
  const word = ctx.words.word('field', status);
  if (!word)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}: ${what} has no word for "${status}" that reads back as it; edit the cell by hand.`,
    );
  return word;
}
