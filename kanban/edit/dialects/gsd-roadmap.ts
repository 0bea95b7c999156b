import type { TableCell } from 'mdast';
import type { Item } from '../../../model/types.js';
import { phaseKey, progressTable, ROW_PHASE } from '../../dialects/gsd-roadmap.js';
import { statusCell } from '../../dialects/task-table.js';
import { plain } from '../../mdast.js';
import { EditError } from '../errors.js';
import { writeListItemStatus } from '../items.js';
import { doneMark, itemLine, setCheckbox } from '../spans.js';
import type { TextEdit } from '../source.js';
import { cellWord, setCellText } from '../tables.js';
import type { DialectEditor, EditContext } from '../types.js';

/**
 * GSD phase roadmaps: a phase's status is written where the roadmap says it — the phase
 * checklist box (`- [x] **Phase 3: …**`) and the Status cell of its `## Progress` table row
 * (`Complete`, `In progress`, in the table's own words) — both at once, so that they agree. A
 * plan (`- [ ] 03-01-PLAN.md`) is ticked in its box. New phases and plans are not added: GSD
 * numbers them and writes their plan files.
 */
export const gsdRoadmapEditor: DialectEditor = {
  dialect: 'gsd-roadmap',
  columns: false,
  needsId: true,
  setStatus(ctx, item, status) {
    if (item.kind !== 'phase')
      return writeListItemStatus(ctx, item, status, { add: 'none', name: 'GSD plans' });
    const edits: TextEdit[] = [];
    const li = ctx.doc.listItemAt(item.position.line, item.position.column);
    const line = li && itemLine(ctx.doc, li);
    if (line?.box)
      edits.push(...setCheckbox(line, status === 'done' ? doneMark(ctx.doc, line.line) : ' '));
    const cell = progressCell(ctx, item);
    if (cell) {
      if (statusCell(plain(cell), ctx.mapper) !== status)
        edits.push(setCellText(ctx, cell, cellWord(ctx, status, 'the Progress table')));
    } else if (!line?.box) {
      throw new EditError(
        'unsupported',
        `${ctx.board.path}:${item.position.line}: phase ${item.id} has no checklist box and no Progress table row; its plans say its status — tick them instead.`,
      );
    } else if (status !== 'done' && status !== 'backlog') {
      throw new EditError(
        'unsupported',
        `${ctx.board.path}:${item.position.line}: phase ${item.id} has only a checkbox (no Progress table row), so it can be done or not done but not "${status}".`,
      );
    }
    return edits;
  },
  add(ctx) {
    throw new EditError(
      'unsupported',
      `${ctx.board.path}: GSD numbers phases and writes their plan files; add phases with GSD, then set their status with boardwright.`,
    );
  },
  tick(ctx, item, index) {
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${item.position.line}: the success criteria of phase ${item.id} are a numbered list, not checkboxes; criterion ${index + 1} cannot be ticked.`,
    );
  },
};

/** The Status cell of the phase's row in the `## Progress` table, if the roadmap has one. */
function progressCell(ctx: EditContext, item: Item): TableCell | undefined {
  for (const node of ctx.doc.tree.children) {
    if (node.type !== 'table') continue;
    const cols = progressTable(node);
    if (!cols) continue;
    for (const row of node.children.slice(1)) {
      const m = ROW_PHASE.exec(plain(row.children[cols.phase] ?? []));
      if (m && phaseKey(m[1] as string) === phaseKey(item.id)) return row.children[cols.status];
    }
  }
  return undefined;
}
