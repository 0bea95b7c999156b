import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit, planEdit, type EditOperation } from '../../kanban/edit/index.js';
import { editReadOptions } from '../../kanban/edit/locate.js';
import type { Item } from '../../model/types.js';
import { githubClient, parseMarker, pullIssues, syncIssues } from '../../sync/index.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import { GitHubStandIn, type Issue } from './standin.js';

const REPO = { owner: 'owner', name: 'repo' };
/** Hundreds of real HTTP requests per test: generous on a loaded machine, never a speed check. */
const SLOW = 600_000;

let api: GitHubStandIn;
let baseUrl: string;

beforeEach(async () => {
  api = new GitHubStandIn();
  baseUrl = await api.start();
});
afterEach(async () => {
  await api.stop();
  expect(api.violations).toEqual([]);
});

const client = () =>
  githubClient({
    token: 'test-token',
    baseUrl,
    writeIntervalMs: 0,
    notifyIntervalMs: 0,
    retryUnitMs: 1,
  });

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'core.autocrlf=false', ...args], { cwd, encoding: 'utf8' });

/** A git repository holding `files`, committed, so that `git diff` shows what a pull changed. */
function repoOf(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-pull-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'board');
  return dir;
}

async function push(root: string) {
  const { workspace, links } = loadWorkspace({ root });
  return syncIssues({ workspace, links, client: client(), repo: REPO, mode: 'apply' });
}

async function pull(root: string, mode: 'plan' | 'apply' = 'apply') {
  const loaded = loadWorkspace({ root });
  return pullIssues({
    workspace: loaded.workspace,
    root,
    client: client(),
    repo: REPO,
    mode,
    readFile: (path) => readFileSync(join(root, path)),
    readOptions: (path) => editReadOptions(loaded.config, path),
  });
}

/** An edit made on the board, as `boardwright done/reopen/move` makes it. */
function editBoard(root: string, op: EditOperation): void {
  const loaded = loadWorkspace({ root });
  const read = editReadOptions(loaded.config, 'BOARD.md');
  applyEdit(
    planEdit({ path: 'BOARD.md', bytes: readFileSync(join(root, 'BOARD.md')), read }, op),
    root,
  );
}

