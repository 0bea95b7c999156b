import type { List } from 'mdast';
import type { Group, Item as BoardItem } from '../../../model/types.js';
import { EditError } from '../errors.js';
import { headingOf, listItemOf, tickAcceptance, topItems, writeFieldBullets } from '../items.js';
import {
  insertHeadingBlock,
  insertListItem,
  relocateHeadingItem,
  relocateListItem,
} from '../move.js';
import type { TextEdit } from '../source.js';
import { doneMark, insertLinesAfter, itemLine, listFieldBullets } from '../spans.js';
import type { AddRequest, DialectEditor, EditContext, Placement } from '../types.js';
import { columnEmoji, shapeCard, targetColumn } from './columns.js';

/**
 * Column boards whose columns are the status: plain `## Todo` / `## Doing` boards, Obsidian
 * Kanban lanes and kanban.md boards. A status change moves the card's whole block to the end of
 * the column that says it (its checkbox ticked in a done column, untick elsewhere; a leading
 * status emoji following the column's cards); new cards copy the shape of the column's cards.
 */

function relocateCard(
  ctx: EditContext,
  item: BoardItem,
  group: Group,
  placement: Placement = {},
): TextEdit[] {
  if (group.kind !== 'column' && !group.status)
    throw new EditError(
      'unsupported',
      `${group.title} is not a column; move cards between columns.`,
    );
  const emoji = columnEmoji(ctx, group, item);
  return relocateListItem(ctx, item, group, placement, (line, text) =>
    shapeCard(ctx, line, text, group, emoji),
  );
}

/** Whether most cards of a column (or of the board) have a checkbox. */
function cardsHaveBoxes(ctx: EditContext, group: Group | undefined): boolean {
  let cards = group ? topItems(ctx, group.id) : [];
  if (!cards.length) cards = ctx.board.items.filter((i) => !i.parent);
  let boxes = 0;
  for (const card of cards) {
    const li = ctx.doc.listItemAt(card.position.line, card.position.column);
    if (li && itemLine(ctx.doc, li).box) boxes++;
  }
  return cards.length > 0 && boxes * 2 >= cards.length;
}

function addCard(ctx: EditContext, request: AddRequest, content: string): TextEdit[] {
  const placement: Placement = request.after ? { after: request.after } : {};
  const group = request.group;
  const emoji = group && !request.after?.parent ? columnEmoji(ctx, group) : undefined;
  // Beside a given item the new one copies it (a card's step is a checkbox); else the column's cards.
  const beside =
    request.after && ctx.doc.listItemAt(request.after.position.line, request.after.position.column);
  const boxed = beside ? itemLine(ctx.doc, beside).box !== undefined : cardsHaveBoxes(ctx, group);
  const box = boxed
    ? `[${group?.status === 'done' && !request.after?.parent ? doneMark(ctx.doc) : ' '}] `
    : '';
  return [
    insertListItem(
      ctx,
      group,
      placement,
      (marker) => `${marker} ${box}${emoji ? `${emoji} ` : ''}${content}\n`,
    ),
  ];
}

const MENTION = /(^|\s)@([\p{L}][\p{L}\p{N}._-]*)/gu;

/** `@name` mentions on the card line say who is assigned; other fields are `name: value` bullets. */
function columnBoardFields(
  ctx: EditContext,
  item: BoardItem,
  values: Record<string, string>,
): TextEdit[] {
  const edits: TextEdit[] = [];
  const rest: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!/^(?:assignee|assigned to|owner)$/i.test(name) || /\s/.test(value)) {
      rest[name] = value;
      continue;
    }
    const li = listItemOf(ctx, item);
    const line = itemLine(ctx.doc, li);
    const text = ctx.doc.text.slice(line.contentStart, line.lineEnd);
    const mentions = [...text.matchAll(MENTION)];
    if (mentions.length === 0) {
      const end = line.contentStart + text.trimEnd().length;
      edits.push({ start: end, end, text: ` @${value.replace(/^@/, '')}` });
      continue;
    }
    mentions.forEach((m, n) => {
      const start = line.contentStart + m.index + (m[1] as string).length;
      const end = line.contentStart + m.index + m[0].length;
      edits.push(
        n === 0
          ? { start, end, text: `@${value.replace(/^@/, '')}` }
          : { start: start - (m[1] as string).length, end, text: '' },
      );
    });
  }
  if (Object.keys(rest).length) edits.push(...writeFieldBullets(ctx, item, rest));
  return edits;
}

