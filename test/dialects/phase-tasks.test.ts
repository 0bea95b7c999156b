import { describe, expect, it } from 'vitest';
import { phaseTasks } from '../../kanban/dialects/phase-tasks.js';
import { parseMarkdown } from '../../kanban/parse.js';

import { byId, count, readExample, readText } from '../helpers.js';

const SEED = 'examples/boards/kubilitics-tasks.md';

function detect(text: string): number {
  return phaseTasks.detect({ path: 'b.md', fileName: 'b.md', text, tree: parseMarkdown(text) });
}

describe('phase-tasks on the kubilitics seed', () => {
  const { board } = readExample(SEED);

  it('is detected for the seed', () => {
    expect(board.dialect).toBe('phase-tasks');
    expect(board.title).toBe('Kubilitics - Complete Production Task List');
  });

  it('reads every Task checkbox as an item, numbered as written', () => {
    // grep -cE '^- \[.\] \*\*Task [0-9.]+\*\*' gives 114, and grep -cE '^\s*- \[.\]' gives 114
    // too: there are no other checkboxes. None is ticked (grep -c '^- \[x\]' gives 0).
    expect(board.items).toHaveLength(114);
    expect(count(board.items, (i) => i.done)).toBe(0);
    expect(count(board.items, (i) => i.status === 'backlog')).toBe(114);
    expect(board.items.every((i) => /^\d+\.\d+\.\d+$/.test(i.id) && i.kind === 'task')).toBe(true);
    expect(board.items.every((i) => !i.generatedId && !i.title.startsWith('Task'))).toBe(true);
    // Every task id starts with its package's number (awk over the headings: no mismatch).
    expect(board.items.every((i) => i.id.startsWith(`${i.group}.`))).toBe(true);
    expect(board.items[0]).toMatchObject({
      id: '1.1.1',
      title: 'Implement dynamic resource discovery for CRDs',
      group: '1.1',
    });
  });

  it('reads File/Extend/Files/Dir bullets as files and the rest as description', () => {
    // grep -E '^  - [A-Za-z]+: `' | sort | uniq -c: 28 File, 16 Extend, 1 Files, 10 Dir (and 2
    // Run, which are commands). No task has two file bullets, so 55 tasks have one file each.
    expect(count(board.items, (i) => i.files.length === 1)).toBe(55);
    expect(count(board.items, (i) => i.files.length > 1)).toBe(0);
    // grep -cE '^  - ' gives 464 nested bullets; minus the 55 file bullets, 409 description lines.
    const lines = board.items.reduce((n, i) => n + (i.description?.split('\n').length ?? 0), 0);
    expect(lines).toBe(409);
    expect(board.items.every((i) => Object.keys(i.fields).length === 0)).toBe(true);
    const t113 = byId(board.items, '1.1.3');
    expect(t113.files).toEqual(['kubilitics-backend/internal/topology/engine.go']);
    const notes = t113.description?.split('\n') ?? [];
    expect(notes).toHaveLength(9);
    expect(notes[0]).toBe('Add: Nodes, Namespaces, PersistentVolumes, PersistentVolumeClaims');
    expect(byId(board.items, '1.2.1').files).toEqual([
      'kubilitics-backend/internal/topology/relationships.go',
    ]);
    expect(byId(board.items, '1.8.3').files).toEqual(['kubilitics-backend/tests/integration/']);
    expect(byId(board.items, '3.1.1').files).toEqual([]);
    expect(byId(board.items, '3.1.1').description).toContain('Run: cargo tauri ios init');
  });

  it('gives items their package priority', () => {
    // awk '/^\*\*Priority\*\*/{p=$2} /^- \[.\] \*\*Task/{c[p]++}' gives P0 41, P1 31, P2 32, P3 10.
    const by = (p: string) => count(board.items, (i) => i.priority?.startsWith(p) ?? false);
    expect([by('P0'), by('P1'), by('P2'), by('P3')]).toEqual([41, 31, 32, 10]);
    expect(byId(board.items, '1.1.1').priority).toBe('P0 - CRITICAL');
    expect(byId(board.items, '9.2.3').priority).toBe('P3 - LOW (Future)');
  });

  it('builds phases and numbered packages with their status lines', () => {
    // grep -c '^## Phase [0-9]' gives 9; grep -cE '^### [0-9]+\.[0-9]+ ' gives 28.
    expect(board.groups).toHaveLength(37);
    expect(count(board.groups, (g) => g.kind === 'phase')).toBe(9);
    expect(count(board.groups, (g) => g.kind === 'epic')).toBe(28);
    // grep '^\*\*Status\*\*' | sort | uniq -c: 24 NOT STARTED, 2 FOUNDATION COMPLETE and 2
    // PARTIALLY COMPLETE under packages (a yellow dot beside "complete" means partly done).
    expect(count(board.groups, (g) => g.status === 'backlog')).toBe(24);
    expect(count(board.groups, (g) => g.status === 'in-progress')).toBe(4);
    expect(board.groups.find((g) => g.id === '1.2')).toMatchObject({
      kind: 'epic',
      number: '1.2',
      parent: '1',
      title: 'Topology Engine - Complete Implementation',
      rawStatus: '🟡 PARTIALLY COMPLETE',
      status: 'in-progress',
    });
    const phase1 = board.groups.find((g) => g.id === '1');
    expect(phase1).toMatchObject({ kind: 'phase', number: '1' });
    expect(phase1?.title).toBe('Backend Core Completion (PRIORITY)');
    // "(Future)" is a planning remark, not a status.
    const phase9 = board.groups.find((g) => g.id === '9');
    expect(phase9?.title).toBe('Enterprise Features (Future)');
    expect(phase9?.status).toBeUndefined();
    expect(
      board.groups.some((g) => /Project Structure|Progress|Protocol|Notes/.test(g.title)),
    ).toBe(false);
  });
});

