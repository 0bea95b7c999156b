import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../kanban/edit/apply.js';
import { EditError } from '../../kanban/edit/errors.js';
import { planEdit } from '../../kanban/edit/plan.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { ROOT } from '../helpers.js';

/** The edit commands as a user runs them: exit codes, --dry-run, --json, refusals. */

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-edit-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const BOARD = [
  '# Team board',
  '',
  '## Todo',
  '',
  '- TP-1: Write the importer @ana',
  '- TP-2: Rate-limit the API',
  '',
  '## Doing',
  '',
  '- TP-3: Station search',
  '',
  '## Done',
  '',
  '- TP-4: Privacy page',
  '',
].join('\n');

describe('edit commands', () => {
  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    const r = cli(['move', 'TP-2', '--to', 'Doing', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '--- a/BOARD.md',
        '+++ b/BOARD.md',
        '@@ -3,11 +3,11 @@',
        ' ## Todo',
        ' ',
        ' - TP-1: Write the importer @ana',
        '-- TP-2: Rate-limit the API',
        ' ',
        ' ## Doing',
        ' ',
        ' - TP-3: Station search',
        '+- TP-2: Rate-limit the API',
        ' ',
        ' ## Done',
        ' ',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toBe(BOARD);
  });

  it('writes a CRLF file with a BOM, keeping both, and reports JSON', () => {
    const crlf = Buffer.from(`\ufeff${BOARD.replace(/\n/g, '\r\n')}`, 'utf8');
    const dir = workspace({ 'BOARD.md': crlf });
    const r = cli(['done', 'TP-3', '--json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      command: 'done',
      path: 'BOARD.md',
      changed: true,
      written: true,
      item: { id: 'TP-3', status: 'done', group: 'done' },
    });
    const after = readFileSync(join(dir, 'BOARD.md'));
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(after.toString('utf8')).toBe(
      // The card leaves Doing with the blank line after it; Doing keeps one blank line.
      `\ufeff${BOARD.replace('- TP-3: Station search\n\n', '')
        .replace('- TP-4: Privacy page\n', '- TP-4: Privacy page\n- TP-3: Station search\n')
        .replace(/\n/g, '\r\n')}`,
    );
    // Already done: nothing to write, still exit 0.
    const again = cli(['done', 'TP-3'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already so');
  });

  it('refuses an id two items share, naming both lines (exit 1)', () => {
    const dir = workspace({ 'BOARD.md': BOARD.replace('TP-3', 'TP-1') });
    const r = cli(['done', 'TP-1'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 items have the id TP-1 (lines 5 and 10)');
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toBe(BOARD.replace('TP-3', 'TP-1'));
  });

  it('says when an id is unknown, or a change is one the format cannot say (exit 1)', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    const unknown = cli(['move', 'TP-9', '--to', 'Done'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No item TP-9');
    const nowhere = cli(['move', 'TP-1', '--to', 'Shipping'], dir);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain(
      '"Shipping" names no column, group or status of this board. Try one of: Todo, Doing, Done.',
    );
    const tasks = workspace({
      'tasks.md':
        '# Tasks: x\n\n## Phase 1: Setup\n\n- [ ] T001 Create the project\n- [ ] T002 Add CI\n',
    });
    const review = cli(['move', 'T001', '--to', 'review'], tasks);
    expect(review.code).toBe(1);
    expect(review.stderr).toContain('spec-kit tasks carry only a checkbox');
  });

  it('adds with the next id in the file’s own scheme, and ticks acceptance criteria', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    expect(cli(['add', 'Offline mode', '--to', 'Todo'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toContain(
      '- TP-2: Rate-limit the API\n- TP-5: Offline mode\n',
    );
    const tasks = workspace({
      'tasks.md': [
        '# Tasks',
        '',
        '## M1: Core',
        '',
        '### Phase 1.1: Schema',
        '',
        '- [ ] **M1.1.1**: Create the schema',
        '  - Status: Backlog',
        '  - Acceptance Criteria:',
        '    - [ ] Migration applies cleanly',
        '    - [ ] RLS enabled',
        '',
      ].join('\n'),
    });
    const r = cli(['tick', 'M1.1.1', '--acceptance', '2'], tasks);
    expect(r.code).toBe(0);
    expect(readFileSync(join(tasks, 'tasks.md'), 'utf8')).toContain('    - [x] RLS enabled\n');
    expect(cli(['tick', 'M1.1.1', '--acceptance', '3'], tasks).stderr).toContain(
      'M1.1.1 has 2 acceptance criteria; there is no number 3.',
    );
  });

  it('show prints columns with counts; next lists unblocked work', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    const show = cli(['show'], dir);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(
      '  Todo (2)\n    TP-1  Write the importer  @ana\n    TP-2  Rate-limit the API\n',
    );
    expect(show.stdout).toContain('  Done (1)\n    TP-4  Privacy page\n');
    expect(cli(['show', '--column', 'Shipping'], dir).code).toBe(1);
    const next = cli(['next', '--json'], dir);
    expect(JSON.parse(next.stdout).items.map((i: { id: string }) => i.id)).toEqual([
      'TP-1',
      'TP-2',
    ]);
  });
});

describe('--json on every edit command', () => {
  it('prints one JSON report per command, the same shape each time', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    const run = (...args: string[]): Record<string, unknown> => {
      const r = cli([...args, '--json'], dir);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Record<string, unknown>;
    };
    const report = (command: string, item: Record<string, unknown>) => ({
      schemaVersion: 1,
      command,
      path: 'BOARD.md',
      changed: true,
      written: true,
      summary: expect.any(String),
      lines: { start: expect.any(Number), end: expect.any(Number), newEnd: expect.any(Number) },
      span: { start: expect.any(Number), end: expect.any(Number), newEnd: expect.any(Number) },
      item: expect.objectContaining(item),
    });
    // --dry-run --json: the diff in the report, nothing written.
    const dry = run('move', 'TP-2', '--to', 'Doing', '--dry-run');
    expect(dry).toMatchObject({ command: 'move', changed: true, written: false });
    expect(dry['diff']).toMatch(/^--- a\/BOARD\.md\n\+\+\+ b\/BOARD\.md\n@@ /);
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toBe(BOARD);
    expect(run('move', 'TP-2', '--to', 'Doing')).toEqual(
      report('move', { id: 'TP-2', status: 'in-progress', group: 'doing' }),
    );
    expect(run('done', 'TP-2')).toEqual(report('done', { id: 'TP-2', status: 'done' }));
    // Without --to, reopen goes to the board's first open column: Todo (this board has no Backlog).
    expect(run('reopen', 'TP-2')).toEqual(
      report('reopen', { id: 'TP-2', status: 'ready', group: 'todo' }),
    );
    expect(run('set', 'TP-3', 'assignee=bo')).toEqual(report('set', { id: 'TP-3' }));
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toContain('- TP-3: Station search @bo\n');
    expect(run('add', 'Offline mode', '--to', 'Todo')).toEqual(
      report('add', { id: 'TP-5', title: 'Offline mode' }),
    );
    const tasks = workspace({
      'tasks.md':
        '# Tasks\n\n## Phase 1\n\n- [ ] **M1.1.1**: Schema\n  - Status: Backlog\n  - Acceptance Criteria:\n    - [ ] Applies cleanly\n',
    });
    const tick = cli(['tick', 'M1.1.1', '--acceptance', '1', '--json'], tasks);
    expect(JSON.parse(tick.stdout)).toEqual({
      ...report('tick', { id: 'M1.1.1' }),
      path: 'tasks.md',
    });
    // Already as asked: a report that says nothing changed.
    expect(run('done', 'TP-4')).toMatchObject({ command: 'done', changed: false, written: false });
    // A refusal is a JSON report too, with the reason's code; the message also goes to stderr.
    const refused = cli(['move', 'TP-9', '--to', 'Done', '--json'], dir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({
      schemaVersion: 1,
      command: 'move',
      changed: false,
      written: false,
      error: { code: 'not-found', message: expect.stringContaining('No item TP-9') },
    });
    expect(refused.stderr).toContain('No item TP-9');
    // The views.
    const show = run('show');
    expect(show['boards']).toEqual([
      expect.objectContaining({
        path: 'BOARD.md',
        dialect: expect.any(String),
        columns: expect.arrayContaining([
          expect.objectContaining({ title: 'Todo', count: 3 }),
          expect.objectContaining({ title: 'Done', count: 1 }),
        ]),
      }),
    ]);
    expect(run('next')).toMatchObject({
      total: 3,
      items: [{ id: 'TP-1' }, { id: 'TP-2' }, { id: 'TP-5' }],
    });
  });
});

describe('writing back', () => {
  it('refuses when the file changed since it was read', () => {
    const dir = workspace({ 'BOARD.md': BOARD });
    const bytes = readFileSync(join(dir, 'BOARD.md'));
    const plan = planEdit(
      { path: 'BOARD.md', bytes, read: { limits: DEFAULT_LIMITS } },
      { op: 'move', id: 'TP-1', to: 'Done' },
    );
    writeFileSync(join(dir, 'BOARD.md'), `${BOARD}- note\n`);
    expect(() => applyEdit(plan, dir)).toThrow(EditError);
    expect(readFileSync(join(dir, 'BOARD.md'), 'utf8')).toBe(`${BOARD}- note\n`);
    expect(() =>
      planEdit(
        { path: 'BOARD.md', bytes, read: { limits: DEFAULT_LIMITS }, expectHash: 'f'.repeat(64) },
        { op: 'move', id: 'TP-1', to: 'Done' },
      ),
    ).toThrow('BOARD.md changed since it was read');
  });

  it('does not write through a link that leaves the workspace', () => {
    const outside = workspace({ 'BOARD.md': BOARD });
    const dir = workspace({});
    symlinkSync(join(outside, 'BOARD.md'), join(dir, 'BOARD.md'));
    const plan = planEdit(
      {
        path: 'BOARD.md',
        bytes: readFileSync(join(dir, 'BOARD.md')),
        read: { limits: DEFAULT_LIMITS },
      },
      { op: 'move', id: 'TP-1', to: 'Done' },
    );
    expect(() => applyEdit(plan, dir)).toThrow('outside the workspace');
    expect(readFileSync(join(outside, 'BOARD.md'), 'utf8')).toBe(BOARD);
  });

  it('boardwright done never reads or writes a board linked from outside the workspace', () => {
    const outside = workspace({ 'BOARD.md': BOARD });
    const dir = workspace({});
    symlinkSync(join(outside, 'BOARD.md'), join(dir, 'BOARD.md'));
    // Found by discovery: the link is skipped, and the refusal says why.
    const found = cli(['done', 'TP-1'], dir);
    expect(found.code).toBe(1);
    expect(found.stderr).toMatch(/BOARD\.md is a symbolic link to a file outside the workspace/);
    expect(found.stderr).toMatch(/No board found, so no item TP-1/);
    // Named with --board: unusable input, exit 2.
    const named = cli(['done', 'TP-1', '--board', 'BOARD.md'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/BOARD\.md is a symbolic link that leads outside the workspace/);
    // Through a linked folder, too.
    const folder = workspace({});
    symlinkSync(outside, join(folder, 'boards'));
    expect(cli(['done', 'TP-1', '--board', 'boards/BOARD.md'], folder).code).toBe(2);
    expect(readFileSync(join(outside, 'BOARD.md'), 'utf8')).toBe(BOARD);
  });

  it('boardwright done writes a board linked inside the workspace through to its target', () => {
    const dir = workspace({});
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'board.md'), BOARD);
    symlinkSync('docs/board.md', join(dir, 'BOARD.md'));
    const r = cli(['done', 'TP-1', '--board', 'BOARD.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'BOARD.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'docs', 'board.md'), 'utf8')).not.toBe(BOARD);
  });
});
