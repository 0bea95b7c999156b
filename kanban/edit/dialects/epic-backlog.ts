import type { List, RootContent } from 'mdast';
import type { Group, Item, Status } from '../../../model/types.js';
import { plain } from '../../mdast.js';
import { EditError } from '../errors.js';
import { listItemOf, listOf, tickAcceptance, writeFieldBullets } from '../items.js';
import { boardSeparator } from '../move.js';
import type { TextEdit } from '../source.js';
import { insertAfterLine, insertInRun, listUnits, removeUnit, runSeparator } from '../spans.js';
import type { DialectEditor, EditContext, Placement } from '../types.js';
import { DEFAULT_WORD } from '../words.js';

/**
 * Epic backlogs (`## Epic A — Title` with "Completed" / "Upcoming" labels above bullet lists):
 * the label is the status, so a status change moves the bullet (and what is nested under it) to
 * the end of the list under the epic's label for that status, adding the label at the end of the
 * epic when it has none. New items go under the label of their status (Upcoming by default).
 */

/** A status label inside an epic and the list under it. */
interface Label {
  status: Status;
  line: number;
  text: string;
  list?: List;
}

function labelText(text: string): string | undefined {
  const label = text
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/:\s*$/, '')
    .trim();
  if (!label || label.split(/\s+/).length > 3 || /[.!?]$/.test(label)) return undefined;
  return label;
}

/** The epic's labels in order, and the last line of the epic's content. */
function epicLabels(ctx: EditContext, epic: Group): { labels: Label[]; end: number } {
  const nodes = ctx.doc.tree.children;
  const i = nodes.findIndex((n) => n.position?.start.line === epic.position.line);
  const depth = i >= 0 && nodes[i]!.type === 'heading' ? (nodes[i] as { depth: number }).depth : 2;
  const labels: Label[] = [];
  let end = epic.position.line;
  let current: Label | undefined;
  for (let j = i + 1; j < nodes.length; j++) {
    const node = nodes[j] as RootContent;
    if (node.type === 'heading' && node.depth <= depth) break;
    if (node.type !== 'thematicBreak') end = node.position!.end.line;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = labelText(plain(node));
      const status = text ? ctx.mapper.map(text) : undefined;
      current = status && text ? { status, line: node.position!.start.line, text } : undefined;
      if (current) labels.push(current);
      continue;
    }
    if (node.type === 'list' && current && !current.list) current.list = node;
  }
  return { labels, end };
}

/** The word this board uses for a status label ("Completed"), else a plain one. */
function labelWord(ctx: EditContext, status: Status): string {
  return (
    ctx.words.texts('section').find((t) => ctx.mapper.map(t) === status) ?? DEFAULT_WORD[status]
  );
}

/** Inserts a bullet block under the epic's label for `status`, creating the label when missing. */
function insertUnderLabel(
  ctx: EditContext,
  epic: Group,
  status: Status,
  block: string,
  placement: Placement,
  moving?: Item,
): TextEdit {
  const { labels, end } = epicLabels(ctx, epic);
  const label = labels.find((l) => l.status === status);
  if (!label) {
    const at = ctx.doc.nextLineStart(end);
    const text = `\n${labelWord(ctx, status)}\n${block}`;
    return at === ctx.doc.text.length && !ctx.doc.endsWithNewline
      ? { start: at, end: at, text: `\n${text.replace(/\n$/, '')}` }
      : { start: at, end: at, text };
  }
  if (!label.list) return insertAfterLine(ctx.doc, label.line, block, true);
  if (moving && label.list.children.some((li) => li.position!.start.line === moving.position.line))
    throw new EditError('unsupported', `${moving.id} is already under ${label.text}.`);
  const run = listUnits(label.list);
  const anchor = placement.before ?? placement.after;
  let index = run.length;
  if (anchor) {
    const at = run.findIndex((u) => u.start === anchor.position.line);
    if (at !== -1) index = placement.before ? at : at + 1;
  }
  return insertInRun(ctx.doc, run, index, block, runSeparator(ctx.doc, run, boardSeparator(ctx)));
}

function epicOf(ctx: EditContext, item: Item): Group {
  const epic = ctx.board.groups.find((g) => g.id === item.group);
  if (!epic) throw new EditError('unsupported', `${item.id} belongs to no epic.`);
  return epic;
}

export const epicBacklogEditor: DialectEditor = {
  dialect: 'epic-backlog',
  columns: false,
  needsId: false,
  setStatus(ctx, item, status, placement = {}) {
    if (item.parent)
      throw new EditError(
        'unsupported',
        `${item.id} is nested under ${item.parent}; change the outer item.`,
      );
    const li = listItemOf(ctx, item);
    const list = listOf(ctx, li);
    const block = ctx.doc.linesText(li.position!.start.line, li.position!.end.line);
    const removal = removeUnit(ctx.doc, listUnits(list), list.children.indexOf(li));
    return [removal, insertUnderLabel(ctx, epicOf(ctx, item), status, block, placement, item)];
  },
  add(ctx, request) {
    const epic = request.group ?? (request.after && epicOf(ctx, request.after));
    if (!epic) throw new EditError('invalid', 'Say which epic the item goes to with --to.');
    const status = request.after ? request.after.status : (request.status ?? 'backlog');
    const placement: Placement = request.after ? { after: request.after } : {};
    return [insertUnderLabel(ctx, epic, status, `- ${request.title}\n`, placement)];
  },
  tick: tickAcceptance,
  setFields: writeFieldBullets,
};
