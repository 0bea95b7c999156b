import type { Item, Status } from '../../../model/types.js';
import { EditError } from '../errors.js';
import { boldFieldParagraphs, headingOf, tickAcceptance, writeListItemStatus } from '../items.js';
import { insertListItem } from '../move.js';
import type { TextEdit } from '../source.js';
import { boldFieldSpans, doneMark, headingContentStart, suffixSpan } from '../spans.js';
import type { DialectEditor, EditContext, Placement } from '../types.js';

/**
 * Milestone trackers (`### Milestone N: Title ✅ COMPLETE`, `##### 1. Subtask ✅ COMPLETE` with a
 * paragraph of bold fields, `**Tasks**:` checklists): a subtask's status is its heading suffix
 * and its `**Status**:` field, written with the board's own words (`✅ COMPLETE`, `Completed`);
 * a task's status is its checkbox, with a `(status)` suffix for what a box cannot say. New items
 * are task checkboxes in a milestone's task list.
 */

const STATUS_FIELD = /^(?:status|state)$/i;

function isSubtask(ctx: EditContext, item: Item): boolean {
  return ctx.doc.headingAt(item.position.line) !== undefined;
}

/** Refuses when a status section the item sits under ("#### Completed Tasks") says otherwise. */
function checkSection(ctx: EditContext, item: Item, status: Status): void {
  const section = item.statusEvidence.find((e) => e.source === 'section' && e.status);
  if (section && section.status !== status)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}:${item.position.line}: ${item.id} sits under "${section.raw}" (line ${section.line}), which says ${section.status}; move it out of that section by hand.`,
    );
}

function subtaskStatus(ctx: EditContext, item: Item, status: Status): TextEdit[] {
  const heading = headingOf(ctx, item);
  const line = heading.position!.start.line;
  const edits: TextEdit[] = [];
  const word = ctx.words.word('heading', status);
  if (!word)
    throw new EditError(
      'unsupported',
      `${ctx.board.path}: no heading suffix reads as "${status}" here.`,
    );
  const raw = item.statusEvidence.find((e) => e.source === 'heading' && e.line === line)?.raw;
  const span = raw
    ? suffixSpan(ctx.doc, line, headingContentStart(ctx.doc, heading), raw)
    : undefined;
  if (span) edits.push({ start: span.start, end: span.end, text: ` ${word}` });
  else {
    const end = ctx.doc.lineEnd(line);
    const content = ctx.doc.text.slice(ctx.doc.lineStart(line), end);
    const at = end - (content.length - content.trimEnd().length);
    edits.push({ start: at, end: at, text: ` ${word}` });
  }
  for (const para of boldFieldParagraphs(ctx, item)) {
    for (const field of boldFieldSpans(ctx.doc, para)) {
      if (!STATUS_FIELD.test(field.name) || ctx.words.statusOf(field.value) === status) continue;
      const value = ctx.words.word('field', status);
      if (!value)
        throw new EditError(
          'unsupported',
          `${ctx.board.path}: no Status value reads as "${status}" here.`,
        );
      edits.push({ start: field.valueStart, end: field.valueEnd, text: value });
    }
  }
  return edits;
}

export const milestoneTrackerEditor: DialectEditor = {
  dialect: 'milestone-tracker',
  columns: false,
  needsId: false,
  setStatus(ctx, item, status) {
    checkSection(ctx, item, status);
    if (isSubtask(ctx, item)) return subtaskStatus(ctx, item, status);
    return writeListItemStatus(ctx, item, status, { add: 'suffix', name: 'tasks' });
  },
  add(ctx, request) {
    const placement: Placement = request.after ? { after: request.after } : {};
    if (request.after && isSubtask(ctx, request.after))
      throw new EditError(
        'unsupported',
        `${request.after.id} is a subtask heading; add after one of its tasks instead.`,
      );
    const box = request.status === 'done' ? doneMark(ctx.doc) : ' ';
    return [
      insertListItem(
        ctx,
        request.group,
        placement,
        (marker) => `${marker} [${box}] ${request.title}\n`,
        (i) => !isSubtask(ctx, i),
      ),
    ];
  },
  tick: tickAcceptance,
  setFields(ctx, item, values) {
    if (!isSubtask(ctx, item))
      throw new EditError(
        'unsupported',
        `${item.id} is a task checkbox; only subtasks carry fields here.`,
      );
    const paras = boldFieldParagraphs(ctx, item);
    const edits: TextEdit[] = [];
    let append = '';
    for (const [name, value] of Object.entries(values)) {
      const field = paras
        .flatMap((p) => boldFieldSpans(ctx.doc, p))
        .find((f) => f.name.toLowerCase() === name.toLowerCase());
      if (field) edits.push({ start: field.valueStart, end: field.valueEnd, text: value });
      else append += ` **${name[0]!.toUpperCase()}${name.slice(1)}**: ${value}`;
    }
    if (append) {
      const para = paras[0];
      if (!para) throw new EditError('unsupported', `${item.id} has no field line to add to.`);
      const at = para.position!.end.offset!;
      edits.push({ start: at, end: at, text: append });
    }
    return edits;
  },
};
