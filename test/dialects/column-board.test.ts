import { describe, expect, it } from 'vitest';
import { isColumnHeading, splitWipLimit } from '../../kanban/dialects/column-board.js';
import { StatusMapper } from '../../kanban/status.js';
import { count, readExample, readText, SEED_EXAMPLES } from '../helpers.js';

const EXAMPLE = 'examples/boards/column-board.md';

describe('column-board: the example board', () => {
  const { board, diagnostics } = readExample(EXAMPLE);
  const byId = (id: string) => board.items.find((i) => i.id === id);

  it('is detected from status-named columns holding lists', () => {
    expect(board.dialect).toBe('column-board');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(board.title).toBe('Tidepool — Team Board');
  });

  it('reads six columns and their WIP limits in all three spellings', () => {
    // grep '^## ' gives Backlog, Todo (limit: 5), Doing (WIP 3), Review (2), Blocked, Done.
    expect(board.groups.map((g) => [g.title, g.kind, g.status, g.wipLimit])).toEqual([
      ['Backlog', 'column', 'backlog', undefined],
      ['Todo', 'column', 'ready', 5],
      ['Doing', 'column', 'in-progress', 3],
      ['Review', 'column', 'review', 2],
      ['Blocked', 'column', 'blocked', undefined],
      ['Done', 'column', 'done', undefined],
    ]);
  });

  it('counts cards, subtasks and finished cards', () => {
    // grep -c '^- ' gives 17 cards; grep -c '^  - \[.\]' gives 3 nested checkboxes.
    expect(board.items).toHaveLength(20);
    expect(count(board.items, (i) => i.parent !== undefined)).toBe(3);
    // awk over `## ` sections: 4 Backlog, 3 Todo, 2 Doing, 2 Review, 1 Blocked, 5 Done.
    const cardsIn = (g: string) => count(board.items, (i) => i.group === g && !i.parent);
    expect(['backlog', 'todo', 'doing', 'review', 'blocked', 'done'].map(cardsIn)).toEqual([
      4, 3, 2, 2, 1, 5,
    ]);
    // The 5 Done cards; the 3 subtasks are unchecked.
    expect(count(board.items, (i) => i.done)).toBe(5);
  });

  it('decides by column and keeps the checkbox as evidence', () => {
    // grep -c '^- \[x\]' gives 4: TP-48 in Done has no box and is done by its column alone.
    expect(count(board.items, (i) => i.statusEvidence.some((e) => e.source === 'checkbox'))).toBe(
      4 + 3,
    );
    expect(byId('TP-48')?.statusEvidence.map((e) => e.source)).toEqual(['column']);
    expect(byId('TP-48')?.done).toBe(true);
    expect(byId('TP-53')?.status).toBe('blocked');
  });

  it('reads ids, @owners, #tags and nested fields', () => {
    const card = byId('TP-49');
    expect(card?.title).toBe('Push notification when a saved spot reaches low tide');
    expect(card?.assignee).toBe('mika');
    expect(card?.labels).toEqual(['mobile']);
    expect(card?.fields['due']).toBe('2024-06-12');
    expect(card?.dependsOn).toEqual(['TP-47']);
    expect(byId('TP-53')?.dependsOn).toEqual(['TP-51']);
    expect(byId('TP-51')?.priority).toBe('high');
    // grep -c '^- .*@' gives 12 cards with an owner; grep -c '^- .*#mobile' gives 6.
    expect(count(board.items, (i) => i.assignee !== undefined)).toBe(12);
    expect(count(board.items, (i) => i.labels.includes('mobile'))).toBe(6);
    // grep -cE '^  - (depends|blocked by):' gives 3.
    expect(count(board.items, (i) => i.dependsOn.length > 0)).toBe(3);
  });

  it('keeps prose under a card as its description and subtasks under their card', () => {
    expect(byId('TP-53')?.description).toBe('waiting for the developer account verification');
    expect(board.items.filter((i) => i.parent === 'TP-55').map((i) => i.title)).toEqual([
      'VoiceOver labels on the chart',
      'Dynamic type up to the largest size',
      'Contrast check on the night theme',
    ]);
  });
});