describe('phase-tasks on a board written in the same style', () => {
  const board = readText(
    [
      '# Mini phases',
      '',
      '**Project**: Demo',
      '**Status**: Planning',
      '',
      '## Phase 1: Core',
      '',
      '### 1.1 Parser',
      '**Status**: 🟡 IN PROGRESS',
      '**Priority**: P1 - HIGH',
      '',
      '- [x] **Task 1.1.1**: Tokenizer',
      '  - File: `src/lex.ts`',
      '  - Handle: comments → skip',
      '  - [x] Unit tests',
      '- [ ] **Task 1.1.2**: Grammar',
      '  - Priority: P0',
      '  - Depends on: 1.1.1',
      '  - Status: ✅ Done',
      '  - Extend: `src/parse.ts`',
      '  - Add: Nodes, Edges',
      '    - nested detail',
      '',
      '### 1.2 Empty package',
      '**Status**: 🔴 NOT STARTED',
      '',
      '## Phase 2 ✅',
      '',
      '- [ ] **Task 2.0.1**: Straight under a phase',
      '- [ ] plain checkbox in a phase',
      '',
      '## Extra Tasks',
      '',
      '- [ ] **Task 9.9.9**: Outside phases',
      '',
      '## Notes',
      '',
      '- [ ] a checkbox in the notes is not a task',
    ].join('\n'),
    'mini.md',
  ).board;

  it('is detected and reads tasks, subtasks and plain checkboxes inside phases', () => {
    expect(board.dialect).toBe('phase-tasks');
    expect(board.items.map((i) => i.id)).toEqual([
      '1.1.1',
      '1.1.1.1',
      '1.1.2',
      '2.0.1',
      '2.1',
      '9.9.9',
    ]);
    expect(byId(board.items, '1.1.1.1')).toMatchObject({
      title: 'Unit tests',
      parent: '1.1.1',
      group: '1.1',
      done: true,
      generatedId: true,
    });
    expect(byId(board.items, '2.1')).toMatchObject({
      title: 'plain checkbox in a phase',
      group: '2',
    });
    expect(byId(board.items, '9.9.9').group).toBe('extra-tasks');
  });

  it('inherits the package priority unless the task states its own', () => {
    const t1 = byId(board.items, '1.1.1');
    expect(t1).toMatchObject({ priority: 'P1 - HIGH', files: ['src/lex.ts'], done: true });
    expect(t1.description).toBe('Handle: comments → skip');
    const t2 = byId(board.items, '1.1.2');
    expect(t2).toMatchObject({
      priority: 'P0',
      dependsOn: ['1.1.1'],
      files: ['src/parse.ts'],
      description: 'Add: Nodes, Edges\nnested detail',
    });
    expect(byId(board.items, '2.0.1').priority).toBeUndefined();
  });

  it('keeps the checkbox status over a Status bullet and records both', () => {
    const t2 = byId(board.items, '1.1.2');
    expect(t2.status).toBe('backlog');
    expect(t2.statusEvidence.map((e) => [e.source, e.raw, e.status])).toEqual([
      ['checkbox', '[ ]', 'backlog'],
      ['field', '✅ Done', 'done'],
    ]);
  });

  it('reads group status lines and heading suffixes, skipping empty and note sections', () => {
    expect(board.groups.map((g) => [g.id, g.kind, g.status ?? null])).toEqual([
      ['1', 'phase', null],
      ['1.1', 'epic', 'in-progress'],
      ['1.2', 'epic', 'backlog'],
      ['2', 'phase', 'done'],
      ['extra-tasks', 'section', null],
    ]);
    expect(board.groups.find((g) => g.id === '2')?.title).toBe('Phase 2');
  });
});

