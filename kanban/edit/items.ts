import type { Heading, List, ListItem, Nodes, Paragraph } from 'mdast';
import type { Item, Status } from '../../model/types.js';
import { statusEmoji } from '../status.js';
import { EditError } from './errors.js';
import { walk } from './doc.js';
import type { TextEdit } from './source.js';
import {
  boldFieldSpans,
  doneMark,
  fieldBullets,
  insertLinesAfter,
  itemLine,
  leadingEmoji,
  setCheckbox,
  suffixSpan,
  type ItemLine,
} from './spans.js';
import type { EditContext } from './types.js';

/** Readers of the nodes behind model items, and the status writing list items share. */

/** The list item a model item was read from; throws when the text holds none there. */
export function listItemOf(ctx: EditContext, item: Item): ListItem {
  const li = ctx.doc.listItemAt(item.position.line, item.position.column);
  if (!li)
    throw new EditError(
      'verify',
      `${ctx.board.path}:${item.position.line}: no list item found for ${item.id}.`,
    );
  return li;
}

/** The heading a model item was read from (kanban.md cards, milestone subtasks). */
export function headingOf(ctx: EditContext, item: Item): Heading {
  const h = ctx.doc.headingAt(item.position.line);
  if (!h)
    throw new EditError(
      'verify',
      `${ctx.board.path}:${item.position.line}: no heading found for ${item.id}.`,
    );
  return h;
}

/** The list that holds `li`. */
export function listOf(ctx: EditContext, li: ListItem): List {
  let found: List | undefined;
  walk(ctx.doc.tree, (node: Nodes) => {
    if (found) return false;
    if (node.type === 'list' && node.children.includes(li)) {
      found = node;
      return false;
    }
    const p = node.position;
    const q = li.position!;
    return !p || (p.start.line <= q.start.line && p.end.line >= q.end.line);
  });
  if (!found) throw new EditError('verify', `${ctx.board.path}: list item has no list.`);
  return found;
}

/** Items directly in a group (not nested under another item), in document order. */
export function topItems(ctx: EditContext, groupId: string, exclude?: Item): Item[] {
  return ctx.board.items.filter((i) => i.group === groupId && !i.parent && i !== exclude);
}

/** Options for `writeListItemStatus`: which places this dialect writes status in. */
export interface ListStatusStyle {
  /** Checkbox mark for in progress (`-` in Kiro); otherwise in-progress items keep `[ ]`. */
  doingMark?: string;
  /** When nothing on the item can say the status: add a `Status:` bullet, a suffix, or refuse. */
  add: 'field' | 'suffix' | 'emoji' | 'none';
  /** The same for items without a checkbox (a leading emoji on a roadmap bullet); `add` otherwise. */
  addUnboxed?: 'field' | 'suffix' | 'emoji' | 'none';
  /** Short name of the style for messages ("spec-kit tasks"). */
  name: string;
}

const STATUS_FIELD = /^(?:status|state)$/i;

/** The status-carrying bullets (`Status: …`) nested under a list item. */
export function statusBullets(ctx: EditContext, li: ListItem) {
  return fieldBullets(ctx.doc, li).filter((f) => STATUS_FIELD.test(f.name));
}

/**
 * Writes `status` on a list item in every place the item already says its status: the
 * checkbox, `Status:` bullets, a leading status emoji, a trailing status suffix. When none of
 * them can say it (a bare checkbox asked for "review"), adds what `style.add` names or refuses.
 */