/** Column title → item ids, as the board reads now. */
function columns(root: string): Record<string, string[]> {
  const board = loadWorkspace({ root }).workspace.boards[0]!;
  const out: Record<string, string[]> = {};
  for (const item of board.items) {
    const title = board.groups.find((g) => g.id === item.group)?.title ?? '';
    (out[title] ??= []).push(item.id);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

const issueOf = (id: string): Issue => api.issues.find((i) => parseMarker(i.body)?.id === id)!;

/** Closes an issue as someone does on GitHub (not through the sync). */
function closeOnGitHub(issue: Issue, reason: 'completed' | 'not_planned' = 'completed'): void {
  issue.state = 'closed';
  issue.state_reason = reason;
}

/** Changed lines of `git diff`: [removed, added], hunk headers and file headers left out. */
function diffLines(root: string): { removed: string[]; added: string[]; hunks: number } {
  const diff = git(root, 'diff', '--no-color', '-U0');
  const lines = diff.split('\n');
  return {
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    hunks: lines.filter((l) => l.startsWith('@@')).length,
  };
}

const statuses = (root: string): Map<string, string> =>
  new Map(
    loadWorkspace({ root }).workspace.boards.flatMap((b) =>
      b.items.map((i: Item) => [`${b.id}/${i.id}`, i.status] as const),
    ),
  );

const BOARD = `# Release board

## Backlog

- [ ] **REL-1**: Write the changelog
- [ ] **REL-2**: Tag the release
  - Depends on: REL-1
- [ ] **REL-4**: Announce the release

## Done

- [x] **REL-3**: Freeze the branch
`;

describe('sync --pull: issue states from GitHub into the boards', () => {
  it.each(['001', '003', '004'])(
    'seed %s: closing three issues on GitHub ticks exactly those three items, and the next push converges',
    async (seed) => {
      const src = readFileSync(join(ROOT, SEED_EXAMPLES[seed]!));
      const root = repoOf({ 'BOARD.md': src });
      await push(root);
      const before = statuses(root);
      // Three open items spread over the board: first, middle and last open one.
      // (Not a blocked item: one under a "Blocked" heading is refused by the edit, and said so.)
      const open = api.issues.filter(
        (i) => i.state === 'open' && !i.labels.includes('status:blocked'),
      );
      const chosen = [open[0]!, open[Math.floor(open.length / 2)]!, open[open.length - 1]!];
      for (const issue of chosen) closeOnGitHub(issue);
      api.resetLog();

      const { plan, written } = await pull(root);
      expect(api.writes).toEqual([]);
      expect(plan.skipped).toEqual([]);
      expect(plan.changes.map((c) => c.number).sort()).toEqual(chosen.map((i) => i.number).sort());
      expect(written).toEqual(['BOARD.md']);

      // The diff a person would write: one hunk per item, its box ticked and, where the item
      // has a status field, that field set to done in the board's own words (and encoding).
      const { removed, added, hunks } = diffLines(root);
      expect(hunks).toBe(3);
      const ticks = removed.filter((l) => /^\s*- \[ \]/.test(l));
      expect(ticks).toHaveLength(3);
      for (const line of ticks) expect(added).toContain(line.replace('[ ]', '[x]'));
      expect(removed.length).toBe(added.length);
      for (const line of removed.filter((l) => !ticks.includes(l)))
        expect(line).toMatch(/^\s*- Status: /);
      // Re-read: exactly those items are done, every other status is as it was.
      const after = statuses(root);
      const ids = new Set(
        chosen.map((i) => `${parseMarker(i.body)!.board}/${parseMarker(i.body)!.id}`),
      );
      for (const [key, status] of after)
        expect([key, status]).toEqual([key, ids.has(key) ? 'done' : before.get(key)]);

      // Pull again: nothing left to take.
      expect((await pull(root, 'plan')).plan.changes).toEqual([]);
      // The push records the new states (one body update each, no state change), then rests.
      api.resetLog();
      const again = await push(root);
      expect(again.plan.steps.filter((s) => s.kind !== 'noop').map((s) => s.kind)).toEqual([
        'update',
        'update',
        'update',
      ]);
      // (A label such as status:done is created if the board had no done item yet.)
      const patches = api.writes.filter((w) => w.method === 'PATCH');
      expect(patches).toHaveLength(3);
      for (const w of patches) expect(w.body).not.toHaveProperty('state');
      expect(
        api.writes.filter((w) => w.method !== 'PATCH').every((w) => w.path.endsWith('/labels')),
      ).toBe(true);
      api.resetLog();
      await push(root);
      expect(api.writes).toEqual([]);
    },
    SLOW,
  );

  it('is three-way: a board edit not yet pushed is kept, a GitHub change is not undone by a push', async () => {
    const root = repoOf({ 'BOARD.md': BOARD });
    await push(root);
    // On the board, REL-1 is finished (not pushed yet); on GitHub, REL-4 is closed and REL-3
    // reopened.
    editBoard(root, { op: 'status', id: 'REL-1', status: 'done' });
    git(
      root,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qam',
      'REL-1 done',
    );
    closeOnGitHub(issueOf('REL-4'));
    issueOf('REL-3').state = 'open';
    issueOf('REL-3').state_reason = 'reopened';

    // A push now carries REL-1 to GitHub and leaves REL-4 and REL-3 as GitHub has them.
    const pushed = await push(root);
    expect(
      pushed.plan.steps.filter((s) => s.kind !== 'noop').map((s) => [s.kind, s.ref.id]),
    ).toEqual([['close', 'REL-1']]);
    expect(pushed.plan.warnings.join('\n')).toMatch(/\(REL-4\) was closed on GitHub/);
    expect(pushed.plan.warnings.join('\n')).toMatch(/\(REL-3\) was reopened on GitHub/);
    expect(issueOf('REL-4').state).toBe('closed');
    expect(issueOf('REL-3').state).toBe('open');

    // The pull takes both; REL-1 (changed on the board) stays as the board has it.
    const { plan } = await pull(root);
    expect(plan.changes.map((c) => [c.ref.id, c.action]).sort()).toEqual([
      ['REL-3', 'reopen'],
      ['REL-4', 'done'],
    ]);
    // Column board: REL-4's card moves under Done, REL-3's back under Backlog, unticked.
    expect(columns(root)).toEqual({
      Backlog: ['REL-2', 'REL-3'],
      Done: ['REL-1', 'REL-4'],
    });
    const { removed, added } = diffLines(root);
    expect([...removed, ...added].every((l) => /REL-[34]\*\*|^$/.test(l))).toBe(true);
    // Then everything is in step: a push records the states, and a further push writes nothing.
    await push(root);
    api.resetLog();
    await push(root);
    expect(api.writes).toEqual([]);
    expect((await pull(root, 'plan')).plan.changes).toEqual([]);
  });

  it('leaves an item changed on the board since the last sync, and says why', async () => {
    const root = repoOf({ 'BOARD.md': BOARD });
    await push(root);
    // Board: REL-3 reopened, REL-2 finished; GitHub: REL-3 still closed, REL-2 closed as well
    // (both sides agree), REL-1 closed.
    editBoard(root, { op: 'status', id: 'REL-2', status: 'done' });
    editBoard(root, { op: 'status', id: 'REL-3', status: 'backlog' });
    closeOnGitHub(issueOf('REL-2'));
    closeOnGitHub(issueOf('REL-1'));
    const { plan } = await pull(root, 'plan');
    expect(plan.changes.map((c) => [c.ref.id, c.action])).toEqual([['REL-1', 'done']]);
    expect(plan.skipped.map((s) => [s.ref.id, s.why])).toEqual([
      ['REL-3', expect.stringMatching(/reopened on the board since the last sync/)],
    ]);
  });

  it('an issue opened on GitHub for the board becomes an item and is adopted, once', async () => {
    const root = repoOf({ 'BOARD.md': BOARD });
    await push(root);
    const wanted = api.addIssue({
      title: 'Publish   the docs',
      body: 'Written by hand.',
      labels: ['boardwright', 'board:board'],
    });
    api.addIssue({ title: 'Unrelated', labels: ['boardwright'] });
    api.addIssue({ title: 'Closed idea', labels: ['boardwright', 'board:board'], state: 'closed' });
    api.resetLog();

    // Cut off after writing the file, before adopting the issue.
    const loaded = loadWorkspace({ root });
    const first = await pullIssues({
      workspace: loaded.workspace,
      root,
      client: client(),
      repo: REPO,
      mode: 'apply',
      readFile: (path) => readFileSync(join(root, path)),
      readOptions: (path) => editReadOptions(loaded.config, path),
      adopt: false,
    });
    expect(first.plan.adds.map((a) => [a.number, a.ref.id, a.existing])).toEqual([
      [wanted.number, 'REL-5', false],
    ]);
    expect(api.writes).toEqual([]);
    expect(columns(root).Backlog).toContain('REL-5');
    const written = readFileSync(join(root, 'BOARD.md'), 'utf8');
    expect(written).toContain('- [ ] **REL-5**: Publish the docs\n');

    // The next pull finds the item by its title and adopts the issue, writing nothing else.
    const second = await pull(root);
    expect(second.plan.adds.map((a) => [a.ref.id, a.existing])).toEqual([['REL-5', true]]);
    expect(readFileSync(join(root, 'BOARD.md'), 'utf8')).toBe(written);
    expect(api.writes.map((w) => w.path)).toEqual([`/repos/owner/repo/issues/${wanted.number}`]);
    expect(wanted.body).toMatch(
      /^Written by hand\.\n\n<!-- boardwright:item board=board id=REL-5 state=open -->$/,
    );

    // The push fills the issue in as it does for every item; then everything is at rest.
    api.resetLog();
    await push(root);
    expect(api.writes.map((w) => w.path)).toEqual([`/repos/owner/repo/issues/${wanted.number}`]);
    expect(wanted.title).toBe('REL-5: Publish the docs');
    api.resetLog();
    await push(root);
    expect(api.writes).toEqual([]);
    const third = await pull(root, 'plan');
    expect([third.plan.changes, third.plan.adds]).toEqual([[], []]);
    expect(api.issues.filter((i) => parseMarker(i.body)?.id === 'REL-5')).toHaveLength(1);
  });

  it('plans without writing: the files keep their bytes, BOM and CRLF included', async () => {
    const crlf = `\ufeff${BOARD.replace(/\n/g, '\r\n')}`;
    const root = repoOf({ 'BOARD.md': crlf });
    await push(root);
    closeOnGitHub(issueOf('REL-2'));
    const planned = await pull(root, 'plan');
    expect(planned.written).toEqual([]);
    expect(readFileSync(join(root, 'BOARD.md'), 'utf8')).toBe(crlf);
    await pull(root, 'apply');
    const text = readFileSync(join(root, 'BOARD.md'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(statuses(root).get('board/REL-2')).toBe('done');
  });
});
