import { OPENSPEC_MESSAGES as M } from './messages.js';

/**
 * OpenSpec's task-file checks (OpenSpec 1.13 `validate`, warnings): a tracked task file set with
 * list items but not a single checkbox (OpenSpec would count no work), and, for the built-in
 * spec-driven schema, task numbers that do not match their `## N.` group or repeat.
 */

/** A task file of a change: path relative to the change folder, and its text. */
export interface TaskFile {
  path: string;
  text: string;
}

/** A finding on a task file: relative path, 1-based line, message. */
export interface TaskFinding {
  path: string;
  line: number;
  rule: 'openspec-task-checkbox' | 'openspec-task-number';
  message: string;
}

/**
 * A checkbox line as OpenSpec counts tasks: any list marker (`-`, `*`, `+`, `1.`, `1)`), then a
 * box holding at most one non-blank character (`[ ]`, `[x]`, `[]`, `[~]`), not followed by `(` or
 * `[` (a one-letter link) unless the box is blank. Anywhere in the file, fences included.
 */
const TASK_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])\s*\[(?:\s*([^\]\s]?)\s*\](?![([])|\s+\])\s*(.*)/;

/** The description of each checkbox line, in order. */
export function checkboxTasks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = TASK_LINE.exec(line);
    if (m) out.push((m[2] as string).trim());
  }
  return out;
}

/** 1-based line of the first rendered list item (outside fences, comments, front matter, code). */
function firstListItem(text: string): number | undefined {
  const lines = text.split('\n');
  let i = 0;
  if (lines.length && /^-{3}\s*$/.test((lines[0] as string).replace(/^\uFEFF/, '').trimEnd())) {
    const close = lines.findIndex((l, k) => k > 0 && /^-{3}\s*$/.test(l.trimEnd()));
    if (close !== -1) i = close + 1;
  }
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})(.*)/.exec(line);
    if (f) {
      const run = f[1] as string;
      if (!fence) fence = { char: run[0] as string, length: run.length };
      else if (
        run[0] === fence.char &&
        run.length >= fence.length &&
        (f[2] as string).trim() === ''
      )
        fence = undefined;
      continue;
    }
    if (fence) continue;
    if (line.trimStart().startsWith('<!--')) {
      if (!line.includes('-->', line.indexOf('<!--') + 4)) comment = true;
      continue;
    }
    if (/^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/.test(line) && indentWidth(line) < 4) return i + 1;
  }
  return undefined;
}

function indentWidth(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * Warnings for a change's tracked task files when none of them holds a checkbox: one on the first
 * list item of each file that has one. Nothing when any file has a checkbox or none has a list.
 */
export function checkboxFindings(files: readonly TaskFile[]): TaskFinding[] {
  if (files.some((f) => checkboxTasks(f.text).length > 0)) return [];
  const out: TaskFinding[] = [];
  for (const f of files) {
    const line = firstListItem(f.text);
    if (line !== undefined)
      out.push({ path: f.path, line, rule: 'openspec-task-checkbox', message: M.noCheckboxes });
  }
  return out;
}

/**
 * Task numbering inside `## N.` groups (spec-driven's tasks template): a task `2.3` under group
 * 1, or an id used twice across the files. Files without numbered groups are not checked.
 */
export function numberingFindings(files: readonly TaskFile[]): TaskFinding[] {
  const out: TaskFinding[] = [];
  const first = new Map<string, { path: string; line: number }>();
  for (const f of files) {
    const lines = f.text.split('\n');
    const numbered = /^ {0,3}##[ \t]+(\d+)\.(?:[ \t]|\r?$)/;
    if (!lines.some((l) => numbered.test(l))) continue;
    let group: string | undefined;
    lines.forEach((line, index) => {
      if (/^ {0,3}##(?!#)(?:[ \t]+|[ \t]*\r?$)/.test(line)) group = numbered.exec(line)?.[1];
      if (group === undefined) return;
      const task = TASK_LINE.exec(line);
      const id = task
        ? /^(\d+(?:\.\d+)+(?:[A-Za-z]+)?)(?=\s|$)/.exec((task[2] as string).trim())?.[1]
        : undefined;
      if (!id) return;
      const at = { path: f.path, line: index + 1, rule: 'openspec-task-number' as const };
      const leading = id.split('.')[0] as string;
      if (leading.replace(/^0+(?=\d)/, '') !== group.replace(/^0+(?=\d)/, ''))
        out.push({ ...at, message: M.taskGroup(id, group, leading) });
      const seen = first.get(id);
      if (seen)
        out.push({
          ...at,
          message: M.taskDuplicate(
            id,
            seen.path === f.path ? `on line ${seen.line}` : `in ${seen.path} line ${seen.line}`,
          ),
        });
      else first.set(id, { path: f.path, line: index + 1 });
    });
  }
  return out;
}
