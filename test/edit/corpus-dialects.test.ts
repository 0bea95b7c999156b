import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../kanban/edit/errors.js';
import { planEdit } from '../../kanban/edit/plan.js';
import type { EditOperation } from '../../kanban/edit/types.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { readBoard } from '../../kanban/read.js';
import { ROOT } from '../helpers.js';

/**
 * Edits of the dialects real repositories commit beyond the seeds (test/corpus): task tables,
 * agent plans, GSD roadmaps and status-line logs. Each edit changes only its span, reads back as
 * asked, and what a dialect cannot say is refused with a reason.
 */

const bytesOf = (rel: string): Buffer => readFileSync(join(ROOT, 'test/corpus', rel));

function plan(rel: string, op: EditOperation, bytes: Uint8Array = bytesOf(rel)) {
  return planEdit({ path: rel, bytes, read: { limits: DEFAULT_LIMITS } }, op);
}

/** The lines an edit turned into others: [old, new] pairs of whole lines. */
function changedLines(before: Uint8Array, after: Uint8Array): Array<[string, string]> {
  const a = Buffer.from(before).toString('utf8').split('\n');
  const b = Buffer.from(after).toString('utf8').split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) =>
    line === b[i] ? [] : [[line, b[i] as string] as [string, string]],
  );
}

function refusal(f: () => unknown): EditError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EditError);
    return e as EditError;
  }
  throw new Error('the edit was not refused');
}

describe('edits of task tables', () => {
  it('writes the status cell in the words the table uses, and nothing else', () => {
    const rel = 'tables/tracks.md';
    const p = plan(rel, { op: 'status', id: 'A5', status: 'done' });
    expect(changedLines(p.patches[0]!.before, p.patches[0]!.after)).toEqual([
      [
        '| A5 | Remove the old crontab | ⬜ Pending | ops | |',
        '| A5 | Remove the old crontab | ✅ done | ops | |',
      ],
    ]);
    expect(p.item).toMatchObject({ id: 'A5', status: 'done' });
    // Reopened, it takes the table's own word for not started.
    const back = plan(rel, { op: 'status', id: 'A1', status: 'backlog' });
    expect(changedLines(back.patches[0]!.before, back.patches[0]!.after)).toEqual([
      [
        '| A1 | Inventory every cron entry | ✅ done | ops | 41 entries |',
        '| A1 | Inventory every cron entry | ⬜ Pending | ops | 41 entries |',
      ],
    ]);
  });

  it('writes phase rows, fills an empty status cell, and refuses to add rows', () => {
    const rel = 'tables/phase-summary.md';
    const p = plan(rel, { op: 'move', id: '2.4', to: 'done' });
    expect(changedLines(p.patches[0]!.before, p.patches[0]!.after)).toEqual([
      [
        '| 2.4 | `--json` on every command | ⏳ | |',
        '| 2.4 | `--json` on every command | ✅ Done | |',
      ],
    ]);
    expect(p.board.items.find((i) => i.id === '2.4')!.status).toBe('done');

    const empty = Buffer.from(
      '# T\n\n| ID | Task | Status |\n|---|---|---|\n| 1 | One | Done |\n| 2 | Two | In progress |\n| 3 | Three | |\n',
    );
    const filled = plan('t.md', { op: 'status', id: '3', status: 'in-progress' }, empty);
    expect(Buffer.from(filled.patches[0]!.after).toString()).toContain(
      '| 3 | Three | In progress |\n',
    );

    const e = refusal(() =>
      plan(rel, { op: 'add', title: 'New row', to: 'Phase 2: Command Line' }),
    );
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/does not add rows to task tables/);
  });
});

describe('edits of agent plans', () => {
  const rel = 'plans/docs/plans/2026-03-02-badge-helper.md';

  // The new step goes into the list after the step named; a fenced block that follows that step
  // unindented is not part of its list item, so it stays below the new step.
  it('ticks a step in its box and adds the next step of a task', () => {
    const done = plan(rel, { op: 'status', id: '1.4', status: 'done' });
    expect(changedLines(done.patches[0]!.before, done.patches[0]!.after)).toEqual([
      [
        '- [ ] **Step 4: Run the test to see it pass**',
        '- [x] **Step 4: Run the test to see it pass**',
      ],
    ]);
    const reopen = plan(rel, { op: 'status', id: '1.1', status: 'backlog' });
    expect(reopen.item).toMatchObject({ id: '1.1', status: 'backlog' });

    const added = plan(rel, { op: 'add', title: 'Push the branch', after: '1.5' });
    expect(added.board.items.find((i) => i.id === '1.6')).toMatchObject({
      title: 'Push the branch',
      status: 'backlog',
    });
    expect(Buffer.from(added.patches[0]!.after).toString()).toContain(
      '- [ ] **Step 5: Commit**\n\n- [ ] **Step 6: Push the branch**\n\n```bash\n',
    );
  });

  it('refuses a status a checkbox cannot say', () => {
    const e = refusal(() => plan(rel, { op: 'status', id: '1.4', status: 'review' }));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/plan steps carry only a checkbox/);
  });
});

