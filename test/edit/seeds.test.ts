import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdit } from '../../kanban/edit/apply.js';
import { EditError } from '../../kanban/edit/errors.js';
import { planEdit } from '../../kanban/edit/plan.js';
import { EditSource } from '../../kanban/edit/source.js';
import type { EditOperation } from '../../kanban/edit/types.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { sectionColumns } from '../../model/board-view.js';
import { linkWorkspace } from '../../model/link.js';
import { readBoard } from '../../kanban/read.js';
import { nextItems } from '../../model/next.js';
import { readExample, ROOT, SEED_EXAMPLES } from '../helpers.js';

/**
 * The three edits a person makes most — move a card, tick an acceptance criterion, add an item —
 * on each seed tracker, written by boardwright and diffed by real git: each is one hunk with
 * exactly the lines a person would have changed. Then `show` and `next` on the seeds, against
 * what a careful reader of each file expects.
 */

const work = mkdtempSync(join(tmpdir(), 'bw-edit-seeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'color.ui=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });

let repos = 0;

/** Edits a seed in a fresh git repository and returns `git diff`'s hunks (header line dropped). */
function gitDiff(seed: string, op: EditOperation): string[] {
  const rel = SEED_EXAMPLES[seed]!;
  const name = rel.split('/').pop()!;
  const dir = join(work, `r${repos++}`);
  execFileSync('mkdir', ['-p', dir]);
  git(dir, 'init', '-q');
  writeFileSync(join(dir, name), readFileSync(join(ROOT, rel)));
  git(dir, 'add', '--', name);
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'seed');
  const plan = planEdit(
    { path: name, bytes: readFileSync(join(dir, name)), read: { limits: DEFAULT_LIMITS } },
    op,
  );
  applyEdit(plan, dir);
  const diff = git(dir, 'diff', '--', name);
  return diff
    .split(/^(?=@@ )/m)
    .slice(1)
    .map((h) => h.replace(/^@@[^\n]*@@[^\n]*\n/, ''));
}

/** The changed lines of a hunk, `-`/`+` kept. */
function changes(hunk: string): string[] {
  return hunk.split('\n').filter((l) => /^[-+]/.test(l));
}

