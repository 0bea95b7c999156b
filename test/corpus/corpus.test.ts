import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Status } from '../../model/types.js';
import { readBoard } from '../../kanban/read.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT } from '../helpers.js';

/**
 * A corpus of boards in the styles real repositories commit, and of near-miss files that are not
 * boards. Every file here was written for this suite; each reproduces the quirks of public files
 * studied for it (task tables with emoji statuses and summary rows, custom checkbox markers and
 * their legends, Kiro's optional `- [ ]*` tasks, agent plans whose code blocks hold checkboxes and
 * headings, GSD roadmaps that name each phase three times, status-line logs, column boards with
 * cards in one column, H1 columns, wrapped cards with `key: value` lines, deeply nested and
 * wrapped items, bold pseudo-headings; and changelogs, templates, syntax pages, tables of
 * contents, pull-request templates and agent instruction files).
 *
 * How each count was made (by reading the file, not by running boardwright):
 * - tables/phase-summary.md: rows of the three per-phase tables, 4 + 5 + 3 = 12; the summary
 *   table's rows name the `## Phase N` sections and are not items; done = ✅ rows (4 + 2).
 * - tables/epic-task-tables.md: 3 + 3 + 2 rows; done = the four "✅ Done"; `1.4 Title` cells
 *   carry the id.
 * - tables/tracks.md: 5 + 3 rows with a Status column; the "Integration checks" table has none;
 *   done = three "✅ done", cancelled = "❌ dropped".
 * - tables/session-report.md: the six rows of "Tasks Completed", all "done"; the metrics table has
 *   no status column.
 * - markers/feature-checklist.md: 4 + 3 boxes; its legend makes `[X]` "remove", `[~]` "change"
 *   and `[+]` "add", so nothing is done.
 * - markers/status-markers.md: 8 boxes under Backend (two nested), 3 boxes and one struck
 *   bullet under Frontend = 12; done = `[x]`/`[X]` = 4; `[/]`, `[-]` (legend: started, partly
 *   done) in progress; `[!]` blocked; the two struck items cancelled.
 * - markers/kiro-optional.md: tasks 1, 2, 2.1–2.4, 3, 3.1, 3.2, 4 = 10; done 1 and 2.1; the
 *   three `[ ]*` tasks are optional.
 * - plans/…badge-helper.md: 5 + 3 steps and 2 self-review boxes = 10, done = 3 ticked steps;
 *   the checkbox and `##` line inside code blocks are not items or groups.
 * - plans/…error-panel.md: 5 + 3 + 2 steps, done 5 + 1; the fenced example plan adds nothing.
 * - plans/tasks/todo.md: 3 + 3 boxes, done 2; 7 `**AC:**` criteria (one with two nested bullets).
 * - gsd/ROADMAP.md: phases 1, 2, 3, 4, 5, 5.1, 6 once each (checklist, details, table) plus
 *   the plans 05-01…05-03 and 06-01 = 11; done = phases 1–4 and plan 05-01; success criteria
 *   3 + 1 + 2 = 6; milestones v1.0 and v1.1.
 * - lists/deep-nested.md: 9 boxes under Storage (four levels deep), 5 under Sync; done 6.
 * - lists/weekly-plan.md: 2 + 3 + 2 boxes under three bold "Week" lines, done 3.
 * - status-log/TASKS.md: five `[TASK-0NN] - Status - date - text` lines; the format example sits
 *   in inline code. status-log/deliverables.md: six `[x] - done -` / `[ ] - todo -` lines, 4 done.
 * - kanban/single-column.md: Done holds 5 cards, Rejected 1, Todo and Doing none.
 * - kanban/h1-columns.md: 2 + 1 + 2 cards under `# TODO` / `# DOING` / `# DONE`.
 * - kanban/wrapped-cards.md: four cards whose `status: …` lines are fields, not title text.
 * - gsd/milestones/v1.0-ROADMAP.md: a shipped milestone's archive with no phase checklist:
 *   3 `### Phase N` sections and 5 ticked `NN-MM-PLAN.md` boxes = 8, all done (a phase is as
 *   done as its plans).
 * - lists/user-stories.md: four `- **US-…** \`[Status]\`` story bullets (no checkboxes), two
 *   `[Done]`; their `**AC:**` lines are 4 acceptance criteria; the Notes bullets are not items.
 * - lists/launch-checklist.md: six boxes under "Launch Checklist", two ticked: a short checklist
 *   that holds the work is a board, unlike a guide's checklists to run through.
 * - lists/milestone-archive.md: a shipped milestone's archive: the six commit boxes of phases 7
 *   and 8, five ticked; the Changes, Issues Resolved, Technical Debt and Stats bullets are notes.
 * - tables/REQUIREMENTS.md: 5 `**REQ-NN**:` boxes, 3 ticked; the traceability table's rows
 *   name the same requirements and are not counted again.
 */