describe('phase-tasks detection and odd input', () => {
  it('needs bold Task labels', () => {
    expect(detect('- [ ] **Task 1.1**: one\n  - File: `a.ts`\n')).toBeGreaterThan(0.5);
    expect(detect('### 1.1 X\n\n- [ ] **Task 1.1.1**: one\n')).toBeGreaterThan(
      detect('- [ ] **Task 1.1.1**: one\n'),
    );
    expect(detect('- [ ] write docs\n- [x] ship it\n')).toBe(0);
    expect(detect('- [ ] **M1.1**: checklist style\n  - Status: Backlog\n')).toBe(0);
    expect(readExample('examples/boards/platform-kit-tasks.md').board.dialect).not.toBe(
      'phase-tasks',
    );
  });

  it('does not throw on odd variants', () => {
    const odd = [
      '',
      '## Phase 1',
      '### 1.1 X\n**Status**:\n**Priority**:\n',
      '- [ ] **Task**: no number\n- [ ] **Task 1.1.1**:\n- [ ]\n',
      '## Phase 3: Deep\n\n- [ ] **Task 3.1**: a\n  - [ ] b\n    - [ ] c\n      - File:\n      - Acceptance:\n',
      '### 1.1 Lone package\nplain prose, no fields\n\n- [ ] **Task 1.1.1**: t\n  - Acceptance Criteria:\n    - [x] ok\n',
    ];
    for (const text of odd) {
      expect(() => detect(text)).not.toThrow();
      const { board } = readText(text, 'odd.md', 'phase-tasks');
      expect(board.dialect).toBe('phase-tasks');
    }
    const deep = readText(odd[4] as string, 'odd.md', 'phase-tasks').board;
    expect(deep.items.map((i) => i.parent ?? null)).toEqual([null, '3.1', '3.1.1']);
    const lone = readText(odd[5] as string, 'odd.md', 'phase-tasks').board;
    expect(lone.items[0]?.acceptance).toEqual([{ text: 'ok', done: true, line: 6 }]);
    expect(lone.groups[0]?.status).toBeUndefined();
  });
});
