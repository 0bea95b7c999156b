import type { Group, Item } from '../../../model/types.js';
import { EditError } from '../errors.js';
import { listItemOf, tickAcceptance } from '../items.js';
import { insertListItem, relocateListItem } from '../move.js';
import type { TextEdit } from '../source.js';
import { itemLine } from '../spans.js';
import type { DialectEditor, EditContext, Placement } from '../types.js';
import { columnEmoji, shapeCard, targetColumn } from './columns.js';

/**
 * Compact kanban boards (`## A. Board` / `### Column` / `- BSP-012 — [Story] Title`): the column
 * is the status, so a status change moves the card's line (with anything nested under it) to
 * the end of the matching column of the same board section; a leading `✅` follows the column's
 * cards. New cards take the next `BSP-NNN`; fields are `(name:value)` annotations on the line.
 */
export const compactKanbanEditor: DialectEditor = {
  dialect: 'compact-kanban',
  columns: true,
  needsId: true,
  setStatus(ctx, item, status, placement) {
    return this.relocate!(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate(ctx, item, group, placement = {}) {
    if (group.kind !== 'column')
      throw new EditError(
        'unsupported',
        `${group.title} is not a column; move cards between columns.`,
      );
    const emoji = columnEmoji(ctx, group, item);
    return relocateListItem(ctx, item, group, placement, (line, text) =>
      shapeCard(ctx, line, text, group, emoji),
    );
  },
  add(ctx, request) {
    const group = request.group;
    const emoji = group ? columnEmoji(ctx, group) : undefined;
    const kind = request.kind ? `[${request.kind}] ` : '';
    const placement: Placement = request.after ? { after: request.after } : {};
    return [
      insertListItem(
        ctx,
        group,
        placement,
        (marker) =>
          `${marker} ${emoji ? `${emoji} ` : ''}${request.id} — ${kind}${request.title}\n`,
      ),
    ];
  },
  tick: tickAcceptance,
  setFields(ctx, item, values) {
    return annotate(ctx, item, values);
  },
};

/** Writes `(name:value)` annotations at the end of a card's line, replacing ones of the same name. */
function annotate(ctx: EditContext, item: Item, values: Record<string, string>): TextEdit[] {
  const li = listItemOf(ctx, item);
  const line = itemLine(ctx.doc, li);
  const text = ctx.doc.text.slice(line.contentStart, line.lineEnd);
  const edits: TextEdit[] = [];
  let append = '';
  for (const [given, value] of Object.entries(values)) {
    // This style writes annotation names in lower case: `(branch:v0-0-3/…)`.
    const name = given.toLowerCase();
    const re = new RegExp(
      `\\(\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*([^()]*)\\)`,
      'i',
    );
    const m = re.exec(text);
    if (m) {
      const start = line.contentStart + m.index;
      edits.push({ start, end: start + m[0].length, text: `(${name}:${value})` });
    } else append += ` (${name}:${value})`;
  }
  if (append) {
    const end = line.lineEnd - (text.length - text.trimEnd().length);
    edits.push({ start: end, end, text: append });
  }
  return edits;
}

export type { Group };