export function writeListItemStatus(
  ctx: EditContext,
  item: Item,
  status: Status,
  style: ListStatusStyle,
): TextEdit[] {
  // A status heading above the item ("## Won't do", "### Blocked Tasks") says its status first.
  const place = item.statusEvidence.find(
    (e) => (e.source === 'column' || e.source === 'section') && e.status && e.status !== status,
  );
  if (place)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${item.position.line}: ${item.id} sits under "${place.raw}" (line ${place.line}), which says ${place.status}; move it out of that section to make it ${status}.`,
    );
  const li = listItemOf(ctx, item);
  const line = itemLine(ctx.doc, li);
  const edits: TextEdit[] = [];
  let said = false;
  if (line.box) {
    const mark =
      status === 'done'
        ? doneMark(ctx.doc, line.line)
        : status === 'in-progress' && style.doingMark
          ? style.doingMark
          : ' ';
    edits.push(...setCheckbox(line, mark));
    said = status === 'done' || status === 'backlog' || mark === style.doingMark;
  }
  // Only bullets the reader took as the item's status: elsewhere "**Status**: …" is a note.
  const fieldSaid = item.statusEvidence.some((e) => e.source === 'field');
  for (const field of fieldSaid ? statusBullets(ctx, li) : []) {
    const word = ctx.words.word('field', status);
    if (!word) throw unsupported(ctx, item, status, style);
    if (ctx.words.statusOf(field.value) !== status)
      edits.push({ start: field.valueStart, end: field.valueEnd, text: word });
    said = true;
  }
  const marks = lineMarks(ctx, item, line);
  if (marks.lead) {
    const lead = marks.lead;
    const current = ctx.words.statusOf(lead.emoji);
    if (current !== status) {
      const seen = ctx.words.texts('emoji').find((t) => ctx.words.statusOf(t) === status);
      if (seen) edits.push({ start: lead.start, end: lead.start + lead.emoji.length, text: seen });
      else edits.push({ start: lead.start, end: lead.end, text: '' });
      said ||= seen !== undefined || (!line.box && status === 'backlog');
    } else said = true;
  }
  if (marks.suffix) {
    const s = marks.suffix;
    if (ctx.words.statusOf(s.raw) !== status) {
      const seen = ctx.words.texts(s.source).find((t) => ctx.words.statusOf(t) === status);
      const text = seen ? ` ${s.bracket ? `(${seen})` : seen}` : '';
      edits.push({ start: s.start, end: s.end, text });
      said ||= seen !== undefined;
    } else said = true;
  }
  if (!said && !(status === 'backlog' && !line.box && !marks.lead && !marks.suffix)) {
    const add = line.box ? style.add : (style.addUnboxed ?? style.add);
    if (add === 'field') edits.push(addStatusBullet(ctx, item, li, line, status, style));
    else if (add === 'emoji') {
      const word = ctx.words.word('emoji', status);
      if (!word) throw unsupported(ctx, item, status, style);
      edits.push({ start: line.contentStart, end: line.contentStart, text: `${word} ` });
    } else if (add === 'suffix') {
      const word = ctx.words.word('suffix', status);
      if (!word) throw unsupported(ctx, item, status, style);
      edits.push({ start: line.lineEnd, end: line.lineEnd, text: ` (${word.toLowerCase()})` });
    } else throw unsupported(ctx, item, status, style);
  }
  return edits;
}

function unsupported(
  ctx: EditContext,
  item: Item,
  status: Status,
  style: ListStatusStyle,
): EditError {
  return new EditError(
    'unsupported',
    `${ctx.board.path}:${item.position.line}: ${style.name} carry only a checkbox, so ${item.id} can be done or not done but not "${status}". Use done or reopen.`,
  );
}

/** A `Status:` bullet as the first bullet nested under the item, indented like its siblings. */
function addStatusBullet(
  ctx: EditContext,
  item: Item,
  li: ListItem,
  line: ItemLine,
  status: Status,
  style: ListStatusStyle,
): TextEdit {
  const word = ctx.words.word('field', status);
  if (!word) throw unsupported(ctx, item, status, style);
  const nested = li.children.find((c): c is List => c.type === 'list');
  const first = nested?.children[0];
  if (first) {
    const fl = itemLine(ctx.doc, first);
    const at = ctx.doc.lineStart(fl.line);
    return { start: at, end: at, text: `${fl.prefix}${fl.marker} Status: ${word}\n` };
  }
  const indent =
    line.prefix.replace(/[^\t>]/g, ' ') + ' '.repeat(line.afterMarker - line.markerStart);
  const end = ctx.doc.lineEnd(li.position!.end.line);
  return { start: end, end, text: `\n${indent}- Status: ${word}` };
}

/** Status marks written on the item's own line: a leading emoji and a trailing suffix. */
export function lineMarks(
  ctx: EditContext,
  item: Item,
  line: ItemLine,
): {
  lead?: { emoji: string; start: number; end: number };
  suffix?: {
    raw: string;
    start: number;
    end: number;
    source: 'emoji' | 'suffix';
    bracket: boolean;
  };
} {
  const out: ReturnType<typeof lineMarks> = {};
  const lead = leadingEmoji(ctx.doc, line);
  if (lead && statusEmoji(lead.emoji) && ctx.words.statusOf(lead.emoji)) out.lead = lead;
  for (const e of item.statusEvidence) {
    if (e.line !== line.line || (e.source !== 'suffix' && e.source !== 'emoji')) continue;
    if (out.lead && e.raw === out.lead.emoji) continue;
    const span = suffixSpan(ctx.doc, line.line, line.contentStart, e.raw);
    if (span) {
      const bracket = /^[([]/.test(ctx.doc.text.slice(span.start, span.end).trim());
      out.suffix = { raw: e.raw, ...span, source: e.source, bracket };
    }
  }
  return out;
}

/** Ticks or unticks acceptance criterion `index` (0-based) of an item, when it is a checkbox. */
export function tickAcceptance(
  ctx: EditContext,
  item: Item,
  index: number,
  done: boolean,
): TextEdit[] {
  const criterion = item.acceptance[index];
  if (!criterion)
    throw new EditError(
      'invalid',
      `${item.id} has ${item.acceptance.length} acceptance criteria; there is no number ${index + 1}.`,
    );
  const li = ctx.doc.listItemAt(criterion.line);
  const line = li && itemLine(ctx.doc, li);
  if (!line?.box)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${criterion.line}: acceptance criterion ${index + 1} of ${item.id} is not a checkbox, so it cannot be ticked.`,
    );
  return setCheckbox(line, done ? doneMark(ctx.doc, line.line) : ' ');
}

