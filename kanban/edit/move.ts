import type { ListItem } from 'mdast';
import type { Group, Item } from '../../model/types.js';
import { EditError } from './errors.js';
import { listItemOf, listOf, topItems } from './items.js';
import type { TextEdit } from './source.js';
import {
  insertAfterLine,
  insertInRun,
  itemLine,
  listUnits,
  reindent,
  removeUnit,
  runSeparator,
  type ItemLine,
  type Unit,
} from './spans.js';
import type { EditContext, Placement } from './types.js';

/**
 * Cutting an item's whole block (its line, nested bullets, acceptance criteria, subtasks) and
 * pasting it into another group, and inserting new items: the blank lines between items follow
 * the list they join, so that moving an item back restores the bytes.
 */

/** Where a block goes in a group. */
interface Slot {
  /** The run of sibling blocks to join, and the index to insert before. */
  run?: Unit[];
  index?: number;
  separator: string;
  /** Indentation (or quote prefix) of the siblings' first lines. */
  prefix: string;
  marker?: string;
  /** For an empty group: the line after which the block goes. */
  afterLine?: number;
  /** Right under that line even when a blank line follows it. */
  tight?: boolean;
}

/** The blank lines most multi-item lists of the board put between items. */
export function boardSeparator(ctx: EditContext): string {
  const counts = new Map<string, number>();
  const seen = new Set<unknown>();
  for (const item of ctx.board.items) {
    if (item.parent) continue;
    const li = ctx.doc.listItemAt(item.position.line, item.position.column);
    if (!li) continue;
    const list = listOf(ctx, li);
    if (seen.has(list) || list.children.length < 2) continue;
    seen.add(list);
    const sep = runSeparator(ctx.doc, listUnits(list), '');
    counts.set(sep, (counts.get(sep) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [sep, c] of counts) if (c > n) [best, n] = [sep, c];
  return best;
}

/** True when most groups that hold items have their first item on the line right after the heading. */
export function itemsHugHeadings(ctx: EditContext): boolean {
  let hug = 0;
  let apart = 0;
  for (const group of ctx.board.groups) {
    const first = topItems(ctx, group.id)[0];
    if (!first) continue;
    if (
      groupContentEnd(ctx, group) >= first.position.line &&
      first.position.line === group.position.line + 1
    )
      hug++;
    else if (
      first.position.line === group.position.line + 2 &&
      ctx.doc.isBlank(group.position.line + 1)
    )
      apart++;
  }
  return hug > apart;
}

/** The last line of what stands under a group's heading before its first sub-heading. */
export function groupContentEnd(ctx: EditContext, group: Group): number {
  const nodes = ctx.doc.tree.children;
  const i = nodes.findIndex((n) => n.position?.start.line === group.position.line);
  if (i === -1) return group.position.endLine;
  let last = nodes[i]!.position!.end.line;
  for (let j = i + 1; j < nodes.length && nodes[j]!.type !== 'heading'; j++)
    last = nodes[j]!.position!.end.line;
  return last;
}

/** Where a list item goes in `group`: after its last item, or beside `placement`'s item. */
function listSlot(
  ctx: EditContext,
  group: Group | undefined,
  placement: Placement,
  moving?: ListItem,
  only: (item: Item) => boolean = () => true,
): Slot {
  const siblings = (group ? topItems(ctx, group.id) : []).filter(
    (i) => only(i) && (!moving || i.position.line !== moving.position!.start.line),
  );
  const anchor = placement.before ?? placement.after ?? siblings[siblings.length - 1];
  if (!anchor) {
    if (!group) throw new EditError('invalid', 'Say where the new item goes: --to or --after.');
    const afterLine = groupContentEnd(ctx, group);
    const tight = afterLine === group.position.line && itemsHugHeadings(ctx);
    return { afterLine, tight, separator: '', prefix: '' };
  }
  const li = listItemOf(ctx, anchor);
  const list = listOf(ctx, li);
  if (moving && list.children.includes(moving))
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${anchor.position.line}: reordering items within one list is not supported; move the item to another group.`,
    );
  const run = listUnits(list);
  const at = list.children.indexOf(li);
  const line = itemLine(ctx.doc, li);
  return {
    run,
    index: placement.before ? at : placement.after ? at + 1 : run.length,
    separator: runSeparator(ctx.doc, run, boardSeparator(ctx)),
    prefix: line.prefix,
    marker: line.marker,
  };
}

function insert(ctx: EditContext, slot: Slot, block: string): TextEdit {
  if (slot.run) return insertInRun(ctx.doc, slot.run, slot.index!, block, slot.separator);
  return insertAfterLine(ctx.doc, slot.afterLine!, block, slot.tight);
}

/** Changes to the first line of a moved block, offsets relative to the line's start. */
export type LineShaper = (line: ItemLine, text: string) => string;

/**
 * Moves a list item with everything nested under it into `group`. `shape` rewrites its first
 * line for the new place (checkbox, emoji); the marker and indentation follow the new list.
 */
export function relocateListItem(
  ctx: EditContext,
  item: Item,
  group: Group,
  placement: Placement,
  shape: LineShaper,
): TextEdit[] {
  const li = listItemOf(ctx, item);
  const list = listOf(ctx, li);
  const slot = listSlot(ctx, group, placement, li);
  const line = itemLine(ctx.doc, li);
  const first = li.position!.start.line;
  const start = ctx.doc.lineStart(first);
  const firstText = shapeMarker(ctx.doc.lineText(first), line, start, slot.marker);
  const rest = ctx.doc
    .linesText(first, li.position!.end.line)
    .slice(ctx.doc.lineText(first).length);
  let block = shape(line, firstText) + rest;
  block = reindent(block, line.prefix, slot.prefix);
  const removal = removeUnit(ctx.doc, listUnits(list), list.children.indexOf(li));
  return [removal, insert(ctx, slot, block)];
}

/** The first line with its bullet marker swapped for the target list's (a mixed list would split). */
function shapeMarker(text: string, line: ItemLine, lineStart: number, marker?: string): string {
  if (!marker || marker === line.marker || /\d/.test(marker + line.marker)) return text;
  const at = line.markerStart - lineStart;
  return text.slice(0, at) + marker + text.slice(at + line.marker.length);
}

/** Inserts a new list item (its lines, unindented, each ending in `\n`) into `group`. */
export function insertListItem(
  ctx: EditContext,
  group: Group | undefined,
  placement: Placement,
  lines: (marker: string) => string,
  only?: (item: Item) => boolean,
): TextEdit {
  const slot = listSlot(ctx, group, placement, undefined, only);
  const marker = slot.marker ?? firstMarker(ctx);
  return insert(ctx, slot, reindent(lines(marker), '', slot.prefix));
}

/** The bullet marker the board's first item uses. */
function firstMarker(ctx: EditContext): string {
  const first = ctx.board.items.find((i) => !i.parent);
  const li = first && ctx.doc.listItemAt(first.position.line, first.position.column);
  return li ? itemLine(ctx.doc, li).marker : '-';
}

/** Units of heading items (kanban.md cards): from the heading to the item's last line. */
function headingRun(
  ctx: EditContext,
  group: Group,
  exclude?: Item,
): { items: Item[]; run: Unit[] } {
  const items = topItems(ctx, group.id, exclude).filter((i) => ctx.doc.headingAt(i.position.line));
  return { items, run: items.map((i) => ({ start: i.position.line, end: i.position.endLine })) };
}

/** Moves a heading item (heading plus everything up to its last line) into `group`. */
export function relocateHeadingItem(
  ctx: EditContext,
  item: Item,
  group: Group,
  placement: Placement,
  shape: (text: string) => string,
): TextEdit[] {
  const source = ctx.board.groups.find((g) => g.id === item.group);
  if (!source) throw new EditError('unsupported', `${item.id} is in no group.`);
  const from = headingRun(ctx, source);
  const index = from.items.indexOf(item);
  const removal = removeUnit(ctx.doc, from.run, index);
  const block = shape(ctx.doc.linesText(item.position.line, item.position.endLine));
  return [removal, insertHeadingBlock(ctx, group, placement, block, item)];
}

/** Inserts a heading item's block into `group` beside its other heading items. */
export function insertHeadingBlock(
  ctx: EditContext,
  group: Group,
  placement: Placement,
  block: string,
  moving?: Item,
): TextEdit {
  const to = headingRun(ctx, group, moving);
  const anchor = placement.before ?? placement.after;
  if (to.run.length === 0) return insertAfterLine(ctx.doc, groupContentEnd(ctx, group), block);
  let index = to.run.length;
  if (anchor) index = to.items.indexOf(anchor) + (placement.after ? 1 : 0);
  const sep = runSeparator(ctx.doc, to.run, '\n');
  return insertInRun(ctx.doc, to.run, index, block, sep);
}
