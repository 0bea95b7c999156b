import { describe, expect, it } from 'vitest';

import { openspec } from '../../kanban/dialects/openspec.js';

import { parseMarkdown } from '../../kanban/parse.js';

import { byId, count, inputOf, readExample, readText } from '../helpers.js';

const EXAMPLE = 'examples/boards/openspec/tasks.md';

describe('openspec on the example tasks.md', () => {
  const { board, diagnostics } = readExample(EXAMPLE);

  it('is detected as openspec', () => {
    expect(board.dialect).toBe('openspec');
    expect(diagnostics).toEqual([]);
  });

  it('makes each "## N." heading a numbered group', () => {
    // grep -cE '^## [0-9]+\. ' gives 5.
    expect(board.groups.map((g) => [g.id, g.number, g.kind])).toEqual([
      ['1', '1', 'section'],
      ['2', '2', 'section'],
      ['3', '3', 'section'],
      ['4', '4', 'section'],
      ['5', '5', 'section'],
    ]);
    expect(board.groups[1]?.title).toBe('Code generation and redemption');
  });

  it('reads every N.M task into the group of the same number', () => {
    // grep -cE '^- \[[ x]\] [0-9]+\.[0-9]+ ' gives 15; grep -cE '^- \[x\]' gives 4 done.
    expect(board.items).toHaveLength(15);
    expect(board.items.filter((i) => i.done).map((i) => i.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
    ]);
    expect(board.items.every((i) => i.group === i.id.split('.')[0])).toBe(true);
    expect(byId(board.items, '4.2').title).toBe(
      'Lock the second-factor step for 15 minutes after 5 failures',
    );
  });

  it('keeps nested bullets as notes and finds paths', () => {
    // grep -cE '^  - ' gives 2, both under 2.3.
    expect(byId(board.items, '2.3').description).toBe(
      [
        'Compare against every unused hash in constant time',
        'Mark the code used in the same transaction as the sign-in',
      ].join('\n'),
    );
    expect(count(board.items, (i) => i.description !== undefined)).toBe(1);
    expect(byId(board.items, '5.3').files).toEqual(['specs/auth/spec.md']);
    // `recovery-codes.txt` has no slash: a download name, not a repository path.
    expect(byId(board.items, '2.2').files).toEqual([]);
  });
});

describe('openspec detection', () => {
  it('leaves the platform-kit and kubilitics seeds to their own dialects', () => {
    expect(openspec.detect(inputOf('examples/boards/platform-kit-tasks.md'))).toBeLessThan(0.5);
    expect(openspec.detect(inputOf('examples/boards/kubilitics-tasks.md'))).toBeLessThan(0.5);
  });

  it('does not claim the other tool formats', () => {
    for (const rel of [
      'examples/boards/spec-kit/tasks.md',
      'examples/boards/kiro/tasks.md',
      'examples/boards/ROADMAP.md',
      'examples/boards/TODO.md',
    ])
      expect(openspec.detect(inputOf(rel))).toBe(0);
  });

  it('needs tasks whose number matches their heading', () => {
    const text = '## 1. Setup\n\n- [ ] 1.1 Create the repo\n';
    const mismatch = '## 1. Setup\n\n- [ ] 2.1 Create the repo\n- [ ] 2.2 Add CI\n';
    const at = (path: string, t: string) =>
      openspec.detect({ path, fileName: 'tasks.md', text: t, tree: parseMarkdown(t) });
    expect(at('tasks.md', text)).toBeGreaterThan(0.5);
    expect(at('openspec/changes/add-x/tasks.md', text)).toBeGreaterThan(at('tasks.md', text));
    expect(at('tasks.md', mismatch)).toBe(0);
    // Kiro's requirement lines point the other way.
    expect(at('tasks.md', `${text}  - _Requirements: 1.1_\n`)).toBeLessThan(0.5);
  });
});

describe('openspec odd input', () => {
  it('reads tasks without numbers, outside numbered groups and with nested sub-tasks', () => {
    const { board } = readText(
      [
        '# Tasks',
        '',
        '- [ ] 0.1 Before any group',
        '',
        '## 1. Implementation ✅',
        '',
        '- [x] Unnumbered task',
        '- [x] 1.2 Parent',
        '  - [x] 1.2.1 Child',
        '  - Owner: Sam',
        '',
        '## 2. Empty group',
        '',
        '## Notes',
        '',
        '- [ ] 3.1 Stray task under a plain heading',
      ].join('\n'),
      'tasks.md',
      'openspec',
    );
    expect(board.items.map((i) => [i.id, i.group, i.parent, i.generatedId ?? false])).toEqual([
      ['0.1', undefined, undefined, false],
      [expect.any(String), '1', undefined, true],
      ['1.2', '1', undefined, false],
      ['1.2.1', '1', '1.2', false],
      ['3.1', 'notes', undefined, false],
    ]);
    expect(board.items[2]?.assignee).toBe('Sam');
    expect(board.groups.map((g) => [g.id, g.status])).toEqual([
      ['1', 'done'],
      ['2', undefined],
      ['notes', undefined],
    ]);
  });

  it('does not throw on empty or odd input', () => {
    for (const text of ['', '## 1.\n', '## 1. A\n\n- [ ]\n', '- [ ] 1.1\n', '## 1. A\n\ntext\n'])
      expect(() => readText(text, 'tasks.md', 'openspec')).not.toThrow();
  });
});