/** The bold-field paragraphs (`**Status**: …`) inside a heading item's span. */
export function boldFieldParagraphs(ctx: EditContext, item: Item): Paragraph[] {
  const out: Paragraph[] = [];
  for (const node of ctx.doc.tree.children) {
    const p = node.position;
    if (!p || p.start.line <= item.position.line || p.start.line > item.position.endLine) continue;
    if (node.type === 'heading') break;
    if (node.type === 'paragraph' && node.children[0]?.type === 'strong') {
      if (boldFieldSpans(ctx.doc, node).length) out.push(node);
    }
  }
  return out;
}

/**
 * Writes `Name: value` bullets under a list item: replaces the value of a bullet of that name
 * (ignoring case), else adds a bullet after the last field bullet (before any acceptance-criteria
 * block), indented and capitalised like the item's other bullets.
 */
export function writeFieldBullets(
  ctx: EditContext,
  item: Item,
  values: Record<string, string>,
): TextEdit[] {
  const li = listItemOf(ctx, item);
  const bullets = fieldBullets(ctx.doc, li);
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const found = bullets.find((b) => b.name.toLowerCase() === name.toLowerCase());
    if (found) {
      if (found.value !== value)
        edits.push({ start: found.valueStart, end: found.valueEnd, text: value });
      continue;
    }
    const upper = bullets.length > 0 && bullets.every((b) => /^[A-Z]/.test(b.name));
    const label = upper ? name[0]!.toUpperCase() + name.slice(1) : name;
    added.push(`${label}: ${value}`);
  }
  if (!added.length) return edits;
  const line = itemLine(ctx.doc, li);
  const lastField = [...bullets]
    .reverse()
    .find((b) => !/^(?:acceptance|ac\b|definition of done)/i.test(b.name));
  if (lastField) {
    const fl = itemLine(ctx.doc, lastField.li);
    const text = added.map((a) => `${fl.prefix}${fl.marker} ${a}\n`).join('');
    edits.push(insertLinesAfter(ctx.doc, lastField.li.position!.end.line, text));
    return edits;
  }
  const nested = li.children.find((c): c is List => c.type === 'list');
  const first = nested?.children[0];
  if (first) {
    const fl = itemLine(ctx.doc, first);
    const at = ctx.doc.lineStart(fl.line);
    edits.push({
      start: at,
      end: at,
      text: added.map((a) => `${fl.prefix}${fl.marker} ${a}\n`).join(''),
    });
    return edits;
  }
  const indent =
    line.prefix.replace(/[^\t>]/g, ' ') + ' '.repeat(line.afterMarker - line.markerStart);
  const end = ctx.doc.lineEnd(li.position!.end.line);
  edits.push({ start: end, end, text: added.map((a) => `\n${indent}- ${a}`).join('') });
  return edits;
}
