import { describe, expect, it } from 'vitest';

import { specKit } from '../../kanban/dialects/spec-kit.js';

import { byId, count, inputOf, readExample, readText } from '../helpers.js';

const EXAMPLE = 'examples/boards/spec-kit/tasks.md';

describe('spec-kit on the example tasks.md', () => {
  const { board, diagnostics } = readExample(EXAMPLE);

  it('is detected as spec-kit', () => {
    expect(board.dialect).toBe('spec-kit');
    expect(diagnostics).toEqual([]);
  });

  it('reads every T### checkbox and nothing else', () => {
    // grep -cE '^- \[[ xX]\] T[0-9]{3}' gives 31; with '\[[xX]\]' it gives 8 done.
    expect(board.items).toHaveLength(31);
    expect(count(board.items, (i) => i.done)).toBe(8);
    expect(board.items.map((i) => i.id)).toEqual(
      Array.from({ length: 31 }, (_, n) => `T${String(n + 1).padStart(3, '0')}`),
    );
    expect(board.items.some((i) => i.generatedId)).toBe(false);
    // Checkpoints, goals and the Dependencies/Notes bullets are not items.
    expect(board.items.some((i) => /Checkpoint|Setup \(Phase 1\)|\[P\] tasks/.test(i.title))).toBe(
      false,
    );
  });

  it('makes phases and the sub-headings inside them groups', () => {
    // grep -cE '^## Phase [0-9]+:' gives 6; grep -cE '^### (Tests|Implementation) for' gives 5.
    const phases = board.groups.filter((g) => g.kind === 'phase');
    expect(phases.map((g) => g.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(phases.map((g) => g.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const sections = board.groups.filter((g) => g.kind === 'section');
    expect(sections).toHaveLength(5);
    expect(sections.every((g) => ['3', '4', '5'].includes(g.parent ?? ''))).toBe(true);
    // "Format", "Path Conventions", "Dependencies…", "Notes" hold no tasks and give no group.
    expect(board.groups).toHaveLength(11);
    expect(phases[2]?.title).toBe(
      'User Story 1 - Automatic retry of failed deliveries (Priority: P1) 🎯 MVP',
    );
  });

  it('reads markers, stories, priorities and files of a task', () => {
    // grep -cE '^- \[[ xX]\] T[0-9]{3} \[P\]' gives 15 parallel tasks.
    expect(count(board.items, (i) => i.labels.includes('parallel'))).toBe(15);
    // grep -cE '\[US1\]' / '\[US2\]' / '\[US3\]' on task lines: 9, 6, 4.
    expect(count(board.items, (i) => i.fields.Story === 'US1')).toBe(9);
    expect(count(board.items, (i) => i.labels.includes('US2'))).toBe(6);
    expect(count(board.items, (i) => i.fields.Story === 'US3')).toBe(4);
    // The 12 tasks of Setup, Foundational and Polish have no story; 6 of them are [P] only.
    expect(count(board.items, (i) => !i.fields.Story)).toBe(12);
    expect(
      board.items.filter((i) => !i.fields.Story && i.labels.includes('parallel')).map((i) => i.id),
    ).toEqual(['T002', 'T003', 'T005', 'T006', 'T028', 'T029']);

    const t009 = byId(board.items, 'T009');
    expect(t009.group).toBe('3.tests-for-user-story-1');
    expect(t009.labels).toEqual(['parallel', 'US1', 'mvp']);
    expect(t009.priority).toBe('P1');
    expect(t009.done).toBe(true);
    expect(t009.files).toEqual(['service/tests/contract/test_retry_policy.py']);
    expect(byId(board.items, 'T020').priority).toBe('P2');
    expect(byId(board.items, 'T028').priority).toBeUndefined();
    // Underscores in a bare path are emphasis to Markdown; the path is read from the source.
    expect(byId(board.items, 'T003').files).toEqual(['service/src/webhooks/retry/__init__.py']);
    expect(byId(board.items, 'T001').files).toEqual(['service/pyproject.toml']);
    // `quickstart.md` has no slash: not a path the task changes.
    expect(byId(board.items, 'T031').files).toEqual([]);
    expect(byId(board.items, 'T025').files).toEqual([
      'dashboard/src/components/AttemptTimeline.tsx',
    ]);
  });

  it('reads inline and Dependencies-section edges', () => {
    expect(byId(board.items, 'T015').dependsOn).toEqual(['T013', 'T014']);
    expect(byId(board.items, 'T021').dependsOn).toEqual(['T014']);
    expect(byId(board.items, 'T027').dependsOn).toEqual(['T022']);
    expect(byId(board.items, 'T030').dependsOn).toEqual(['T015', 'T021']);
    // grep -c 'depends on' gives 4 lines: one inline, three in the Task Dependencies list.
    expect(count(board.items, (i) => i.dependsOn.length > 0)).toBe(4);
  });
});

describe('spec-kit detection', () => {
  it('leaves the platform-kit and kubilitics seeds to their own dialects', () => {
    expect(specKit.detect(inputOf('examples/boards/platform-kit-tasks.md'))).toBeLessThan(0.5);
    expect(specKit.detect(inputOf('examples/boards/kubilitics-tasks.md'))).toBeLessThan(0.5);
    expect(readExample('examples/boards/kubilitics-tasks.md').board.dialect).not.toBe('spec-kit');
  });

  it('does not claim the other tool formats', () => {
    for (const rel of [
      'examples/boards/kiro/tasks.md',
      'examples/boards/openspec/tasks.md',
      'examples/boards/ROADMAP.md',
      'examples/boards/TODO.md',
    ])
      expect(specKit.detect(inputOf(rel))).toBe(0);
  });

  it('needs T### tasks; phase headings alone are not enough', () => {
    const phasesOnly = readText('## Phase 1: Setup\n\n- [ ] Create the repo\n');
    expect(phasesOnly.board.dialect).not.toBe('spec-kit');
    const tasks = readText('# Tasks: X\n\n## Phase 1: Setup\n\n- [ ] T001 Create the repo\n');
    expect(tasks.board.dialect).toBe('spec-kit');
  });
});

describe('spec-kit odd input', () => {
  it('gives an id to a task line without one, inside a phase only', () => {
    const { board } = readText(
      [
        '# Tasks: Odd',
        '',
        '## Phase N: Polish',
        '',
        '- [ ] T001 [P] Docs in docs/guide/intro.md',
        '- [ ] TXXX Code cleanup',
        '- [x] [P] Tidy `src/app/main.ts`',
        '',
        '## Notes',
        '',
        '- [ ] not a task, no id and no phase',
      ].join('\n'),
      'tasks.md',
      'spec-kit',
    );
    expect(board.items.map((i) => [i.id, i.generatedId ?? false])).toEqual([
      ['T001', false],
      [expect.any(String), true],
      [expect.any(String), true],
    ]);
    const phase = board.groups[0];
    // "Phase N" is the template placeholder: a phase, but no number.
    expect(phase?.kind).toBe('phase');
    expect(phase?.number).toBeUndefined();
    expect(board.items[1]?.title).toBe('TXXX Code cleanup');
    const tidy = board.items[2];
    expect(tidy?.title).toBe('Tidy src/app/main.ts');
    expect(tidy?.labels).toEqual(['parallel']);
    expect(tidy?.fields.Story).toBeUndefined();
    expect(tidy?.files).toEqual(['src/app/main.ts']);
    expect(tidy?.done).toBe(true);
  });

  it('reads tasks with no phase at all, and a [P] without a story', () => {
    const { board } = readText(
      '- [ ] T001 [P] Add `lib/a.ts`\n- [X] T002 [US2] [P] Add lib/b.ts\n',
      'tasks.md',
      'spec-kit',
    );
    expect(board.groups).toEqual([]);
    expect(board.items.map((i) => i.id)).toEqual(['T001', 'T002']);
    expect(board.items[0]?.labels).toEqual(['parallel']);
    expect(board.items[0]?.group).toBeUndefined();
    expect(board.items[1]?.labels).toEqual(['parallel', 'US2']);
    expect(board.items[1]?.done).toBe(true);
    expect(board.items[1]?.files).toEqual(['lib/b.ts']);
  });

  it('keeps empty phases and phase status suffixes, and records emoji evidence', () => {
    const { board } = readText(
      [
        '## Phase 1: Setup ✅',
        '',
        '## Phase 2: Core',
        '',
        '- [ ] 🚧 T002 Build the core',
        '',
        '### Implementation for User Story 1',
        '',
        '**Checkpoint**: nothing here is an item',
      ].join('\n'),
      'tasks.md',
      'spec-kit',
    );
    expect(board.groups.map((g) => [g.id, g.kind, g.status])).toEqual([
      ['1', 'phase', 'done'],
      ['2', 'phase', undefined],
      ['2.implementation-for-user-story-1', 'section', undefined],
    ]);
    const item = board.items[0];
    expect(item?.id).toBe('T002');
    expect(item?.statusEvidence.map((e) => e.source)).toEqual(['checkbox', 'emoji']);
    expect(item?.status).toBe('in-progress');
  });

  it('does not throw on empty or task-free input', () => {
    for (const text of [
      '',
      '# Tasks: Nothing\n',
      '## Phase 1: Setup\n\nNo tasks yet.\n',
      '- [ ]\n',
    ])
      expect(() => readText(text, 'tasks.md', 'spec-kit')).not.toThrow();
    expect(readText('- [ ]\n', 'tasks.md', 'spec-kit').board.items).toEqual([]);
  });
});
