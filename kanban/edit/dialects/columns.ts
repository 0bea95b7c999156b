import type { Group, Item, Status } from '../../../model/types.js';
import { EditError } from '../errors.js';
import { topItems } from '../items.js';
import { doneMark, itemLine, type ItemLine } from '../spans.js';
import type { EditContext } from '../types.js';
import { columnFor, describeTargets } from '../resolve.js';

/** What column boards share: finding the column for a status, and the marks a card takes there. */

/** The column of the item's section that says `status`; refuses naming the columns there are. */
export function targetColumn(ctx: EditContext, item: Item, status: Status): Group {
  const column = columnFor(ctx.board, item, status);
  if (!column)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${item.position.line}: no column says "${status}" next to ${item.id}; its columns are ${describeTargets(ctx.board, item)}.`,
    );
  return column;
}

/**
 * The leading status emoji cards in `group` carry (`✅` on every card of a Done column), when most
 * of them do; none for an empty column (a card moved there and back keeps its bytes).
 */
export function columnEmoji(ctx: EditContext, group: Group, exclude?: Item): string | undefined {
  const status = group.status;
  const cards = topItems(ctx, group.id, exclude);
  if (cards.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const card of cards) {
    const e = card.statusEvidence.find(
      (x) => x.source === 'emoji' && x.line === card.position.line,
    );
    if (e && e.status === status) counts.set(e.raw, (counts.get(e.raw) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [raw, c] of counts) if (c > n) [best, n] = [raw, c];
  return n * 2 > cards.length ? best : undefined;
}

/**
 * Rewrites a card's first line for its new column: the checkbox follows the column (ticked in a
 * done column), and the leading status emoji is the column's when its cards carry one, dropped
 * when it would say another status than the column.
 */
export function shapeCard(
  ctx: EditContext,
  line: ItemLine,
  text: string,
  group: Group,
  emoji: string | undefined,
): string {
  const base = ctx.doc.lineStart(line.line);
  let out = text;
  const content = line.contentStart - base;
  const lead = /^(\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)[ \t]*/u.exec(
    out.slice(content),
  );
  const leadStatus = lead ? ctx.words.statusOf(lead[1] as string) : undefined;
  if (lead && leadStatus) {
    if (emoji)
      out = out.slice(0, content) + emoji + out.slice(content + (lead[1] as string).length);
    else if (leadStatus !== group.status)
      out = out.slice(0, content) + out.slice(content + lead[0].length);
  } else if (emoji) {
    out = `${out.slice(0, content)}${emoji} ${out.slice(content)}`;
  }
  const boxes = columnBoxes(ctx, group, line);
  if (!line.box && boxes === true) {
    const mark = group.status === 'done' ? doneMark(ctx.doc) : ' ';
    return `${out.slice(0, line.afterMarker - base)}[${mark}] ${out.slice(line.afterMarker - base)}`;
  }
  if (line.box && boxes === false) {
    const end = line.contentStart - base;
    return out.slice(0, line.box.start - base) + out.slice(end);
  }
  if (line.box && group.status) {
    const at = line.box.start - base + 1;
    const mark = group.status === 'done' ? doneMark(ctx.doc) : ' ';
    if (
      !(mark !== ' ' && /[xX]/.test(out[at] ?? '')) &&
      !(mark === ' ' && out[at] === ' ') &&
      /[ xX]/.test(out[at] ?? '')
    )
      out = out.slice(0, at) + mark + out.slice(at + 1);
  }
  return out;
}

/**
 * Whether the cards of `group` carry checkboxes: true when most do, false when none does, and
 * undefined (leave the card as it is) for an empty column or a mixed one.
 */
function columnBoxes(ctx: EditContext, group: Group, moving: ItemLine): boolean | undefined {
  const cards = topItems(ctx, group.id).filter((i) => i.position.line !== moving.line);
  if (cards.length === 0) return undefined;
  let boxes = 0;
  for (const card of cards) {
    const li = ctx.doc.listItemAt(card.position.line, card.position.column);
    if (li && itemLine(ctx.doc, li).box) boxes++;
  }
  if (boxes === 0) return false;
  return boxes * 2 > cards.length ? true : undefined;
}
