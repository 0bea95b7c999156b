import { loadYaml } from '../../io/yaml.js';

/**
 * What boardwright needs of a Backlog.md project's `config.yml`: the board's columns and the task
 * file prefix. Follows Backlog.md 1.x, which reads the file line by line as `key: value` pairs and
 * parses list values (`statuses: ["To Do", "In Progress", "Done"]`) on their own.
 */
export interface BacklogConfig {
  projectName?: string;
  /** Board columns in order; Backlog.md's defaults when the config names none. */
  statuses: string[];
  /** Status given to tasks that carry none. */
  defaultStatus?: string;
  /** Task id and file prefix, lower-case (`task` → `task-12 - Title.md`, id `TASK-12`). */
  taskPrefix: string;
  /** `backlog_directory` of a root `backlog.config.yml`. */
  backlogDirectory?: string;
  /** 1-based line of the `statuses:` key, for the columns' positions; 1 when absent. */
  statusesLine: number;
}

/** Backlog.md's columns when `statuses` is missing. */
export const DEFAULT_BACKLOG_STATUSES = ['To Do', 'In Progress', 'Done'];

const unquote = (v: string): string => v.trim().replace(/^(['"])(.*)\1$/, '$2');

/**
 * Parses a Backlog.md config. Never throws: keys it cannot read keep Backlog.md's defaults.
 * A list may be a flow sequence on the key's line or a block sequence under it.
 */
export function parseBacklogConfig(text: string): BacklogConfig {
  const config: BacklogConfig = {
    statuses: [...DEFAULT_BACKLOG_STATUSES],
    taskPrefix: 'task',
    statusesLine: 1,
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^([A-Za-z_][\w]*)\s*:(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1] as string;
    const value = (m[2] as string).replace(/\s+#.*$/, '').trim();
    switch (key) {
      case 'project_name':
      case 'projectName':
        config.projectName = unquote(value);
        break;
      case 'default_status':
        config.defaultStatus = unquote(value);
        break;
      case 'task_prefix':
        config.taskPrefix = unquote(value).toLowerCase() || 'task';
        break;
      case 'backlog_directory':
      case 'backlogDirectory':
        config.backlogDirectory = unquote(value);
        break;
      case 'statuses': {
        const list = readList(value, lines, i + 1);
        if (list.length) {
          config.statuses = list;
          config.statusesLine = i + 1;
        }
        break;
      }
    }
  }
  return config;
}

/** A flow list on the key's line, or `- item` lines right below it. */
function readList(value: string, lines: string[], next: number): string[] {
  let source = value;
  if (!source) {
    const block: string[] = [];
    for (let j = next; j < lines.length && /^\s+-\s|^-\s/.test(lines[j] as string); j++)
      block.push(lines[j] as string);
    source = block.join('\n');
  }
  const { parse } = loadYaml();
  try {
    const parsed: unknown = parse(source);
    if (Array.isArray(parsed)) return parsed.map((s) => String(s).trim()).filter(Boolean);
  } catch {
    // Unreadable list: keep the defaults, as Backlog.md does for a missing key.
  }
  return [];
}
