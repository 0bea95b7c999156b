import { taskTableOf } from '../../dialects/task-table.js';
import { EditError } from '../errors.js';
import { tickAcceptance, writeListItemStatus } from '../items.js';
import { cellWord, setCellText, tableRowAt } from '../tables.js';
import type { DialectEditor } from '../types.js';

/**
 * Task tables (`| ID | Task | Status |`, phase tables, progress tables): status goes into the
 * row's status cell, in the words the table already uses (`✅ Done`, `Complete`, `In progress`).
 * Checkbox items the same files hold (`- [ ] **URL-01**: …`) are written like any task list.
 * New rows are not added: a table's other columns (owners, dates, links) are the team's to fill.
 */
export const taskTableEditor: DialectEditor = {
  dialect: 'task-table',
  columns: false,
  needsId: false,
  setStatus(ctx, item, status) {
    const found = tableRowAt(ctx, item.position.line);
    if (!found)
      return writeListItemStatus(ctx, item, status, { add: 'field', name: 'task-list items' });
    const columns = taskTableOf(found.table, ctx.mapper);
    if (!columns)
      throw new EditError(
        'verify',
        `${ctx.board.path}:${item.position.line}: the table of ${item.id} no longer reads as a task table.`,
      );
    const cell = found.row.children[columns.status];
    return [setCellText(ctx, cell, cellWord(ctx, status, 'this table'))];
  },
  add(ctx) {
    throw new EditError(
      'unsupported',
      `${ctx.board.path}: boardwright does not add rows to task tables (their other columns are yours to fill); add the row by hand, then set its status with boardwright.`,
    );
  },
  tick: tickAcceptance,
};
