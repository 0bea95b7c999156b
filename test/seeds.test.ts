import { describe, expect, it } from 'vitest';
import { runRules } from '../checks/run.js';
import { linkWorkspace } from '../model/link.js';
import type { Board } from '../model/types.js';
import { count, readExample, SEED_EXAMPLES } from './helpers.js';

/**
 * The five seed trackers end to end: the dialect each is read as, the counts a careful reader
 * makes by hand, and the exact problems `check` reports. How each count was made:
 *
 * 000 release kanban: items `grep -c '^- \(✅ \)\?BSP-'` = 119; done = bullets under `### Done`
 *     headings (awk) = 30, after leaving out the five **Goal** bullets of section H; groups = 16
 *     `## X.` boards + 96 `###` columns; no acceptance criteria.
 * 001 platform kit: items `grep -c '^- \[.\] \*\*'` = 62, done `^- \[x\] \*\*` = 7; groups =
 *     5 milestones + 20 phases + 8 item-holding sections = 33; acceptance = 180 checkboxes under
 *     "Acceptance Criteria:" + 7 one-line "Acceptance:" fields = 187.
 * 002 epic backlog: bullets after a "Completed" or "Upcoming" line inside `## Epic` sections =
 *     59, of them 33 under Completed; 9 epics (A–I).
 * 003 AutoGit: 46 `#####` subtask headings + 555 checkboxes − 33 under **Acceptance Criteria**
 *     = 568 items; done = 13 subtask headings with ✅ + (158 `[x]` − 33 acceptance) = 138;
 *     groups = 18 milestone headings + 11 item-holding sections = 29.
 * 004 Kubilitics: `grep -c '^- \[.\] \*\*Task'` = 114, none done; 9 `## Phase` + 28 `### N.N`
 *     packages = 37 groups.
 */
const EXPECTED: Record<
  string,
  { dialect: string; items: number; done: number; groups: number; acceptance: number }
> = {
  '000': { dialect: 'compact-kanban', items: 119, done: 30, groups: 112, acceptance: 0 },
  '001': { dialect: 'checklist-tracker', items: 62, done: 7, groups: 33, acceptance: 187 },
  '002': { dialect: 'epic-backlog', items: 59, done: 33, groups: 9, acceptance: 0 },
  '003': { dialect: 'milestone-tracker', items: 568, done: 138, groups: 29, acceptance: 33 },
  '004': { dialect: 'phase-tasks', items: 114, done: 0, groups: 37, acceptance: 0 },
};

function read(seed: string): Board {
  const { board } = readExample(SEED_EXAMPLES[seed]!);
  board.id = seed;
  return board;
}

describe('seed trackers', () => {
  for (const [seed, expected] of Object.entries(EXPECTED)) {
    it(`reads seed ${seed} as a careful reader counts it`, () => {
      const board = read(seed);
      expect({
        dialect: board.dialect,
        items: board.items.length,
        done: count(board.items, (i) => i.done),
        groups: board.groups.length,
        acceptance: board.items.reduce((n, i) => n + i.acceptance.length, 0),
      }).toEqual(expected);
      // Acceptance criteria are never items, and every item points at its source line.
      expect(board.items.every((i) => i.position.line > 0 && i.title.length > 0)).toBe(true);
    });
  }

  it('keeps an id inside a (branch:…) annotation from counting as a second item', () => {
    const board = read('000');
    expect(count(board.items, (i) => i.id === 'BSP-096')).toBe(1);
    expect(board.items.find((i) => i.id === 'BSP-096')).toMatchObject({
      branch: 'v0-0-3/meta-2/BSP-096',
      title: 'Composable Driver Base + Macro',
      kind: 'story',
      status: 'done',
    });
  });

  it('reports exactly the real problems of the seeds', () => {
    const boards = Object.keys(EXPECTED).map(read);
    const links = linkWorkspace({ boards });
    const found = runRules({ boards }, links, {}).map(
      (d) => `${d.path.split('/').pop()}:${d.line} ${d.rule}`,
    );
    expect(found.sort()).toEqual(
      [
        // 001: the success metrics M1–M6 reuse the milestone codes M1–M4 that dependencies name.
        ...[477, 477, 477, 477, 510, 510, 521, 534, 534, 560, 582, 582].map(
          (l) => `platform-kit-tasks.md:${l} ambiguous-reference`,
        ),
        // 001: "Total Tasks: 94", "Completed: 10", "Backlog: 82" against 62 items, 7 done, 53 open.
        'platform-kit-tasks.md:710 declared-totals',
        'platform-kit-tasks.md:711 declared-totals',
        'platform-kit-tasks.md:713 declared-totals',
        // 003: an unticked task that says "(done)" and a ticked one that says "(in progress)".
        'autogit-task-tracker.md:154 status-conflict',
        'autogit-task-tracker.md:464 status-conflict',
        // 003: QC sections marked ✅ with open checkboxes.
        'autogit-task-tracker.md:447 group-status-conflict',
        'autogit-task-tracker.md:466 group-status-conflict',
        // 003: a second Milestone 4, 5 and 6.
        'autogit-task-tracker.md:514 duplicate-group-number',
        'autogit-task-tracker.md:533 duplicate-group-number',
        'autogit-task-tracker.md:751 duplicate-group-number',
        // 003: "Tasks (18 total)" and the like, while the milestones list other numbers, and
        // "In Progress: 5" with no task in progress.
        ...[761, 849, 912, 959, 1023, 1098, 1175, 1277, 1482].map(
          (l) => `autogit-task-tracker.md:${l} declared-totals`,
        ),
      ].sort(),
    );
  });
});
