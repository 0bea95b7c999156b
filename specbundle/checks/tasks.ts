import { readBoardText } from '../../kanban/read.js';
import type { ReadLimits } from '../../kanban/limits.js';
import type { Board, Diagnostic } from '../../model/types.js';
import type { SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { TasksRule } from '../types.js';

/**
 * Reads a task file of a bundle as a board through the kanban reader (kanban/read.ts
 * readBoardText), with the rule's dialect (spec-kit's `tasks.md` format: spec-kit
 * templates/tasks-template.md) or by detection, and checks it holds at least `minTasks` tasks
 * (`no-tasks`) and, with `requireIds`, that every task has an id of its own
 * (`task-without-id`). Returns the board (for requirement coverage) when the file could be read;
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
  const board = read.board;
  if (!board) return { diagnostics };
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
      if (!item.generatedId) continue;
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