describe('edits on the seeds give the one-hunk diff a person would write', () => {
  it('000 compact kanban: a card moves from In Progress to Review; a card is added to a board section', () => {
    const move = gitDiff('000', { op: 'move', id: 'BSP-011', to: 'Review' });
    expect(move).toHaveLength(1);
    expect(changes(move[0]!)).toEqual([
      '-- BSP-011 — [Story] Implement Zero-Trust Access Control (Authelia + Ingress)',
      '+- BSP-011 — [Story] Implement Zero-Trust Access Control (Authelia + Ingress)',
    ]);
    // The card left In Progress and sits under Review, nothing else moved.
    expect(move[0]).toContain(' ### In Progress\n-- BSP-011');
    expect(move[0]).toContain(' ### Review\n+- BSP-011');
    const add = gitDiff('000', { op: 'add', title: 'Write the runbook', to: 'K', kind: 'Task' });
    expect(add).toHaveLength(1);
    // The next id after BSP-167, at the end of section K's Backlog, in the cards' own form.
    expect(changes(add[0]!)).toEqual(['+- BSP-168 — [Task] Write the runbook']);
    expect(add[0]).toContain(
      ' - BSP-118 — [Task] Operational Runbook Completion (Rotate + Nuke)\n+',
    );
  });

  it('001 checklist tracker: status bullet, acceptance box and a new task', () => {
    const move = gitDiff('001', { op: 'move', id: 'M1.1.2', to: 'in progress' });
    expect(move).toHaveLength(1);
    // The file is Mac Roman mojibake; the new status is written the same way: "🔄" as
    // U+F8FF (Mac Roman 0xF0, the Apple logo) then "üîÑ".
    expect(changes(move[0]!)).toEqual([
      '-  - Status: ‚è≥ Backlog',
      '+  - Status: \uF8FFüîÑ In Progress',
    ]);
    const done = gitDiff('001', { op: 'status', id: 'M1.1.1', status: 'done' });
    expect(changes(done[0]!)).toEqual([
      '-- [ ] **M1.1.1**: Create ops schema migration',
      '-  - Status: ‚è≥ Backlog',
      '+- [x] **M1.1.1**: Create ops schema migration',
      '+  - Status: ‚úÖ Done',
    ]);
    const tick = gitDiff('001', { op: 'tick', id: 'M1.1.1', acceptance: 2 });
    expect(tick).toHaveLength(1);
    expect(changes(tick[0]!)).toEqual([
      '-    - [ ] All tables have RLS enabled',
      '+    - [x] All tables have RLS enabled',
    ]);
    const add = gitDiff('001', { op: 'add', title: 'Backfill ops data', to: '1.4' });
    expect(add).toHaveLength(1);
    // Phase 1.4 holds M1.4.1–M1.4.3; the new task copies their shape, Status bullet included.
    expect(changes(add[0]!)).toEqual([
      '+- [ ] **M1.4.4**: Backfill ops data',
      '+  - Status: ‚è≥ Backlog',
      '+',
    ]);
  });

  it('002 epic backlog: a feature moves from Upcoming to Completed; one is added to epic B', () => {
    const move = gitDiff('002', { op: 'status', id: 'A.7', status: 'done' });
    expect(move).toHaveLength(1);
    expect(changes(move[0]!)).toEqual([
      '+- Add smoke tests for dashboard server routes and SSE',
      '-- Add smoke tests for dashboard server routes and SSE',
    ]);
    expect(move[0]).toContain(
      '+- Add smoke tests for dashboard server routes and SSE\n \n Upcoming\n-',
    );
    const add = gitDiff('002', { op: 'add', title: 'Metrics dashboard', to: 'B' });
    expect(add).toHaveLength(1);
    expect(changes(add[0]!)).toEqual(['+- Metrics dashboard']);
    expect(add[0]).toContain(' - Metrics endpoint\n+- Metrics dashboard\n');
  });

  it('003 milestone tracker: a task box, an acceptance box and a new task', () => {
    const move = gitDiff('003', { op: 'status', id: 'M5.t1', status: 'done' });
    expect(move).toHaveLength(1);
    expect(changes(move[0]!)).toEqual([
      '-- [ ] Align version numbers across all tracking documents',
      '+- [x] Align version numbers across all tracking documents',
    ]);
    // Every acceptance criterion of this tracker is ticked already: untick one.
    const tick = gitDiff('003', { op: 'tick', id: 'M2.3', acceptance: 1, done: false });
    expect(tick).toHaveLength(1);
    expect(changes(tick[0]!)).toEqual([
      '-- [x] SSH access works on port 2222',
      '+- [ ] SSH access works on port 2222',
    ]);
    const add = gitDiff('003', { op: 'add', title: 'Write the migration notes', to: 'M5' });
    expect(add).toHaveLength(1);
    expect(changes(add[0]!)).toEqual(['+- [ ] Write the migration notes']);
    expect(add[0]).toContain(' - [ ] Update project documentation to reflect current state\n+');
    const subtask = gitDiff('003', { op: 'status', id: 'M2.1', status: 'in-progress' });
    expect(subtask).toHaveLength(1);
    // A subtask's status is its heading suffix and its bold Status field, in the board's words.
    expect(changes(subtask[0]!)).toEqual([
      '-##### 1. Docker Setup and Configuration ‚úÖ COMPLETE',
      '+##### 1. Docker Setup and Configuration \uF8FFüöß IN PROGRESS',
      '-**Estimated Effort**: 4-6 days **Status**: Completed 2025-12-22 **Assigned To**: DevOps Engineer +',
      '+**Estimated Effort**: 4-6 days **Status**: In Progress **Assigned To**: DevOps Engineer +',
    ]);
  });

  it('004 phase task list: a task box and a new task', () => {
    const move = gitDiff('004', { op: 'status', id: '1.1.1', status: 'done' });
    expect(move).toHaveLength(1);
    expect(changes(move[0]!)).toEqual([
      '-- [ ] **Task 1.1.1**: Implement dynamic resource discovery for CRDs',
      '+- [x] **Task 1.1.1**: Implement dynamic resource discovery for CRDs',
    ]);
    const add = gitDiff('004', { op: 'add', title: 'Cache discovery results', to: '1.1' });
    expect(add).toHaveLength(1);
    // The file puts a line of two spaces between its tasks; the new one is set apart the same way.
    expect(changes(add[0]!)).toEqual(['+  ', '+- [ ] **Task 1.1.4**: Cache discovery results']);
    expect(add[0]).toContain(
      '   - Add: MutatingWebhookConfigurations, ValidatingWebhookConfigurations\n+  \n+- [ ] **Task 1.1.4**',
    );
  });

  it('refuses to tick where a seed has no acceptance criteria, naming why', () => {
    // 000, 002 and 004 write no acceptance criteria at all.
    for (const [seed, id] of [
      ['000', 'BSP-011'],
      ['002', 'A.7'],
      ['004', '1.1.1'],
    ] as const) {
      const rel = SEED_EXAMPLES[seed]!;
      const bytes = readFileSync(join(ROOT, rel));
      expect(() =>
        planEdit(
          { path: rel, bytes, read: { limits: DEFAULT_LIMITS } },
          { op: 'tick', id, acceptance: 1 },
        ),
      ).toThrow(new EditError('invalid', `${id} has 0 acceptance criteria; there is no number 1.`));
    }
  });
});

