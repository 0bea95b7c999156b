import { loadYaml } from '../../io/yaml.js';
import type { AcceptanceCriterion } from '../../model/types.js';

/**
 * One Backlog.md task file (`backlog/tasks/task-12 - Title.md`): YAML front matter (`id`,
 * `title`, `status`, `assignee`, `labels`, `dependencies`, `priority`, `parent_task_id`, …) and
 * a body of `## Description`, `## Acceptance Criteria`, `## Implementation Plan` … sections.
 * Follows Backlog.md 1.52: `assignee: @name` (not valid YAML) is read as Backlog.md reads it, ids
 * are compared upper-cased (`task-7` is `TASK-7`), and acceptance criteria are the checkboxes
 * between `<!-- AC:BEGIN -->` and `<!-- AC:END -->`, or, in older files without the markers, the
 * checkboxes of the `## Acceptance Criteria` section (`- [ ] #1 text`, the `#1` dropped).
 */
export interface BacklogTask {
  id: string;
  title: string;
  /** Status as written; empty when the file gives none. */
  status: string;
  /** 1-based line of `status:` (of the front matter's first line when absent). */
  statusLine: number;
  assignees: string[];
  labels: string[];
  dependencies: string[];
  priority?: string;
  parent?: string;
  milestone?: string;
  type?: string;
  ordinal?: number;
  createdDate?: string;
  description?: string;
  acceptance: AcceptanceCriterion[];
  /** Number of lines in the file, for the item's span. */
  lineCount: number;
  /** Length of the file's last line in UTF-16 code units, for the span's end column. */
  lastLineLength: number;
}

