import { type BacklogConfig, parseBacklogConfig } from './config.js';

/**
 * A Backlog.md project found among the discovered Markdown files: a folder (`backlog/`,
 * `.backlog/`, or the `backlog_directory` of a root `backlog.config.yml`) holding `config.yml`
 * and one file per task. Its files are read together as one board, never one board per file.
 */
export interface BacklogProject {
  /** The backlog folder, workspace-relative (`backlog`, `.backlog`, `tools/backlog`). */
  dir: string;
  configPath: string;
  config: BacklogConfig;
  /** `tasks/<prefix>-*.md`: the board's items, as `backlog task list` shows them. */
  tasks: string[];
  /** Files of the project that are not on the board, with the reason (for `build --verbose`). */
  notOnBoard: Array<{ path: string; reason: string }>;
  /** `completed/<prefix>-*.md`: done work off the board, which dependencies may still name. */
  completed: string[];
}

/** Sub-folders of a backlog folder, and what each holds that is not a board item. */
const SUBFOLDERS: Record<string, string> = {
  tasks: '',
  completed: 'a completed task (Backlog.md lists only backlog/tasks)',
  drafts: 'a draft (Backlog.md lists drafts apart from tasks)',
  archive: 'an archived task or draft',
  docs: 'a Backlog.md document',
  decisions: 'a Backlog.md decision record',
  milestones: 'a Backlog.md milestone file',
};

/**
 * Groups `files` (workspace-relative, `/`-separated) into Backlog.md projects. `readText` returns
 * a workspace file's text, or undefined when it does not exist or cannot be read; it is asked
 * only for candidate config files. Returns the projects and the files that belong to none.
 */
export function findBacklogProjects(
  files: readonly string[],
  readText: (path: string) => string | undefined,
): { projects: BacklogProject[]; rest: string[] } {
  const configs = new Map<string, { path: string; config: BacklogConfig } | null>();
  const configOf = (dir: string): { path: string; config: BacklogConfig } | null => {
    const cached = configs.get(dir);
    if (cached !== undefined) return cached;
    let found: { path: string; config: BacklogConfig } | null = null;
    for (const name of ['config.yml', 'config.yaml']) {
      const path = dir ? `${dir}/${name}` : name;
      const text = readText(path);
      if (text !== undefined) {
        found = { path, config: parseBacklogConfig(text) };
        break;
      }
    }
    if (!found) {
      // A root `backlog.config.yml` names the folder with `backlog_directory`.
      const slash = dir.lastIndexOf('/');
      const parent = slash === -1 ? '' : dir.slice(0, slash);
      const base = dir.slice(slash + 1);
      const path = parent ? `${parent}/backlog.config.yml` : 'backlog.config.yml';
      const text = readText(path);
      if (text !== undefined) {
        const config = parseBacklogConfig(text);
        const named = config.backlogDirectory?.replace(/^\.\//, '').replace(/\/$/, '');
        if (named === base || (!named && (base === 'backlog' || base === '.backlog')))
          found = { path, config };
      }
    }
    configs.set(dir, found);
    return found;
  };

  const byDir = new Map<string, BacklogProject>();
  const rest: string[] = [];
  for (const file of files) {
    const parts = file.split('/');
    let project: BacklogProject | undefined;
    let sub = '';
    // The innermost ancestor folder with a known sub-folder and a config wins.
    for (let k = parts.length - 2; k >= 1 && !project; k--) {
      const name = parts[k] as string;
      if (!(name in SUBFOLDERS)) continue;
      const dir = parts.slice(0, k).join('/');
      const found = configOf(dir);
      if (!found) continue;
      project = byDir.get(dir);
      if (!project) {
        project = {
          dir,
          configPath: found.path,
          config: found.config,
          tasks: [],
          notOnBoard: [],
          completed: [],
        };
        byDir.set(dir, project);
      }
      sub = name;
    }
    if (!project) {
      rest.push(file);
      continue;
    }
    const base = parts[parts.length - 1] as string;
    const inTasks = sub === 'tasks' && parts.length === project.dir.split('/').length + 2;
    if (inTasks && base.toLowerCase().startsWith(`${project.config.taskPrefix}-`))
      project.tasks.push(file);
    else if (sub === 'tasks')
      project.notOnBoard.push({
        path: file,
        reason: `not a task file: Backlog.md reads only ${project.dir}/tasks/${project.config.taskPrefix}-*.md`,
      });
    else project.notOnBoard.push({ path: file, reason: SUBFOLDERS[sub] as string });
    if (sub === 'completed' && base.toLowerCase().startsWith(`${project.config.taskPrefix}-`))
      project.completed.push(file);
  }
  return { projects: [...byDir.values()], rest };
}