describe('show and next on the seeds', () => {
  it('000: each board section shows its six columns; the cards add up', () => {
    const { board } = readExample(SEED_EXAMPLES['000']!);
    const columns = sectionColumns(board);
    // 16 sections × Backlog, Ready, In Progress, Review, Blocked, Done.
    expect(columns).toHaveLength(96);
    expect(columns.reduce((n, c) => n + c.items.length, 0)).toBe(119);
    const b = columns.filter((c) => c.section === 'B. Layer 0: Security & Identity');
    expect(b.map((c) => [c.title, c.items.map((i) => i.id)])).toEqual([
      ['Backlog', ['BSP-012', 'BSP-013', 'BSP-014']],
      ['Ready', []],
      ['In Progress', ['BSP-011']],
      ['Review', []],
      ['Blocked', []],
      ['Done', ['BSP-010']],
    ]);
    // Section H's Done column holds the 16 ✅ cards BSP-065…BSP-080.
    const hDone = columns.find((c) => c.section?.startsWith('H.') && c.title === 'Done')!;
    expect(hDone.items.map((i) => i.id)).toEqual(
      Array.from({ length: 16 }, (_, k) => `BSP-0${65 + k}`),
    );
  });

  it('001: one column per status; 53 backlog, 2 blocked, 7 done', () => {
    const { board } = readExample(SEED_EXAMPLES['001']!);
    const counts = Object.fromEntries(sectionColumns(board).map((c) => [c.status, c.items.length]));
    // grep: 53 "Status: ⏳ Backlog", 2 "Status: 🚧 Blocked" (the legend makes 🚧 blocked), 7 done.
    expect(counts).toEqual({
      backlog: 53,
      ready: 0,
      'in-progress': 0,
      review: 0,
      blocked: 2,
      done: 7,
      cancelled: 0,
    });
  });

  it('next: the unblocked work a reader would pick, in order', () => {
    const read = (seed: string) => {
      const { board } = readExample(SEED_EXAMPLES[seed]!);
      board.id = seed;
      const links = linkWorkspace({ boards: [board] });
      return nextItems({ boards: [board] }, links).map((n) => n.item.id);
    };
    // 000: every Ready column is empty, so the top of the backlog in board order.
    expect(read('000').slice(0, 4)).toEqual(['BSP-001', 'BSP-002', 'BSP-003', 'BSP-004']);
    // 001: M1.1.1 depends on nothing and eight tasks wait on it; M1.1.2 waits on it, so is not next.
    const p = read('001');
    expect(p[0]).toBe('M1.1.1');
    expect(p).not.toContain('M1.1.2');
    expect(p).toContain('M3.1.1');
    // 002: the Upcoming features of epic A, then B, in order.
    expect(read('002').slice(0, 3)).toEqual(['A.7', 'A.8', 'B.7']);
    // 003: the open tasks of Milestone 5 (the next milestone), in order.
    expect(read('003').slice(0, 3)).toEqual(['M5.t1', 'M5.t2', 'M5.t3']);
    // 004: everything is P0 in Phase 1 and nothing is done: the first tasks of package 1.1.
    expect(read('004').slice(0, 3)).toEqual(['1.1.1', '1.1.2', '1.1.3']);
  });
});