/** Why a task file could not be read; Backlog.md leaves such files out of its lists too. */
export interface BacklogTaskError {
  line: number;
  message: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Backlog.md's repair of hand-written front matter before YAML sees it: an unquoted value of
 * `assignee:` or `reporter:` (`@alice`, or a flow list `[@alice, @bob]`) is quoted.
 */
export function quoteAssignees(frontMatter: string): string {
  return frontMatter
    .split(/\r?\n/)
    .map((line) => {
      const m = /^(\s*(?:assignee|reporter):\s*)(.*)$/.exec(line);
      if (!m) return line;
      const prefix = m[1] as string;
      const value = (m[2] as string).trim();
      const flow = /^\[(.*)\]\s*(#.*)?$/.exec(value);
      if (flow) {
        const entries = (flow[1] as string)
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean)
          .map((e) => (e.startsWith('@') ? JSON.stringify(e) : e));
        return `${prefix}[${entries.join(', ')}]${flow[2] ? ` ${flow[2]}` : ''}`;
      }
      if (value && !/^[[\-'"]/.test(value)) return `${prefix}${JSON.stringify(value)}`;
      return line;
    })
    .join('\n');
}

/** `task-7` → `TASK-7`, `7` → `TASK-7` (with the project's prefix), as Backlog.md compares ids. */
export function normaliseTaskId(id: string, prefix: string): string {
  const trimmed = id.trim();
  const m = /^([A-Za-z]+)-(.+)$/.exec(trimmed);
  const p = m ? (m[1] as string) : prefix;
  const body = m ? (m[2] as string) : trimmed;
  return `${p.toUpperCase()}-${body.toUpperCase()}`;
}

const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map((x) => String(x).trim()).filter(Boolean)
    : v === undefined || v === null || v === ''
      ? []
      : [String(v).trim()];

const str = (v: unknown): string | undefined =>
  v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();

/**
 * Reads a task file's text (LF or CRLF). Returns the task, or why it cannot be read: no front
 * matter, YAML that does not parse even after Backlog.md's repair, or no `id`.
 */
export function parseBacklogTask(text: string, prefix: string): BacklogTask | BacklogTaskError {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return { line: 1, message: 'no front matter (--- lines with id, title and status)' };
  const source = quoteAssignees(fm[1] as string);
  const { parse } = loadYaml();
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 100, uniqueKeys: false });
  } catch (e) {
    const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
    return { line: line + 1, message: (e as Error).message.split('\n')[0] ?? 'invalid YAML' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { line: 2, message: 'front matter is not a mapping of keys to values' };
  const d = data as Record<string, unknown>;
  const rawId = str(d.id);
  if (!rawId) return { line: 2, message: 'front matter has no id' };
  const fmLines = (fm[1] as string).split(/\r?\n/);
  const statusAt = fmLines.findIndex((l) => /^status\s*:/.test(l));
  const body = text.slice(fm[0].length);
  const bodyStart = fmLines.length + 3; // the two --- lines, then the first body line
  const lines = text.split(/\r?\n/);
  const task: BacklogTask = {
    id: normaliseTaskId(rawId, prefix),
    title: str(d.title) ?? '',
    status: str(d.status) ?? '',
    statusLine: statusAt === -1 ? 1 : statusAt + 2,
    assignees: list(d.assignee),
    labels: list(d.labels),
    dependencies: list(d.dependencies).map((dep) => normaliseTaskId(dep, prefix)),
    acceptance: acceptanceCriteria(body, bodyStart),
    lineCount: text.endsWith('\n') ? lines.length - 1 : lines.length,
    lastLineLength:
      (text.endsWith('\n') ? lines[lines.length - 2] : lines[lines.length - 1])?.length ?? 0,
  };
  const priority = str(d.priority);
  if (priority) task.priority = priority.toLowerCase();
  const parent = str(d.parent_task_id) ?? str(d.parent);
  if (parent) task.parent = normaliseTaskId(parent, prefix);
  const milestone = str(d.milestone);
  if (milestone) task.milestone = milestone;
  const type = str(d.type);
  if (type) task.type = type;
  if (d.ordinal !== undefined && Number.isFinite(Number(d.ordinal)))
    task.ordinal = Number(d.ordinal);
  const created =
    d.created_date instanceof Date ? d.created_date.toISOString() : str(d.created_date);
  if (created) task.createdDate = created;
  const description = section(body, /^description$/i);
  if (description) task.description = description;
  return task;
}

const CHECKBOX = /^\s*[-*+]\s+\[([ xX])\]\s+(?:#\d+\s+)?(.*)$/;

/** Acceptance criteria of a task body; `firstLine` is the body's 1-based line in the file. */
function acceptanceCriteria(body: string, firstLine: number): AcceptanceCriterion[] {
  const lines = body.split(/\r?\n/);
  const marked: AcceptanceCriterion[] = [];
  const legacy: AcceptanceCriterion[] = [];
  let inMarkers = false;
  let inSection = false;
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = (f[1] as string)[0];
      else if ((f[1] as string)[0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    if (/<!--\s*AC:BEGIN\s*-->/.test(line)) inMarkers = true;
    else if (/<!--\s*AC:END\s*-->/.test(line)) inMarkers = false;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      if ((h[1] as string).length <= 2)
        inSection = /^acceptance criteria$/i.test((h[2] as string).trim());
      return;
    }
    const c = CHECKBOX.exec(line);
    if (!c) return;
    const criterion = {
      text: (c[2] as string).trim(),
      done: c[1] !== ' ',
      line: firstLine + i,
    };
    if (inMarkers) marked.push(criterion);
    else if (inSection) legacy.push(criterion);
  });
  return marked.length ? marked : legacy;
}

/** Text of a `## Name` section, without its heading and trimmed; undefined when absent or empty. */
function section(body: string, name: RegExp): string | undefined {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => {
    const h = /^##\s+(.*?)\s*$/.exec(l);
    return h !== null && name.test(h[1] as string);
  });
  if (start === -1) return undefined;
  const out: string[] = [];
  for (let i = start + 1; i < lines.length && !/^##?\s/.test(lines[i] as string); i++)
    out.push(lines[i] as string);
  const text = out
    .join('\n')
    .replace(/<!--\s*SECTION:[^>]*-->/g, '')
    .trim();
  return text || undefined;
}
