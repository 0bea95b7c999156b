import { BOX_LINE, ID_LINE } from '../../dialects/status-log.js';
import { EditError } from '../errors.js';
import { writeListItemStatus } from '../items.js';
import { doneMark } from '../spans.js';
import type { TextEdit } from '../source.js';
import type { DialectEditor } from '../types.js';

/**
 * Status-line logs (`[TASK-12] - Done - 2025-05-28 - Title`, `[x] - done - Title`): the status
 * word between the dashes is rewritten in the log's own words, and a leading `[ ]`/`[x]` follows
 * it. Ordinary checkboxes in the same file are written like any task list. New lines are not
 * added (a log's lines carry dates and ids boardwright cannot know).
 */
export const statusLogEditor: DialectEditor = {
  dialect: 'status-log',
  columns: false,
  needsId: false,
  setStatus(ctx, item, status) {
    const line = item.position.line;
    const text = ctx.doc.lineText(line);
    const start = ctx.doc.lineStart(line);
    const id = new RegExp(ID_LINE.source, 'd').exec(text);
    const box = id ? null : new RegExp(BOX_LINE.source, 'd').exec(text);
    const m = id ?? box;
    if (!m)
      return writeListItemStatus(ctx, item, status, { add: 'field', name: 'task-list items' });
    const word = ctx.words.word('field', status);
    if (!word)
      throw new EditError(
        'unsupported',
        `${ctx.board.path}:${line}: this log has no word for "${status}"; edit the line by hand.`,
      );
    const [from, to] = m.indices![2]!;
    // Keep the log's case: `done` where the lines say `done`.
    const current = text.slice(from, to);
    const written = current === current.toLowerCase() ? word.toLowerCase() : word;
    const edits: TextEdit[] = [];
    if (ctx.words.statusOf(current) !== status)
      edits.push({ start: start + from, end: start + to, text: written });
    if (box) {
      const at = start + m.indices![1]![0];
      const mark = status === 'done' ? doneMark(ctx.doc) : ' ';
      if (text[m.indices![1]![0]] !== mark) edits.push({ start: at, end: at + 1, text: mark });
    }
    return edits;
  },
  add(ctx) {
    throw new EditError(
      'unsupported',
      `${ctx.board.path}: boardwright does not add lines to status logs; write the line by hand.`,
    );
  },
  tick(ctx, item) {
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${item.position.line}: status-log lines carry no acceptance criteria.`,
    );
  },
};