describe('column-board: headings and limits', () => {
  const mapper = new StatusMapper();

  it('splits the WIP suffixes', () => {
    expect(splitWipLimit('Doing (WIP 3)')).toEqual({ title: 'Doing', wipLimit: 3 });
    expect(splitWipLimit('Review (limit: 2)')).toEqual({ title: 'Review', wipLimit: 2 });
    expect(splitWipLimit('In Progress [max 4]')).toEqual({ title: 'In Progress', wipLimit: 4 });
    expect(splitWipLimit('Done (12)')).toEqual({ title: 'Done', wipLimit: 12 });
    expect(splitWipLimit('(3)')).toEqual({ title: '(3)' });
    expect(splitWipLimit('Doing')).toEqual({ title: 'Doing' });
  });

  it('takes short status names as columns and refuses titles that merely contain one', () => {
    expect(
      ['To Do', '🚧 In Progress', 'Blocked', "Won't do", 'Done (WIP 9)'].map((t) =>
        isColumnHeading(t, mapper),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['Open data pipeline work', 'v0.9.0 (next release)', 'Notes', ''].map((t) =>
        isColumnHeading(t, mapper),
      ),
    ).toEqual([false, false, false, false]);
  });
});

describe('column-board: odd input', () => {
  it('reads columns at the third level under a board heading', () => {
    const { board } = readText('# P\n\n## Sprint\n\n### Todo\n\n- a\n\n### Done\n\n- [x] b\n');
    expect(board.dialect).toBe('column-board');
    expect(board.groups.map((g) => [g.title, g.kind, g.parent])).toEqual([
      ['Sprint', 'board', undefined],
      ['Todo', 'column', 'sprint'],
      ['Done', 'column', 'sprint'],
    ]);
    expect(board.items.map((i) => i.status)).toEqual(['ready', 'done']);
  });

  it('skips plain bullets outside columns and keeps empty columns', () => {
    const text =
      '## Todo\n\n## Doing\n\n- x\n\n## Done\n\n- y\n\n## Links\n\n- https://example.org\n- [ ] a real task\n';
    const { board } = readText(text);
    expect(board.dialect).toBe('column-board');
    expect(board.groups.map((g) => [g.title, g.kind])).toEqual([
      ['Todo', 'column'],
      ['Doing', 'column'],
      ['Done', 'column'],
      ['Links', 'section'],
    ]);
    expect(board.items.map((i) => [i.title, i.status])).toEqual([
      ['x', 'in-progress'],
      ['y', 'done'],
      ['a real task', 'backlog'],
    ]);
  });

  it('keeps sub-lanes under their column, as siblings', () => {
    const text = '## Doing\n\n### Web\n\n- a\n\n### API\n\n- b\n\n## Done\n\n- c\n';
    const { board } = readText(text);
    expect(board.groups.map((g) => [g.title, g.kind, g.parent])).toEqual([
      ['Doing', 'column', undefined],
      ['Web', 'section', 'doing'],
      ['API', 'section', 'doing'],
      ['Done', 'column', undefined],
    ]);
    expect(board.items.map((i) => [i.title, i.group, i.status])).toEqual([
      ['a', 'web', 'in-progress'],
      ['b', 'api', 'in-progress'],
      ['c', 'done', 'done'],
    ]);
  });

  it('does not throw on headings without items or an empty card', () => {
    const { board } = readText('## Todo\n\n-\n\n## Done\n\n### \n', 'b.md', 'column-board');
    expect(board.groups.map((g) => g.kind)).toEqual(['column', 'column', 'section']);
    expect(board.items).toHaveLength(1);
  });
});

describe('the three column-style dialects do not take each other’s boards', () => {
  it('detects each example as its own dialect', () => {
    expect(readExample('examples/boards/obsidian-kanban.md').board.dialect).toBe('obsidian-kanban');
    expect(readExample('examples/boards/kanban.md').board.dialect).toBe('kanban-md');
    expect(readExample('examples/boards/column-board.md').board.dialect).toBe('column-board');
  });

  it('leaves the seeds to their own dialects', () => {
    expect(readExample(SEED_EXAMPLES['000']!).board.dialect).toBe('compact-kanban');
    for (const path of Object.values(SEED_EXAMPLES)) {
      expect(['obsidian-kanban', 'kanban-md', 'column-board']).not.toContain(
        readExample(path).board.dialect,
      );
    }
  });
});
