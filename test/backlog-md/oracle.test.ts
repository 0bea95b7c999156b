import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit } from '../../kanban/edit/apply.js';
import { planBacklogEdit } from '../../kanban/edit/backlog-md.js';
import { EditError } from '../../kanban/edit/errors.js';
import type { EditOperation } from '../../kanban/edit/types.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import type { Board } from '../../model/types.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT } from '../helpers.js';

/**
 * The `backlog.md` CLI itself is the oracle: a project made with `backlog init` and
 * `backlog task create` (statuses, dependencies, labels, assignees, priority, acceptance criteria,
 * a subtask, a draft, a hand-edited legacy file) must read as one board whose ids, titles and
 * statuses are what `backlog task list --plain` prints.
 */
const BACKLOG = join(ROOT, 'node_modules', '.bin', 'backlog');

let dir: string;
let home: string;

function backlog(...args: string[]): string {
  return execFileSync(BACKLOG, args, {
    cwd: dir,
    env: {
      ...process.env,
      HOME: home,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** `task list --plain`: `Status:` lines, then `  [PRIO] [type] ID - Title (ac: n/m)` lines. */
function plainList(text: string): Array<{ id: string; title: string; status: string }> {
  const out: Array<{ id: string; title: string; status: string }> = [];
  let status = '';
  for (const line of text.split('\n')) {
    const head = /^(\S.*):$/.exec(line);
    if (head) {
      status = head[1] as string;
      continue;
    }
    const m = /^\s+(?:\[[^\]]+\]\s+)*([A-Z]+-[\d.]+) - (.*?)(?: \(ac: \d+\/\d+\))?$/.exec(line);
    if (m) out.push({ id: m[1] as string, title: m[2] as string, status });
  }
  return out;
}

function readModel(): { board: Board; skipped: string[] } {
  const loaded = loadWorkspace({ root: dir });
  const boards = loaded.workspace.boards.filter((b) => b.dialect === 'backlog-md');
  expect(boards).toHaveLength(1);
  expect(loaded.unusable).toBe(false);
  return { board: boards[0]!, skipped: loaded.skipped.map((s) => s.path) };
}

describe('a Backlog.md project made by the backlog CLI', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bw-backlog-'));
    home = mkdtempSync(join(tmpdir(), 'bw-home-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    backlog('init', 'Oracle', '--defaults', '--integration-mode', 'none');
    backlog('config', 'set', 'remoteOperations', 'false');
    backlog('config', 'set', 'checkActiveBranches', 'false');
    backlog(
      'task',
      'create',
      'Set up CI',
      '-s',
      'Done',
      '-l',
      'infra,ci',
      '-a',
      '@alice',
      '--priority',
      'high',
      '--ac',
      'Pipeline runs',
      '--ac',
      'Badge in README',
    );
    backlog(
      'task',
      'create',
      'Write the parser',
      '-s',
      'In Progress',
      '--dep',
      'task-1',
      '-l',
      'core',
      '--ac',
      'Parses tables',
    );
    backlog(
      'task',
      'create',
      "Colons: & 'quotes' # hash",
      '-l',
      'docs',
      '-a',
      '@bob,@carol',
      '--dep',
      'task-1,task-2',
    );
    backlog('task', 'create', 'A subtask', '-p', 'task-2');
    backlog('task', 'create', 'An idea not yet a task', '--draft');
    for (let n = 0; n < 8; n++)
      backlog('task', 'create', `Filler ${n + 1}`, '-s', n % 2 ? 'Done' : 'To Do');
    // A file written by hand in the older style: lower-case id, `assignee: @dave` (not valid
    // YAML, which Backlog.md accepts), flow lists, a status no column names, criteria without
    // markers or numbers.
    writeFileSync(
      join(dir, 'backlog/tasks/task-20 - Legacy.md'),
      '---\nid: task-20\ntitle: Legacy style\nstatus: Blocked\nassignee: @dave\nlabels: [a, b]\ndependencies: [task-1]\n---\n\n## Description\n\nOld style file.\n\n## Acceptance Criteria\n\n- [x] First\n- [ ] Second\n',
    );
    writeFileSync(
      join(dir, 'backlog/tasks/task-22 - Dangling.md'),
      '---\nid: task-22\ntitle: Waits on a task that is gone\nstatus: To Do\ndependencies: [task-99, task-30]\n---\n',
    );
    writeFileSync(
      join(dir, 'backlog/tasks/task-21 - Lower.md'),
      '---\nid: task-21\ntitle: "Lower-case status"\nstatus: done\n---\n',
    );
    // Completed tasks live in backlog/completed and are not listed by `task list`.
    mkdirSync(join(dir, 'backlog/completed'), { recursive: true });
    writeFileSync(
      join(dir, 'backlog/completed/task-30 - Old.md'),
      '---\nid: task-30\ntitle: Shipped long ago\nstatus: Done\n---\n',
    );
  }, 600_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('reads as one board equal to `backlog task list --plain`', () => {
    const expected = plainList(backlog('task', 'list', '--plain'));
    expect(expected.length).toBe(15); // 3 tasks, 1 subtask, 8 fillers, 3 written by hand
    const { board } = readModel();
    const groupTitle = new Map(board.groups.map((g) => [g.id, g.title]));
    const actual = board.items.map((i) => ({
      id: i.id,
      title: i.title,
      status: groupTitle.get(i.group ?? '') ?? '',
    }));
    const key = (x: { id: string }): string => x.id;
    expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a).localeCompare(key(b))),
    );
    // Counts per column, in the config's column order, then the extra column.
    const perStatus = (list: Array<{ status: string }>): Record<string, number> =>
      list.reduce<Record<string, number>>(
        (acc, x) => ({ ...acc, [x.status]: (acc[x.status] ?? 0) + 1 }),
        {},
      );
    expect(perStatus(actual)).toEqual(perStatus(expected));
    expect(board.groups.map((g) => g.title)).toEqual(['To Do', 'In Progress', 'Done', 'Blocked']);
  });

  it('keeps what each task file says: labels, assignees, dependencies, parent, criteria', () => {
    const { board } = readModel();
    const item = (id: string) => board.items.find((i) => i.id === id)!;
    expect(item('TASK-1')).toMatchObject({
      status: 'done',
      done: true,
      labels: ['infra', 'ci'],
      assignee: '@alice',
      priority: 'high',
      acceptance: [
        { text: 'Pipeline runs', done: false },
        { text: 'Badge in README', done: false },
      ],
    });
    expect(item('TASK-2')).toMatchObject({ status: 'in-progress', dependsOn: ['TASK-1'] });
    expect(item('TASK-3')).toMatchObject({
      assignee: '@bob, @carol',
      dependsOn: ['TASK-1', 'TASK-2'],
    });
    expect(item('TASK-2.1').parent).toBe('TASK-2');
    expect(item('TASK-20')).toMatchObject({
      status: 'blocked',
      assignee: '@dave',
      labels: ['a', 'b'],
      description: 'Old style file.',
      acceptance: [
        { text: 'First', done: true },
        { text: 'Second', done: false },
      ],
    });
    expect(item('TASK-21').done).toBe(true);
    // Acceptance criteria are never items; every item points at its own file.
    expect(board.items.every((i) => i.position.path?.startsWith('backlog/tasks/task-'))).toBe(true);
    expect(item('TASK-20').position).toEqual({
      line: 1,
      column: 1,
      endLine: 17,
      endColumn: 13,
      path: 'backlog/tasks/task-20 - Legacy.md',
    });
    expect(board.groups.every((g) => g.position.path !== undefined)).toBe(true);
  });

  it('points findings on a task at its own file', () => {
    const loaded = loadWorkspace({ root: dir });
    const dangling = loaded.workspace.diagnostics.filter((d) => d.rule === 'dangling-dependency');
    // Backlog.md's own `task view` calls TASK-99 an unknown task id, too.
    expect(dangling.map((d) => [d.path, d.line])).toEqual([
      ['backlog/tasks/task-22 - Dangling.md', 1],
    ]);
    // TASK-30 was moved to completed/: the dependency is met, not dangling.
    const item = loaded.workspace.boards[0]!.items.find((i) => i.id === 'TASK-22')!;
    expect(item.dependsOn).toEqual(['TASK-99']);
    expect(item.fields['completed dependencies']).toBe('TASK-30');
  });

  it('leaves drafts and completed tasks off the board and says why', () => {
    const { board, skipped } = readModel();
    expect(board.items.some((i) => i.id === 'TASK-30' || i.id.startsWith('DRAFT'))).toBe(false);
    expect(skipped).toContain('backlog/completed/task-30 - Old.md');
    expect(skipped.some((p) => p.startsWith('backlog/drafts/draft-1'))).toBe(true);
    // No task file is read as a board of its own.
    const loaded = loadWorkspace({ root: dir });
    expect(
      loaded.workspace.boards.filter((b) => b.path === 'backlog' || b.path.startsWith('backlog/')),
    ).toHaveLength(1);
    expect(readdirSync(join(dir, 'backlog/tasks')).length).toBe(15);
  });

  // Last: these change the project. What boardwright writes, Backlog.md reads back.
  it('edits a task in its own file, the way Backlog.md reads it back', () => {
    const edit = (op: EditOperation): string[] => {
      const { board } = readModel();
      const plan = planBacklogEdit(
        {
          board,
          readFile: (path) => readFileSync(join(dir, path)),
          limits: DEFAULT_LIMITS,
        },
        op,
      );
      return applyEdit(plan, dir);
    };
    const legacy = 'backlog/tasks/task-20 - Legacy.md';
    const before = readFileSync(join(dir, legacy), 'utf8');
    expect(edit({ op: 'move', id: 'TASK-20', to: 'in progress' })).toEqual([legacy]);
    // Only the status value changed: `assignee: @dave`, flow lists and the body stay.
    expect(readFileSync(join(dir, legacy), 'utf8')).toBe(
      before.replace('status: Blocked', 'status: In Progress'),
    );
    edit({ op: 'status', id: 'TASK-3', status: 'done' });
    edit({ op: 'status', id: 'TASK-1', status: 'backlog' });
    edit({ op: 'tick', id: 'TASK-1', acceptance: 2 });
    edit({ op: 'set', id: 'TASK-21', values: { status: 'To Do' } });

    const listed = plainList(backlog('task', 'list', '--plain'));
    const status = (id: string): string | undefined => listed.find((x) => x.id === id)?.status;
    expect([status('TASK-20'), status('TASK-3'), status('TASK-1'), status('TASK-21')]).toEqual([
      'In Progress',
      'Done',
      'To Do',
      'To Do',
    ]);
    const view = backlog('task', 'view', 'TASK-1', '--plain');
    expect(view).toMatch(/\[ \] #1 Pipeline runs/);
    expect(view).toMatch(/\[x\] #2 Badge in README/);
    expect(readModel().board.items.find((i) => i.id === 'TASK-1')!.acceptance[1]!.done).toBe(true);

    // The command line routes to the task file too, and says which file it wrote.
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'done', 'TASK-2'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(
      /^Set TASK-2 to Done — backlog\/tasks\/task-2 - Write-the-parser\.md:\d+\.$/m,
    );
    expect(
      plainList(backlog('task', 'list', '--plain')).find((x) => x.id === 'TASK-2')?.status,
    ).toBe('Done');
  });

  it('refuses what a Backlog.md task file should get from Backlog.md itself', () => {
    const { board } = readModel();
    const refuse = (op: EditOperation): EditError => {
      try {
        planBacklogEdit(
          { board, readFile: (p) => readFileSync(join(dir, p)), limits: DEFAULT_LIMITS },
          op,
        );
      } catch (e) {
        expect(e).toBeInstanceOf(EditError);
        return e as EditError;
      }
      throw new Error('not refused');
    };
    expect(refuse({ op: 'add', title: 'New', to: 'To Do' }).message).toMatch(/backlog task create/);
    expect(refuse({ op: 'set', id: 'TASK-3', values: { assignee: '@erin' } }).message).toMatch(
      /backlog task edit TASK-3/,
    );
    // The project's statuses are To Do, In Progress, Done: none says review.
    expect(refuse({ op: 'status', id: 'TASK-3', status: 'review' }).message).toMatch(
      /its statuses \(config.yml\) are: To Do, In Progress, Done\b/,
    );
  });
});