const CORPUS = join(ROOT, 'test', 'corpus');

interface Expected {
  dialect: string;
  items: number;
  done: number;
  statuses?: Partial<Record<Status, number>>;
  acceptance?: number;
  groups?: number;
}

const BOARDS: Record<string, Expected> = {
  'tables/phase-summary.md': {
    dialect: 'task-table',
    items: 12,
    done: 6,
    statuses: { 'in-progress': 1, backlog: 4, cancelled: 1 },
  },
  'tables/epic-task-tables.md': {
    dialect: 'task-table',
    items: 8,
    done: 4,
    statuses: { 'in-progress': 1, blocked: 1, backlog: 2 },
  },
  'tables/tracks.md': { dialect: 'task-table', items: 8, done: 3, statuses: { cancelled: 1 } },
  'tables/session-report.md': { dialect: 'task-table', items: 6, done: 6 },
  'markers/feature-checklist.md': { dialect: 'generic', items: 7, done: 0 },
  'markers/status-markers.md': {
    dialect: 'generic',
    items: 12,
    done: 4,
    statuses: { 'in-progress': 2, blocked: 1, cancelled: 2 },
  },
  'markers/kiro-optional.md': { dialect: 'kiro', items: 10, done: 2 },
  'plans/docs/plans/2026-03-02-badge-helper.md': {
    dialect: 'agent-plan',
    items: 10,
    done: 3,
    groups: 3,
  },
  'plans/docs/plans/2026-04-11-error-panel.md': {
    dialect: 'agent-plan',
    items: 10,
    done: 6,
    groups: 3,
  },
  'plans/tasks/todo.md': { dialect: 'roadmap', items: 6, done: 2, acceptance: 7 },
  'gsd/ROADMAP.md': {
    dialect: 'gsd-roadmap',
    items: 11,
    done: 5,
    acceptance: 6,
    groups: 2,
    statuses: { 'in-progress': 1 },
  },
  'lists/deep-nested.md': { dialect: 'generic', items: 14, done: 6 },
  'lists/weekly-plan.md': { dialect: 'generic', items: 7, done: 3, groups: 4 },
  'lists/launch-checklist.md': { dialect: 'generic', items: 6, done: 2 },
  'lists/milestone-archive.md': { dialect: 'roadmap', items: 6, done: 5 },
  'status-log/TASKS.md': {
    dialect: 'status-log',
    items: 5,
    done: 2,
    statuses: { 'in-progress': 1, cancelled: 1 },
  },
  'status-log/deliverables.md': { dialect: 'status-log', items: 6, done: 4 },
  'kanban/single-column.md': {
    dialect: 'column-board',
    items: 6,
    done: 5,
    statuses: { cancelled: 1 },
  },
  'kanban/h1-columns.md': {
    dialect: 'column-board',
    items: 5,
    done: 2,
    statuses: { ready: 2, 'in-progress': 1 },
  },
  'kanban/wrapped-cards.md': { dialect: 'column-board', items: 4, done: 1 },
  'gsd/milestones/v1.0-ROADMAP.md': { dialect: 'gsd-roadmap', items: 8, done: 8 },
  'tables/REQUIREMENTS.md': { dialect: 'task-table', items: 5, done: 3 },
  'lists/user-stories.md': {
    dialect: 'generic',
    items: 4,
    done: 2,
    acceptance: 4,
    statuses: { 'in-progress': 1 },
  },
};