describe('the mojibake seeds keep their encoding', () => {
  // 001, 003 and 004 are UTF-8 read as Mac Roman and saved again: "✅" is stored as "‚úÖ".
  const cases: Array<[string, string, EditOperation]> = [
    ['001', '1.4', { op: 'set', id: 'M1.1.2', values: { Assignee: 'José Muñoz' } }],
    ['003', 'M5', { op: 'status', id: 'M2.1', status: 'blocked' }],
    ['004', '1.1', { op: 'status', id: '1.1.2', status: 'in-progress' }],
  ];
  const title = 'Café naïve → résumé';

  for (const [seed, group, other] of cases)
    it(`${seed}: new text is written as the file writes it; every other byte stays`, () => {
      const path = SEED_EXAMPLES[seed]!;
      const bytes = readFileSync(join(ROOT, path));
      expect(new EditSource(path, bytes, DEFAULT_LIMITS).encoding.mojibake).toBe(true);
      for (const op of [{ op: 'add', title, to: group } as EditOperation, other]) {
        const patch = planEdit({ path, bytes, read: { limits: DEFAULT_LIMITS } }, op).patches[0]!;
        const { start, end, newEnd } = patch.span;
        const after = Buffer.from(patch.after);
        expect(after.subarray(0, start).equals(bytes.subarray(0, start))).toBe(true);
        expect(after.subarray(newEnd).equals(bytes.subarray(end))).toBe(true);
        // The inserted text is the Mac Roman reading of its UTF-8 bytes, never raw UTF-8.
        const written = after.subarray(start, newEnd).toString('utf8');
        const text = op.op === 'add' ? title : op.op === 'set' ? 'José Muñoz' : undefined;
        if (text) {
          expect(written).toContain(iconv.decode(Buffer.from(text, 'utf8'), 'macintosh'));
          expect(written).not.toContain(text);
        }
        expect(written).not.toMatch(/[\u{1F300}-\u{1FAFF}\u2705\u23F3]/u);
        // Read back, the new text is what was asked.
        const board = readBoard(after, path, { limits: DEFAULT_LIMITS }).board!;
        if (op.op === 'add') expect(board.items.some((i) => i.title === title)).toBe(true);
        if (op.op === 'set')
          expect(board.items.find((i) => i.id === op.id)!.assignee).toBe('José Muñoz');
        if (op.op === 'status')
          expect(board.items.find((i) => i.id === op.id)!.status).toBe(op.status);
      }
    });
});

