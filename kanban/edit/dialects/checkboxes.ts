import type { Group, Item } from '../../../model/types.js';
import { EditError } from '../errors.js';
import {
  lineMarks,
  listItemOf,
  statusBullets,
  tickAcceptance,
  topItems,
  writeFieldBullets,
  writeListItemStatus,
  type ListStatusStyle,
} from '../items.js';
import { insertListItem, relocateListItem } from '../move.js';
import { doneMark, itemLine, type ItemLine } from '../spans.js';
import type { AddRequest, DialectEditor, EditContext, Placement } from '../types.js';

/** What sets one checkbox dialect apart from the others. */
export interface CheckboxDialect {
  dialect: string;
  /** Items need an id on their line (the reader skips or mis-reads lines without). */
  needsId: boolean;
  style: ListStatusStyle;
  /** The text after `- [ ] ` for a new item. */
  content(request: AddRequest): string;
  /**
   * Items carry `Name: value` bullets that `set` writes; `boxed` when only checkbox items do
   * (under a plain bullet of a ROADMAP, nested bullets are sub-items).
   */
  fieldBullets: boolean | 'boxed';
  /** Field names the reader keeps (phase task lists read only roles and files); any when absent. */
  fieldNames?: RegExp;
  /**
   * Groups differ in shape (ROADMAP sections of checkboxes beside sections of `✅` bullets): a
   * moved item takes the shape of the group it joins, its status kept.
   */
  shapes?: boolean;
}

/**
 * An edit module for a dialect whose items are checkbox list items (checklist trackers, phase
 * task lists, spec-kit, Kiro, OpenSpec, ROADMAP/TODO lists, plain GitHub task lists). Status goes
 * into the checkbox and every other place the item already writes it; a new item copies its
 * siblings' shape (box or not, a `Status:` bullet when they carry one); moving to another group
 * cuts and pastes the whole item.
 */
export function checkboxEditor(spec: CheckboxDialect): DialectEditor {
  return {
    dialect: spec.dialect,
    columns: false,
    needsId: spec.needsId,
    setStatus(ctx, item, status) {
      return writeListItemStatus(ctx, item, status, spec.style);
    },
    relocate(ctx, item, group, placement = {}) {
      const boxed = spec.shapes ? groupShape(ctx, group) : undefined;
      return relocateListItem(ctx, item, group, placement, (line, text) =>
        boxed === undefined ? text : reshape(ctx, item, line, text, boxed),
      );
    },
    add(ctx, request) {
      const placement: Placement = request.after ? { after: request.after } : {};
      const shape = siblingShape(ctx, request.group, request.after);
      const status = request.status ?? 'backlog';
      const box = shape.box ? `[${status === 'done' ? doneMark(ctx.doc) : ' '}] ` : '';
      let nested = '';
      if (shape.statusBullet) {
        const word = ctx.words.word('field', status);
        if (word) nested = `${' '.repeat(shape.indent)}- Status: ${word}\n`;
      }
      return [
        insertListItem(
          ctx,
          request.group,
          placement,
          (marker) => `${marker} ${box}${spec.content(request)}\n${nested}`,
        ),
      ];
    },
    tick: tickAcceptance,
    ...(spec.fieldBullets
      ? {
          setFields(ctx: EditContext, item, values) {
            if (spec.fieldBullets === 'boxed' && !itemLine(ctx.doc, listItemOf(ctx, item)).box)
              throw new EditError(
                'unsupported',
                `${ctx.board.path}:${item.position.line}: bullets nested under ${item.id} are read as sub-items, not fields; give it a checkbox first.`,
              );
            const odd = Object.keys(values).find(
              (k) => spec.fieldNames && !spec.fieldNames.test(k),
            );
            if (odd)
              throw new EditError(
                'unsupported',
                `${ctx.board.path}: ${spec.dialect} items keep only some fields (${spec.fieldNames!.source}); "${odd}" would be read as a note.`,
              );
            return writeFieldBullets(ctx, item, values);
          },
        }
      : {}),
  };
}

/** Whether the items of `group` carry checkboxes (most of them); undefined for an empty group. */
function groupShape(ctx: EditContext, group: Group): boolean | undefined {
  const items = topItems(ctx, group.id);
  if (items.length === 0) return undefined;
  const boxes = items.filter((i) => itemLine(ctx.doc, listItemOf(ctx, i)).box).length;
  return boxes * 2 >= items.length;
}

/**
 * The first line of a moved item in the shape of its new group: `- [x] Title` joins a list of
 * `✅` bullets as `- ✅ Title`, `- [ ] Title` as `- Title`; the other way round a leading `✅`
 * becomes `[x]` and an item with no mark gets `[ ]`.
 */
function reshape(
  ctx: EditContext,
  item: Item,
  line: ItemLine,
  text: string,
  boxed: boolean,
): string {
  const base = ctx.doc.lineStart(line.line);
  if (line.box && !boxed) {
    const done = line.box.mark.toLowerCase() === 'x';
    const emoji = ctx.words.texts('emoji').find((t) => ctx.words.statusOf(t) === 'done') ?? '✅';
    return (
      text.slice(0, line.box.start - base) +
      (done ? `${emoji} ` : '') +
      text.slice(line.contentStart - base)
    );
  }
  if (!line.box && boxed) {
    const lead = lineMarks(ctx, item, line).lead;
    const at = line.afterMarker - base;
    if (lead && ctx.words.statusOf(lead.emoji) === 'done')
      return `${text.slice(0, lead.start - base)}[${doneMark(ctx.doc)}] ${text.slice(lead.end - base)}`;
    return `${text.slice(0, at)}[ ] ${text.slice(at)}`;
  }
  return text;
}

/** How the items next to a new one look: with a box or not, with a `Status:` bullet or not. */
function siblingShape(
  ctx: EditContext,
  group: Group | undefined,
  after: AddRequest['after'],
): { box: boolean; statusBullet: boolean; indent: number } {
  const siblings = after ? [after] : group ? topItems(ctx, group.id) : [];
  const pool = siblings.length ? siblings : ctx.board.items.filter((i) => !i.parent);
  if (pool.length === 0) return { box: true, statusBullet: false, indent: 2 };
  let boxes = 0;
  let bullets = 0;
  let indent = 2;
  for (const item of pool) {
    const li = listItemOf(ctx, item);
    const line = itemLine(ctx.doc, li);
    if (line.box) boxes++;
    const status = statusBullets(ctx, li);
    if (status.length) {
      bullets++;
      indent = itemLine(ctx.doc, status[0]!.li).prefix.length - line.prefix.length;
    }
  }
  if (!after && group && siblings.length === 0 && pool.length === 0)
    throw new EditError('invalid', `${group.title} holds no items to copy the shape of.`);
  return { box: boxes * 2 >= pool.length, statusBullet: bullets * 2 > pool.length, indent };
}