/** Near misses: files that yield list items or tables but are not boards, and the reason given. */
const NOT_BOARDS: Record<string, RegExp> = {
  'near-miss/CHANGELOG.md': /changelog/,
  'near-miss/HISTORY.md': /changelog/,
  'near-miss/templates/tasks-template.md': /template/,
  'near-miss/docs/task-lists.md': /examples/,
  'near-miss/README.md': /no board items/,
  'near-miss/AGENTS.md': /agent instruction file/,
  'near-miss/CLAUDE.md': /agent instruction file/,
  'near-miss/.github/pull_request_template.md': /pull-request or issue template/,
  'near-miss/CONTRIBUTING.md': /community or process document/,
  'near-miss/docs/skills/writing-plans.md': /no board items/,
  'near-miss/tasks-legend.md': /no board items/,
  'near-miss/workflows/verify-work.md': /agent prompt/,
  'near-miss/agents/planner.md': /agent, command or skill definition/,
  'near-miss/templates/checklist-template.md': /template/,
  'near-miss/docs/catalogs.md': /no board items/,
  'near-miss/docs/scores.md': /no board items/,
  'near-miss/.planning/phases/01-VERIFICATION.md': /report/,
  'near-miss/features/README.md': /feature list/,
  'near-miss/tests/hooks/tasks.md': /test fixture or sample \(under tests\/\)/,
  'near-miss/docs/samples/example-spec/tasks.md': /test fixture or sample \(under samples\/\)/,
  'near-miss/docs/migration-guide.md':
    /a guide with 17 unticked checklist items to run through \(under "Migration Checklist", "Review Checklist"\)/,
};

function read(rel: string) {
  const result = readBoard(readFileSync(join(CORPUS, rel)), rel, { limits: DEFAULT_LIMITS });
  if (!result.board) throw new Error(`unusable: ${JSON.stringify(result.diagnostics)}`);
  return { board: result.board, skipReason: result.skipReason };
}