describe('show and next as printed on the seeds', () => {
  const dir = join(work, 'printed');
  mkdirSync(dir);
  for (const rel of Object.values(SEED_EXAMPLES))
    copyFileSync(join(ROOT, rel), join(dir, rel.split('/').pop()!));
  const cli = (...args: string[]): string => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('show: each seed under its title, with its own columns and the counts a reader makes', () => {
    const kanban = cli('show', 'release-kanban.md');
    expect(kanban.split('\n')[0]).toBe(
      'release-kanban.md — v0.0.3 Kanban Boards (Compact View)  [compact-kanban, 119 items, 30 done]',
    );
    // Section B as written: three cards in Backlog, BSP-011 in progress, BSP-010 done.
    expect(kanban).toContain(
      [
        '  B. Layer 0: Security & Identity',
        '    Backlog (3)',
        '      BSP-012  [Story] Implement Vaultwarden + ESO for Secrets Injection',
        '      BSP-013  [Story] Implement CrowdSec IPS (Agent + Bouncer)',
        '      BSP-014  [Story] Implement Kyverno Governance Policies',
        '    Ready (0)',
        '    In Progress (1)',
        '      BSP-011  [Story] Implement Zero-Trust Access Control (Authelia + Ingress)',
        '    Review (0)',
        '    Blocked (0)',
        '    Done (1)',
        '      BSP-010  [Story] Implement Sealed Secrets for Cloudflare Credentials (Core)',
        '',
      ].join('\n'),
    );
    // Boards without columns show one column per status; the counts are those of
    // test/seeds.test.ts (001: 53 "Status: ⏳ Backlog", 2 blocked, 7 ticked; 002: 26 Upcoming
    // and 33 Completed features; 003: 568 items of which 138 done; 004: 114 tasks, none ticked).
    const counts = (file: string): string[] =>
      cli('show', file)
        .split('\n')
        .filter((l) => /^ {2}\S.* \(\d+\)$/.test(l))
        .map((l) => l.trim());
    const statuses = (c: number[]): string[] =>
      ['Backlog', 'Ready', 'In Progress', 'Review', 'Blocked', 'Done', 'Cancelled'].map(
        (s, k) => `${s} (${c[k]})`,
      );
    expect(counts('platform-kit-tasks.md')).toEqual(statuses([53, 0, 0, 0, 2, 7, 0]));
    expect(counts('epic-backlog.md')).toEqual(statuses([26, 0, 0, 0, 0, 33, 0]));
    expect(counts('autogit-task-tracker.md')).toEqual(statuses([430, 0, 0, 0, 0, 138, 0]));
    expect(counts('kubilitics-tasks.md')).toEqual(statuses([114, 0, 0, 0, 0, 0, 0]));
    // --column narrows to one column: 001's two blocked tasks, with the section they sit in.
    expect(cli('show', 'platform-kit-tasks.md', '--column', 'blocked')).toContain(
      [
        '  Blocked (2)',
        '    B1  Pulser SDK integration  · Blocked Tasks (External Dependencies)',
        '    B2  Supabase Management API rate limits  · Blocked Tasks (External Dependencies)',
      ].join('\n'),
    );
  });

  it('next: the work a reader would start, priority first, and how much there is', () => {
    const next = (file: string): { total: number; inProgress: number; items: { id: string }[] } =>
      JSON.parse(cli('next', file, '--json', '--limit', '3'));
    // 000: every open card is in a Backlog column (Ready, Review and Blocked are all empty):
    // 119 cards − 30 done − 2 in progress (BSP-011 and one more card under In Progress) = 87.
    expect(next('release-kanban.md')).toMatchObject({
      total: 87,
      inProgress: 2,
      items: [{ id: 'BSP-001' }, { id: 'BSP-002' }, { id: 'BSP-003' }],
    });
    // 002: the 26 Upcoming features, none depending on another, epic A's first.
    expect(next('epic-backlog.md')).toMatchObject({
      total: 26,
      items: [{ id: 'A.7' }, { id: 'A.8' }, { id: 'B.7' }],
    });
    // 004: all 114 tasks are open and none names a dependency.
    expect(next('kubilitics-tasks.md')).toMatchObject({
      total: 114,
      items: [{ id: '1.1.1' }, { id: '1.1.2' }, { id: '1.1.3' }],
    });
    // 001: M1.1.1 depends on nothing and eight tasks wait on it.
    expect(next('platform-kit-tasks.md').items[0]).toMatchObject({ id: 'M1.1.1', unblocks: 8 });
    // All five at once: only 004 writes priorities (its Phase 1 packages are P0 - CRITICAL), so
    // its tasks come first; the line says why and where.
    const all = cli('next', '--limit', '2').split('\n');
    expect(all.slice(0, 3)).toEqual([
      '1.1.1  Implement dynamic resource discovery for CRDs  (priority P0 - CRITICAL · Kubernetes Integration - Advanced)  kubilitics-tasks.md:33',
      '1.1.2  Add resource watchers with informers  (priority P0 - CRITICAL · Kubernetes Integration - Advanced)  kubilitics-tasks.md:39',
      '2 of 643 item(s) ready to start; 2 in progress.',
    ]);
  });
});