describe('edits of GSD roadmaps', () => {
  const rel = 'gsd/ROADMAP.md';

  it('writes a phase in its checklist box and its Progress row together', () => {
    const p = plan(rel, { op: 'status', id: '5', status: 'done' });
    expect(changedLines(p.patches[0]!.before, p.patches[0]!.after)).toEqual([
      [
        '- [ ] **Phase 5: Share Links** - read-only links to a note',
        '- [x] **Phase 5: Share Links** - read-only links to a note',
      ],
      [
        '| 5. Share Links | v1.1 | 1/3 | In progress | - |',
        '| 5. Share Links | v1.1 | 1/3 | Complete | - |',
      ],
    ]);
    const reopen = plan(rel, { op: 'status', id: '4', status: 'in-progress' });
    expect(changedLines(reopen.patches[0]!.before, reopen.patches[0]!.after)).toEqual([
      [
        '- [x] **Phase 4: Accounts** - sign-in with email links',
        '- [ ] **Phase 4: Accounts** - sign-in with email links',
      ],
      [
        '| 4. Accounts | v1.1 | 2/2 | Complete   | 2026-03-01 |',
        '| 4. Accounts | v1.1 | 2/2 | In progress   | 2026-03-01 |',
      ],
    ]);
    expect(reopen.item).toMatchObject({ id: '4', status: 'in-progress' });
  });

  it('ticks plans in their box, and refuses to add phases or tick success criteria', () => {
    const p = plan(rel, { op: 'status', id: '05-02', status: 'done' });
    expect(changedLines(p.patches[0]!.before, p.patches[0]!.after)).toEqual([
      ['- [ ] 05-02-PLAN.md — read-only note page', '- [x] 05-02-PLAN.md — read-only note page'],
    ]);
    expect(
      refusal(() => plan(rel, { op: 'add', title: 'Phase 7', to: 'v1.1 Sharing' })).message,
    ).toMatch(/GSD numbers phases/);
    expect(refusal(() => plan(rel, { op: 'tick', id: '5', acceptance: 1 })).message).toMatch(
      /numbered list, not checkboxes/,
    );
  });
});

describe('edits of status-line logs', () => {
  const rel = 'status-log/TASKS.md';

  it('rewrites the status word in the log’s own words', () => {
    const p = plan(rel, { op: 'status', id: 'TASK-034', status: 'in-progress' });
    expect(changedLines(p.patches[0]!.before, p.patches[0]!.after)).toEqual([
      [
        '[TASK-034] - ToDo - 2025-05-29 - Test: lookups by any of the ids.',
        '[TASK-034] - InProgress - 2025-05-29 - Test: lookups by any of the ids.',
      ],
    ]);
    const done = plan(rel, { op: 'move', id: 'TASK-033', to: 'done' });
    expect(done.item).toMatchObject({ id: 'TASK-033', status: 'done' });
  });

  it('ticks the box of a checkbox log line along with its word', () => {
    const log = Buffer.from(
      '# Log\n\n[x] - done - Write the parser\n[ ] - todo - Write the printer\n[ ] - doing - Wire the CLI\n',
    );
    const p = plan('log.md', { op: 'status', id: 'item.2', status: 'done' }, log);
    expect(Buffer.from(p.patches[0]!.after).toString()).toContain(
      '[x] - done - Write the printer\n',
    );
    expect(refusal(() => plan(rel, { op: 'add', title: 'x', to: 'Current Tasks' })).code).toBe(
      'unsupported',
    );
  });
});

describe('dialects without an edit module', () => {
  it('every dialect the reader knows has one', async () => {
    const { DIALECTS } = await import('../../kanban/dialects/index.js');
    const { editableDialects } = await import('../../kanban/edit/dialects/index.js');
    expect(DIALECTS.map((d) => d.id).filter((id) => !editableDialects().includes(id))).toEqual([]);
    // The reader gives these files the dialects edited above.
    for (const [rel, dialect] of [
      ['tables/tracks.md', 'task-table'],
      ['plans/docs/plans/2026-03-02-badge-helper.md', 'agent-plan'],
      ['gsd/ROADMAP.md', 'gsd-roadmap'],
      ['status-log/TASKS.md', 'status-log'],
    ] as const)
      expect(readBoard(bytesOf(rel), rel, { limits: DEFAULT_LIMITS }).board?.dialect).toBe(dialect);
  });
});