/** `## Todo` / `## Doing` / `## Done` boards with `- TP-52: Title @who #tag` cards. */
export const columnBoardEditor: DialectEditor = {
  dialect: 'column-board',
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return relocateCard(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate: relocateCard,
  add(ctx, request) {
    return addCard(ctx, request, request.id ? cardText(ctx, request) : request.title);
  },
  tick: tickAcceptance,
  setFields: columnBoardFields,
};

/**
 * A new card's text with its id written as the column's cards write theirs (`**TP-7**: title`,
 * `` `TP-7` title ``, `TP-7: title`): the text around a sibling card's id and before its title,
 * with the new id and title. `ID: title` when no card shows a usable pattern.
 */
function cardText(ctx: EditContext, request: AddRequest): string {
  const plain = `${request.id}: ${request.title}`;
  const cards = request.group ? topItems(ctx, request.group.id) : [];
  const pool = [...cards, ...ctx.board.items.filter((i) => !i.parent)];
  for (const card of pool) {
    if (card.generatedId) continue;
    const line = ctx.doc.lineText(card.position.line);
    const lead = /^\s*[-*+]\s+(?:\[[^\]]\]\s+)?/.exec(line)?.[0].length ?? -1;
    const at = line.indexOf(card.id, lead);
    const titleAt = at < 0 ? -1 : line.indexOf(card.title, at + card.id.length);
    if (lead < 0 || at < 0 || titleAt < 0) continue;
    const before = line.slice(lead, at);
    const between = line.slice(at + card.id.length, titleAt);
    // Only markup and punctuation around the id, never words of the card's own.
    if (/[\p{L}\p{N}]/u.test(before + between)) continue;
    return `${before}${request.id}${between}${request.title}`;
  }
  return plain;
}

/** Obsidian Kanban lanes: `- [ ] card` lines; the lane marked `**Complete**` is done. */
export const obsidianKanbanEditor: DialectEditor = {
  dialect: 'obsidian-kanban',
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return relocateCard(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate: relocateCard,
  add(ctx, request) {
    return addCard(ctx, request, request.title);
  },
  tick: tickAcceptance,
};

/** Attribute bullets (`- priority: high`) right under a kanban.md card heading. */
function cardAttributes(ctx: EditContext, item: BoardItem): List | undefined {
  for (const node of ctx.doc.tree.children) {
    const p = node.position;
    if (!p || p.start.line <= item.position.line || p.start.line > item.position.endLine) continue;
    if (node.type === 'list') return node;
    if (node.type === 'heading') return undefined;
  }
  return undefined;
}

function kanbanMdFields(
  ctx: EditContext,
  item: BoardItem,
  values: Record<string, string>,
): TextEdit[] {
  if (item.parent)
    throw new EditError(
      'unsupported',
      `${item.id} is a step of ${item.parent}; steps carry no fields.`,
    );
  if (!ctx.doc.headingAt(item.position.line)) return writeFieldBullets(ctx, item, values);
  const list = cardAttributes(ctx, item);
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const attrs = list ? listFieldBullets(ctx.doc, list) : [];
  for (const [name, value] of Object.entries(values)) {
    const found = attrs.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (found) edits.push({ start: found.valueStart, end: found.valueEnd, text: value });
    else added.push(`${name.toLowerCase()}: ${value}`);
  }
  if (added.length) {
    if (!list) {
      const end = ctx.doc.lineEnd(headingOf(ctx, item).position!.start.line);
      edits.push({ start: end, end, text: added.map((a) => `\n  - ${a}`).join('') });
    } else {
      // After the last one-line attribute: `steps:` and descriptions nest content of their own.
      const simple = list.children.filter(
        (li) =>
          typeof li.checked !== 'boolean' && li.position!.start.line === li.position!.end.line,
      );
      const last = simple.at(-1) ?? list.children.at(-1)!;
      const line = itemLine(ctx.doc, last);
      const text = added.map((a) => `${line.prefix}${line.marker} ${a}\n`).join('');
      edits.push(insertLinesAfter(ctx.doc, last.position!.end.line, text));
    }
  }
  return edits;
}

/** kanban.md boards: `## Column` headings with `### [ID] Title` cards and attribute bullets. */
export const kanbanMdEditor: DialectEditor = {
  dialect: 'kanban-md',
  columns: true,
  needsId: false,
  setStatus(ctx, item, status, placement) {
    return this.relocate!(ctx, item, targetColumn(ctx, item, status), placement);
  },
  relocate(ctx, item, group, placement = {}) {
    if (ctx.doc.headingAt(item.position.line))
      return relocateHeadingItem(ctx, item, group, placement, (text) => text);
    return relocateCard(ctx, item, group, placement);
  },
  add(ctx, request) {
    const group = request.group;
    if (!group) throw new EditError('invalid', 'Say which column the card goes to with --to.');
    const cards = topItems(ctx, group.id);
    const pool = cards.length ? cards : ctx.board.items.filter((i) => !i.parent);
    const sample = pool.find((i) => ctx.doc.headingAt(i.position.line));
    if (!sample)
      return addCard(ctx, request, request.id ? `[${request.id}] ${request.title}` : request.title);
    const hashes = /^#+/.exec(ctx.doc.lineText(sample.position.line))![0];
    const title = request.id ? `[${request.id}] ${request.title}` : request.title;
    const placement: Placement = request.after ? { after: request.after } : {};
    return [insertHeadingBlock(ctx, group, placement, `${hashes} ${title}\n`)];
  },
  tick: tickAcceptance,
  setFields: kanbanMdFields,
};
