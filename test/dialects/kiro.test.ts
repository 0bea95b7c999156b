import { describe, expect, it } from 'vitest';

import { kiro } from '../../kanban/dialects/kiro.js';

import { byId, count, inputOf, readExample, readText } from '../helpers.js';

const EXAMPLE = 'examples/boards/kiro/tasks.md';

describe('kiro on the example tasks.md', () => {
  const { board, diagnostics } = readExample(EXAMPLE);

  it('is detected as kiro', () => {
    expect(board.dialect).toBe('kiro');
    expect(board.title).toBe('Implementation Plan');
    expect(diagnostics).toEqual([]);
  });

  it('reads every numbered task, nested ones with their parent', () => {
    // grep -cE '^\s*- \[[ xX-]\]\*? [0-9]' gives 21; '^- \[' gives 8 top-level, '^  - \[' 13.
    expect(board.items).toHaveLength(21);
    expect(count(board.items, (i) => i.parent === undefined)).toBe(8);
    expect(count(board.items, (i) => i.parent !== undefined)).toBe(13);
    expect(board.items.some((i) => i.generatedId)).toBe(false);
    expect(byId(board.items, '2.3').parent).toBe('2');
    expect(byId(board.items, '6.2').parent).toBe('6');
    expect(byId(board.items, '1').title).toBe('Set up the saved-search module and shared types');
    // No headings besides the H1: no groups.
    expect(board.groups).toEqual([]);
  });

  it('reads [x], [-] and [ ]* boxes', () => {
    // grep -cE '^\s*- \[x\]' gives 3 done (1, 2.1, 2.2); '^\s*- \[-\]' gives 2 (2, 2.4).
    expect(board.items.filter((i) => i.done).map((i) => i.id)).toEqual(['1', '2.1', '2.2']);
    expect(board.items.filter((i) => i.status === 'in-progress').map((i) => i.id)).toEqual([
      '2',
      '2.4',
    ]);
    expect(byId(board.items, '2.4').statusEvidence).toEqual([
      { source: 'checkbox', raw: '[-]', status: 'in-progress', line: 24 }, // grep -n '2.4 Add' gives 24
    ]);
    // grep -cE '^\s*- \[.\]\*' gives 3 optional tasks.
    expect(board.items.filter((i) => i.labels.includes('optional')).map((i) => i.id)).toEqual([
      '2.3',
      '3.3',
      '5.4',
    ]);
    expect(board.items.filter((i) => i.labels.includes('checkpoint')).map((i) => i.id)).toEqual([
      '4',
      '8',
    ]);
  });

  it('keeps requirements as fields and labels, never as dependencies', () => {
    // grep -c '_Requirements:' gives 14, one per task.
    expect(count(board.items, (i) => 'Requirements' in i.fields)).toBe(14);
    expect(board.items.every((i) => i.dependsOn.length === 0)).toBe(true);
    const t22 = byId(board.items, '2.2');
    expect(t22.fields.Requirements).toBe('1.1, 1.3, 1.4');
    expect(t22.labels).toEqual(['req:1.1', 'req:1.3', 'req:1.4']);
    expect(t22.files).toEqual(['src/features/saved-search/repository.ts']);
    expect(t22.description).toBe(
      [
        'Create src/features/saved-search/repository.ts with create, list, rename and delete',
        'Reject names longer than 80 characters before hitting the database',
      ].join('\n'),
    );
    // A property-test task validates a requirement in bold instead.
    const t23 = byId(board.items, '2.3');
    expect(t23.fields.Validates).toBe('Requirements 1.2');
    expect(t23.labels).toEqual(['optional', 'req:1.2']);
    expect(t23.description?.split('\n')).toHaveLength(2);
    expect(byId(board.items, '3.2').files).toEqual(['src/api/saved-searches/[id]/route.ts']);
  });
});

describe('kiro detection', () => {
  it('leaves the platform-kit and kubilitics seeds to their own dialects', () => {
    expect(kiro.detect(inputOf('examples/boards/platform-kit-tasks.md'))).toBeLessThan(0.5);
    expect(kiro.detect(inputOf('examples/boards/kubilitics-tasks.md'))).toBeLessThan(0.5);
  });

  it('does not claim the other tool formats', () => {
    for (const rel of [
      'examples/boards/spec-kit/tasks.md',
      'examples/boards/openspec/tasks.md',
      'examples/boards/ROADMAP.md',
      'examples/boards/TODO.md',
    ])
      expect(kiro.detect(inputOf(rel))).toBe(0);
  });

  it('needs numbered tasks plus requirements, a title or Kiro boxes', () => {
    expect(readText('- [ ] 1. Plain numbered task\n').board.dialect).not.toBe('kiro');
    expect(readText('- [ ] 1. Task\n  - _Requirements: 1.1_\n', 'tasks.md').board.dialect).toBe(
      'kiro',
    );
    expect(readText('# Implementation Plan\n\n- [ ] 1. Task\n').board.dialect).toBe('kiro');
  });

  it('finds numbers written with marks, character references or a Kiro box', () => {
    const req = '\n  - _Requirements: 1.1_\n';
    for (const task of ['**1.** Task', '[1. Task](#t)', '&#49;. Task', '_2.1_ Task'])
      expect(readText(`- [ ] ${task}${req}`, 'tasks.md').board.dialect).toBe('kiro');
    expect(readText(`- [-]* 3. Task${req}`, 'tasks.md').board.dialect).toBe('kiro');
    expect(readText(`- [x]\t\t4. Task${req}`, 'tasks.md').board.dialect).toBe('kiro');
    expect(kiro.detect(inputOf('examples/boards/spec-kit/tasks.md'))).toBe(0);
  });
});

describe('kiro odd input', () => {
  it('gives flat sub-tasks their parent by number and ids to unnumbered tasks', () => {
    const { board } = readText(
      [
        '# Implementation Plan',
        '',
        '## Tasks',
        '',
        '- [x] 2. Core',
        '- [-] 2.1 Handler',
        '  - _Requirements: 3.1_',
        '- [ ] Unnumbered task',
        '- [ ] 3.1 Orphan sub-task',
      ].join('\n'),
      'tasks.md',
      'kiro',
    );
    expect(board.items.map((i) => [i.id, i.parent, i.generatedId ?? false])).toEqual([
      ['2', undefined, false],
      ['2.1', '2', false],
      [expect.any(String), undefined, true],
      ['3.1', undefined, false],
    ]);
    expect(board.groups.map((g) => [g.id, g.kind])).toEqual([['tasks', 'section']]);
    expect(board.items.every((i) => i.group === 'tasks')).toBe(true);
  });

  it('does not throw on empty or odd input', () => {
    for (const text of [
      '',
      '# Implementation Plan\n',
      '- [ ]* \n',
      '- [-]\n',
      '- _Requirements: 1.1_\n',
      '- [ ] 1.\n  - [ ]* 1.1\n',
    ])
      expect(() => readText(text, 'tasks.md', 'kiro')).not.toThrow();
    const { board } = readText('- _Requirements: 1.1_\n- plain bullet\n', 'tasks.md', 'kiro');
    expect(board.items).toEqual([]);
  });
});
