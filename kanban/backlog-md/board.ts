import type { Nodes } from 'mdast';
import type { Board, Diagnostic, Group, Item } from '../../model/types.js';
import { BoardBuilder } from '../builder.js';
import { StatusMapper } from '../status.js';
import type { BacklogProject } from './project.js';
import { type BacklogTask, parseBacklogTask } from './task.js';

/** The dialect id of boards read from a Backlog.md folder. */
export const BACKLOG_MD_DIALECT = 'backlog-md';

export interface BacklogRead {
  board: Board;
  diagnostics: Diagnostic[];
}

/** A node standing for a span of another file, so that the builder records its position. */
const span = (line: number, endLine: number, endColumn = 1): Nodes => ({
  type: 'paragraph',
  children: [],
  position: {
    start: { line, column: 1 },
    end: { line: Math.max(line, endLine), column: endColumn },
  },
});

/** Backlog.md's id order: numeric segment by segment (`TASK-2` < `TASK-2.1` < `TASK-10`). */
function compareIds(a: string, b: string): number {
  const seg = (id: string): number[] =>
    (/-(.*)$/.exec(id)?.[1] ?? id).split('.').map((s) => Number.parseInt(s, 10));
  const x = seg(a);
  const y = seg(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

/**
 * Reads a Backlog.md project as one board, as `backlog task list` and `backlog board` show it:
 * columns are the config's `statuses` in order (a status no column names gets a column of its
 * own after them, matched case-insensitively as Backlog.md does), items are the task files of
 * `tasks/` in id order with their labels, assignees, priority, dependencies, parent and acceptance
 * criteria. Every item's position spans its task file (`position.path`); every column points at
 * the config's `statuses:` line. `readText` gives a file's decoded text, or undefined with the
 * reason already reported. A task file that cannot be read is a warning, as Backlog.md skips it.
 */
export function readBacklogProject(
  project: BacklogProject,
  readText: (path: string) => string | undefined,
  mapper: StatusMapper = new StatusMapper(),
): BacklogRead {
  const diagnostics: Diagnostic[] = [];
  const builder = new BoardBuilder(project.dir, BACKLOG_MD_DIALECT, mapper);
  builder.title = project.config.projectName || project.dir;

  const tasks: Array<{ path: string; task: BacklogTask }> = [];
  for (const path of project.tasks) {
    const text = readText(path);
    if (text === undefined) continue;
    const parsed = parseBacklogTask(text, project.config.taskPrefix);
    if ('message' in parsed) {
      diagnostics.push({
        rule: 'backlog-task-unreadable',
        severity: 'warning',
        message: `Backlog.md task file is not readable: ${parsed.message}. Backlog.md leaves it out of its lists too; fix the front matter.`,
        path,
        line: parsed.line,
        column: 1,
      });
      continue;
    }
    tasks.push({ path, task: parsed });
  }
  tasks.sort((a, b) => compareIds(a.task.id, b.task.id));

  const columns = new Map<string, Group>();
  const column = (status: string, at: Nodes): Group => {
    const key = status.toLowerCase();
    let group = columns.get(key);
    if (!group) {
      group = builder.group({ title: status, kind: 'column', node: at, rawStatus: status });
      columns.set(key, group);
    }
    return group;
  };
  for (const status of project.config.statuses) {
    const g = column(status, span(project.config.statusesLine, project.config.statusesLine));
    g.position.path = project.configPath;
  }

  // A dependency on a task moved to completed/ is met, as Backlog.md resolves it there.
  const completedIds = new Set<string>();
  for (const path of project.completed) {
    const text = readText(path);
    if (text === undefined) continue;
    const parsed = parseBacklogTask(text, project.config.taskPrefix);
    if (!('message' in parsed)) completedIds.add(parsed.id);
  }
  const fallback = project.config.defaultStatus ?? project.config.statuses[0] ?? 'To Do';
  const byId = new Map<string, Item>();
  const parents: Array<[Item, string]> = [];
  for (const { path, task } of tasks) {
    const status = task.status || fallback;
    const known = columns.get(status.toLowerCase());
    const group = known ?? column(status, span(task.statusLine, task.statusLine));
    if (!known) group.position.path = path;
    const spec: Parameters<BoardBuilder['item']>[0] = {
      id: task.id,
      title: task.title,
      group,
      node: span(1, task.lineCount, task.lastLineLength + 1),
      evidence: [builder.evidence('column', group.title, task.statusLine)],
      dependsOn: task.dependencies.filter((d) => !completedIds.has(d)),
      labels: task.labels,
      acceptance: task.acceptance,
    };
    if (task.type) spec.kind = task.type;
    if (task.assignees.length) spec.assignee = task.assignees.join(', ');
    if (task.priority) spec.priority = task.priority;
    const item = builder.item(spec);
    item.position.path = path;
    if (task.milestone) item.fields.milestone = task.milestone;
    if (task.createdDate) item.fields.created = task.createdDate;
    if (task.ordinal !== undefined) item.fields.ordinal = String(task.ordinal);
    const met = task.dependencies.filter((d) => completedIds.has(d));
    if (met.length) item.fields['completed dependencies'] = met.join(', ');
    if (task.description) item.description = task.description;
    if (task.parent) parents.push([item, task.parent]);
    byId.set(item.id, item);
  }
  // Parents are linked once every task is known: a subtask's file may sort before its parent's.
  for (const [item, parent] of parents) {
    if (byId.has(parent) && parent !== item.id) item.parent = parent;
    else item.fields.parent = parent;
  }
  diagnostics.push(...builder.diagnostics);
  return { board: builder.build(project.dir), diagnostics };
}
