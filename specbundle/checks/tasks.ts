import { readBoardText } from '../../kanban/read.js';
import type { ReadLimits } from '../../kanban/limits.js';
import type { Board, Diagnostic, Item } from '../../model/types.js';
import type { SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { TasksRule } from '../types.js';

/** Section titles whose checkboxes are a checklist to tick, not work to do. */
const CHECKLIST =
  /checklist|validation|gate|definition of done|acceptance|quality|review|checkpoint|チェックリスト|检查清单|檢查清單|清单|verificatie/i;

/** An id written with a letter suffix (`T012b`, a task split after numbering). */
const SUFFIXED_ID = /^T\d{3,}[a-z]\b/;

/** A bold label that introduces a checklist: `**Acceptance**:`, `**Checklist**:`. */
const CHECKLIST_LABEL = /^\s*(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/;

/**
 * True when the list holding the item is introduced by a checklist label (`**Acceptance**:`
 * written right above it): the nearest line above the item that is not part of a list.
 */
function underChecklistLabel(lines: readonly string[], item: Item): boolean {
  for (let i = item.position.line - 2; i >= 0; i--) {
    const line = lines[i] as string;
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line) || /^\s{2,}\S/.test(line)) continue;
    if (line.trim() === '') continue;
    const m = CHECKLIST_LABEL.exec(line);
    return m !== null && CHECKLIST.test(m[1] as string);
  }
  return false;
}

/** True when the item sits in a checklist section (its group or one of the group's parents). */
function inChecklist(board: Board, item: Item): boolean {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  for (
    let g = item.group ? groups.get(item.group) : undefined;
    g && !seen.has(g.id);
    g = g.parent ? groups.get(g.parent) : undefined
  ) {
    seen.add(g.id);
    if (CHECKLIST.test(g.title)) return true;
  }
  return false;
}

/**
 * Reads a task file of a bundle as a board through the kanban reader (kanban/read.ts
 * readBoardText), with the rule's dialect (spec-kit's `tasks.md` format: spec-kit
 * templates/tasks-template.md) or by detection, and checks it holds at least `minTasks` tasks
 * (`no-tasks`) and, with `requireIds`, that every task has an id of its own
 * (`task-without-id`; `T012b` counts as an id). Checkboxes without an id under a checklist
 * heading (Validation Checklist, Definition of Done, …) or a checklist label right above their
 * list (`**Acceptance**:`) are not tasks: they are neither counted
 * nor reported, and the returned board leaves them out. Returns the board (for requirement
 * coverage) when the file could be read;
 * the reader's own diagnostics are passed on. Never throws.
 */
export function checkTasks(
  doc: SpecDocument,
  rule: TasksRule,
  limits: ReadLimits,
): { board?: Board; diagnostics: Diagnostic[] } {
  const read = readBoardText(doc.text, doc.path, {
    limits,
    ...(rule.dialect ? { dialect: rule.dialect } : {}),
  });
  const diagnostics = [...read.diagnostics];
  const whole = read.board;
  if (!whole) return { diagnostics };
  const lines = doc.text.split('\n');
  // Checkboxes of a checklist section without an id of their own are not tasks.
  const board: Board = {
    ...whole,
    items: whole.items.filter(
      (i) => !(i.generatedId && (inChecklist(whole, i) || underChecklistLabel(lines, i))),
    ),
  };
  const min = rule.minTasks ?? 1;
  if (board.items.length < min) {
    diagnostics.push({
      rule: 'no-tasks',
      severity: 'error',
      message: MESSAGES.noTasks(doc.path, board.items.length, min, rule.dialect),
      path: doc.path,
      line: 1,
      column: 1,
    });
  }
  if (rule.requireIds) {
    for (const item of board.items) {
      if (!item.generatedId || SUFFIXED_ID.test(item.title)) continue;
      diagnostics.push({
        rule: 'task-without-id',
        severity: 'warning',
        message: MESSAGES.taskWithoutId(item.title),
        path: doc.path,
        line: item.position.line,
        column: item.position.column,
      });
    }
  }
  return { board, diagnostics };
}