describe('the real-world corpus', () => {
  for (const [rel, expected] of Object.entries(BOARDS)) {
    it(`reads ${rel} as a careful reader counts it`, () => {
      const { board, skipReason } = read(rel);
      expect(skipReason).toBeUndefined();
      const statuses: Partial<Record<Status, number>> = {};
      for (const i of board.items) statuses[i.status] = (statuses[i.status] ?? 0) + 1;
      const actual: Expected = {
        dialect: board.dialect,
        items: board.items.length,
        done: board.items.filter((i) => i.done).length,
      };
      if (expected.statuses)
        actual.statuses = Object.fromEntries(
          Object.keys(expected.statuses).map((s) => [s, statuses[s as Status] ?? 0]),
        );
      if (expected.acceptance !== undefined)
        actual.acceptance = board.items.reduce((n, i) => n + i.acceptance.length, 0);
      if (expected.groups !== undefined) actual.groups = board.groups.length;
      expect(actual).toEqual(expected);
      // Every item and group points at its own lines (edits patch exactly these spans).
      for (const node of [...board.items, ...board.groups]) {
        expect(node.position.line).toBeGreaterThan(0);
        expect(node.position.endLine).toBeGreaterThanOrEqual(node.position.line);
      }
    });
  }

  for (const [rel, reason] of Object.entries(NOT_BOARDS)) {
    it(`does not take ${rel} for a board`, () => {
      expect(read(rel).skipReason).toMatch(reason);
    });
  }

  it('reads ids, titles and positions the way the files write them', () => {
    const plan = read('plans/docs/plans/2026-03-02-badge-helper.md').board;
    expect(plan.items.slice(0, 3).map((i) => [i.id, i.title, i.done])).toEqual([
      ['1.1', 'Write the failing test', true],
      ['1.2', 'Run the test to see it fail', true],
      ['1.3', 'Write the minimal implementation', true],
    ]);
    expect(plan.groups.map((g) => g.title)).toEqual([
      'Add the badgeText helper with tests',
      'Show the badge on the card',
      'Self-review',
    ]);
    const text = readFileSync(join(CORPUS, 'plans/docs/plans/2026-03-02-badge-helper.md'), 'utf8');
    const lines = text.split('\n');
    for (const item of plan.items) expect(lines[item.position.line - 1]).toMatch(/^\s*- \[[ x]\] /);

    const kiro = read('markers/kiro-optional.md').board;
    expect(kiro.items.filter((i) => i.labels.includes('optional')).map((i) => i.id)).toEqual([
      '2.3',
      '2.4',
      '3.2',
    ]);
    const gsd = read('gsd/ROADMAP.md').board;
    const phase5 = gsd.items.find((i) => i.id === '5')!;
    expect(phase5).toMatchObject({ status: 'in-progress', dependsOn: ['4'], kind: 'phase' });
    expect(gsd.items.filter((i) => i.parent === '5').map((i) => [i.id, i.done])).toEqual([
      ['05-01', true],
      ['05-02', false],
      ['05-03', false],
    ]);
    expect(gsd.items.find((i) => i.id === '5.1')?.dependsOn).toEqual(['5']);
    const cards = read('kanban/wrapped-cards.md').board;
    expect(cards.items[0]).toMatchObject({
      id: 'TASK-041',
      title:
        'sort the inbox: fill the two missing fields for staged decisions, drop the tooling ones',
    });
    expect(cards.items[0]!.fields.genesis).toBe('DDR-014');
    const nested = read('lists/deep-nested.md').board;
    expect(nested.items.find((i) => i.title.startsWith('Attachments'))?.title).toBe(
      'Attachments table, with the blob stored outside the row so that large files do not slow down list queries',
    );
    const log = read('status-log/TASKS.md').board;
    expect(log.items.map((i) => [i.id, i.position.line])).toEqual([
      ['TASK-031', 18],
      ['TASK-032', 19],
      ['TASK-033', 20],
      ['TASK-034', 21],
      ['TASK-035', 22],
    ]);
    const table = read('tables/phase-summary.md').board;
    expect(table.items[4]).toMatchObject({ id: '2.1', title: 'Parse arguments with a library' });
    expect(table.items[4]!.position).toEqual({ line: 33, column: 1, endLine: 33, endColumn: 52 });
  });
});

describe('a repository of these files, read with no config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the boards, skips the near misses with reasons, and finds .kiro specs', () => {
    cpSync(CORPUS, dir, { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
    mkdirSync(join(dir, '.kiro/specs/uploads'), { recursive: true });
    writeFileSync(
      join(dir, '.kiro/specs/uploads/tasks.md'),
      '# Implementation Plan\n\n- [x] 1. Create the upload route\n- [ ] 2. Resize images\n  - [ ]* 2.1 Property test for sizes\n',
    );
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode/notes.md'), '- [ ] not read: editor folder\n');
    const loaded = loadWorkspace({ root: dir });
    const paths = loaded.workspace.boards.map((b) => b.path);
    expect(paths).toContain('.kiro/specs/uploads/tasks.md');
    expect(paths).not.toContain('.vscode/notes.md');
    expect(paths.sort()).toEqual([...Object.keys(BOARDS), '.kiro/specs/uploads/tasks.md'].sort());
    const skipped = new Map(loaded.skipped.map((s) => [s.path, s.reason]));
    for (const [rel, reason] of Object.entries(NOT_BOARDS))
      expect(skipped.get(rel)).toMatch(reason);
    // Nothing a near miss holds pulls the workspace's share of done items down.
    const items = loaded.workspace.boards.flatMap((b) => b.items);
    expect(items.length).toBe(Object.values(BOARDS).reduce((n, b) => n + b.items, 0) + 3);
    expect(loaded.unusable).toBe(false);
  });
});
