import { describe, expect, it } from 'vitest';
import { count, readExample, readText } from '../helpers.js';

const EXAMPLE = 'examples/boards/kanban.md';

describe('kanban-md: the example board', () => {
  const { board, diagnostics } = readExample(EXAMPLE);
  const byId = (id: string) => board.items.find((i) => i.id === id);

  it('is detected from `###` cards with attribute bullets under `##` columns', () => {
    expect(board.dialect).toBe('kanban-md');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(board.title).toBe('Fernwood Community Garden — Website Rebuild');
  });

  it('reads the five columns, with the (2) limit on In Progress', () => {
    // grep '^## ' lists Backlog, To Do, In Progress (2), Review, Done.
    expect(board.groups.map((g) => [g.title, g.kind, g.status, g.wipLimit])).toEqual([
      ['Backlog', 'column', 'backlog', undefined],
      ['To Do', 'column', 'ready', undefined],
      ['In Progress', 'column', 'in-progress', 2],
      ['Review', 'column', 'review', undefined],
      ['Done', 'column', 'done', undefined],
    ]);
  });

  it('counts cards, steps and finished items', () => {
    // grep -c '^### ' gives 14 cards; grep -c '^ *- \[.\]' gives 8 steps.
    expect(board.items).toHaveLength(22);
    expect(count(board.items, (i) => i.parent === undefined)).toBe(14);
    // Done: the 4 cards under `## Done` plus the 4 `[x]` steps (grep -c '^ *- \[x\]').
    expect(count(board.items, (i) => i.done)).toBe(8);
    // awk over `## ` sections: 3 Backlog, 3 To Do, 2 In Progress, 2 Review, 4 Done cards.
    const cardsIn = (g: string) => count(board.items, (i) => i.group === g && !i.parent);
    expect(['backlog', 'to-do', 'in-progress', 'review', 'done'].map(cardsIn)).toEqual([
      3, 3, 2, 2, 4,
    ]);
  });

  it('takes the [FW-n] prefix as the id and keeps the rest as the title', () => {
    const cards = board.items.filter((i) => !i.parent);
    expect(cards.every((i) => /^FW-\d+$/.test(i.id) && !i.generatedId)).toBe(true);
    expect(byId('FW-16')?.title).toBe('Tool library: borrow and return log');
  });

  it('reads attribute bullets into roles and fields', () => {
    const card = byId('FW-15');
    expect(card?.labels).toEqual(['volunteers', 'forms']);
    expect(card?.priority).toBe('high');
    expect(card?.assignee).toBe('dara');
    expect(card?.fields['due']).toBe('2024-07-15');
    expect(card?.dependsOn).toEqual(['FW-11']);
    expect(byId('FW-13')?.fields['workload']).toBe('Hard');
    // grep -c '^  - depends:' gives 4 cards with dependencies.
    expect(count(board.items, (i) => i.dependsOn.length > 0)).toBe(4);
    expect(byId('FW-17')?.dependsOn).toEqual(['FW-12', 'FW-13']);
  });

  it('takes fenced blocks and plain paragraphs as the description', () => {
    expect(byId('FW-11')?.description).toBe(
      'No passwords: most members log in twice a season.\nLinks expire after 20 minutes and work once.',
    );
    expect(byId('FW-22')?.description).toMatch(/^Ines has about 200 photos/);
    // grep -c '```md' gives 3 fenced descriptions, plus the one paragraph under FW-22.
    expect(count(board.items, (i) => i.description !== undefined)).toBe(4);
  });

  it('records steps as subtasks with their own checkbox status', () => {
    const steps = board.items.filter((i) => i.parent === 'FW-11');
    expect(steps.map((s) => [s.title, s.status, s.group])).toEqual([
      ['Email provider account', 'done', 'in-progress'],
      ['Token table and expiry job', 'done', 'in-progress'],
      ['Rate limit on the request endpoint', 'backlog', 'in-progress'],
    ]);
    expect(byId('FW-11')?.status).toBe('in-progress');
  });

  it('spans a card from its heading to its last body line', () => {
    // FW-15's heading is on line 27, its fenced description closes on line 39.
    expect(byId('FW-15')?.position).toMatchObject({ line: 27, endLine: 39 });
  });
});

describe('kanban-md: other forms and odd input', () => {
  const board = (text: string) => readText(text, 'kanban.md', 'kanban-md').board;

  it('reads `KB-12: Title` ids and cards without any attribute', () => {
    const b = board('# B\n\n## Todo\n\n### KB-12: Write docs\n\n### Untitled idea\n');
    expect(b.items.map((i) => [i.id, i.title, i.generatedId ?? false])).toEqual([
      ['KB-12', 'Write docs', false],
      ['todo.1', 'Untitled idea', true],
    ]);
  });

  it('records a heading status suffix as evidence beside the column', () => {
    const b = board('## Doing\n\n### Ship it ✅ Done\n- priority: low\n');
    const item = b.items[0];
    expect(item?.title).toBe('Ship it');
    expect(item?.statusEvidence.map((e) => [e.source, e.status])).toEqual([
      ['column', 'in-progress'],
      ['heading', 'done'],
    ]);
  });

  it('reads bullet cards written straight under a column', () => {
    const b = board('## Done\n\n- Export data\n  - tags: [ops]\n  - [x] dump\n');
    expect(b.items.map((i) => [i.title, i.status, i.parent])).toEqual([
      ['Export data', 'done', undefined],
      ['dump', 'done', 'done.1'],
    ]);
    expect(b.items[0]?.labels).toEqual(['ops']);
  });

  it('does not throw on empty columns, cards before any column, empty attributes', () => {
    const b = board('### Orphan\n- due:\n\n## Empty\n\n## Also empty (3)\n\n###\n- steps:\n');
    expect(b.groups.map((g) => [g.title, g.wipLimit])).toEqual([
      ['Empty', undefined],
      ['Also empty', 3],
    ]);
    expect(b.items.map((i) => i.group)).toEqual([undefined, 'also-empty']);
  });

  it('is chosen when only some `###` cards carry attributes', () => {
    const text = '## Todo\n\n### A\n- priority: high\n\n### B\n\n### C\n\n## Done\n\n### D\n';
    const { board: b } = readText(text);
    expect(b.dialect).toBe('kanban-md');
    expect(b.items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ['A', 'ready', 'high'],
      ['B', 'ready', undefined],
      ['C', 'ready', undefined],
      ['D', 'done', undefined],
    ]);
  });

  it('is not chosen for a board whose cards are bullets with nested fields', () => {
    const { board: b } = readText('## Todo\n\n- Task\n  - due: 2024-01-01\n\n## Done\n\n- Old\n');
    expect(b.dialect).not.toBe('kanban-md');
  });
});
