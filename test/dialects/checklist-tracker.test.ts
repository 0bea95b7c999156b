import { describe, expect, it } from 'vitest';
import { checklistTracker } from '../../kanban/dialects/checklist-tracker.js';
import { parseMarkdown } from '../../kanban/parse.js';

import { byId, count, readExample, readText } from '../helpers.js';

const SEED = 'examples/boards/platform-kit-tasks.md';

function detect(text: string): number {
  return checklistTracker.detect({
    path: 'b.md',
    fileName: 'b.md',
    text,
    tree: parseMarkdown(text),
  });
}

describe('checklist-tracker on the platform-kit seed', () => {
  const { board } = readExample(SEED);

  it('is detected for the seed', () => {
    expect(board.dialect).toBe('checklist-tracker');
    expect(board.title).toBe('Platform Kit Tasks');
  });

  it('reads every bold-id checkbox and nothing else as an item', () => {
    // grep -cE '^- \[.\] \*\*' gives 62 items; grep -cE '^- \[x\] \*\*' gives 7 ticked (all M0).
    expect(board.items).toHaveLength(62);
    expect(count(board.items, (i) => i.done)).toBe(7);
    expect(board.items.filter((i) => i.done).every((i) => i.id.startsWith('M0.'))).toBe(true);
    // `grep -c 'Status: 🚧'` gives 2 blocked (B1, B2); the remaining 53 say ⏳ Backlog.
    expect(count(board.items, (i) => i.status === 'blocked')).toBe(2);
    expect(count(board.items, (i) => i.status === 'backlog')).toBe(53);
    expect(board.items.some((i) => i.generatedId)).toBe(false);
    // The legend's five bullets and the Notes bullets are not items.
    expect(
      board.items.some((i) => /Done|Completed and verified|Platform Architect/.test(i.title)),
    ).toBe(false);
  });

  it('keeps acceptance criteria out of the items', () => {
    // 180 indented checkboxes, all under "Acceptance Criteria:" (awk over the file: 180 under a
    // criteria label, 0 elsewhere), plus 7 single-line `  - Acceptance: text` → 187.
    expect(board.items.reduce((n, i) => n + i.acceptance.length, 0)).toBe(187);
    const m111 = byId(board.items, 'M1.1.1');
    expect(m111.acceptance.map((a) => a.text)).toEqual([
      'Migration applies cleanly to fresh Supabase project',
      'All tables have RLS enabled',
      'Foreign key constraints validated',
      'Indexes created on frequently queried columns',
    ]);
    expect(m111.acceptance.every((a) => !a.done)).toBe(true);
    // A single-line criterion of a ticked item counts as met.
    expect(byId(board.items, 'M0.1.1').acceptance).toEqual([
      { text: 'All 4 files present, valid markdown', done: true, line: 25 },
    ]);
  });

  it('reads the field bullets into roles and fields', () => {
    // grep -cE '^  - Files:' gives 44, '^  - Assignee:' 47, '^  - Status:' 62.
    expect(count(board.items, (i) => i.files.length > 0)).toBe(44);
    expect(count(board.items, (i) => i.assignee !== undefined)).toBe(47);
    expect(count(board.items, (i) => i.statusEvidence.some((e) => e.source === 'field'))).toBe(62);
    const m111 = byId(board.items, 'M1.1.1');
    expect(m111).toMatchObject({
      title: 'Create ops schema migration',
      group: '1.1',
      assignee: 'Backend Engineer',
      dependsOn: [],
      files: ['supabase/migrations/20260127_ops_schema.sql'],
      status: 'backlog',
    });
    expect(byId(board.items, 'M4.1.2').dependsOn).toEqual(['M4.1.1', 'M1.1.1']);
    expect(byId(board.items, 'T2').dependsOn).toEqual(['M1', 'M2', 'M3', 'M4']);
    expect(byId(board.items, 'T1').fields.Dependencies).toBe('All implementation tasks');
    expect(byId(board.items, 'M3').fields).toMatchObject({
      Target: '>90% of projects achieve parity score >80%',
      Measurement: 'Query ops.parity_results for projects with score >80',
    });
    const b1 = byId(board.items, 'B1');
    expect(b1.fields).toMatchObject({
      Blocker: 'Pulser SDK not yet published to npm',
      Workaround: 'Stub out SDK interface for now',
    });
    expect(b1.statusEvidence.map((e) => [e.source, e.raw, e.status])).toEqual([
      ['checkbox', '[ ]', 'backlog'],
      ['section', 'Blocked', 'blocked'],
      ['field', '🚧 Blocked', 'blocked'],
    ]);
  });

  it('builds milestones, phases and item-holding sections as groups', () => {
    // Headings: 5 `## M<n>:` milestones, 17 `### Phase n.n:` and 3 `### Phase n:` phases, and 8
    // sections holding items (Cross-Cutting Tasks + Testing/Security/Documentation/Observability,
    // Rollout Tasks, Success Metrics Tasks, Blocked Tasks). Legend and Notes hold none.
    expect(board.groups).toHaveLength(33);
    expect(count(board.groups, (g) => g.kind === 'milestone')).toBe(5);
    expect(count(board.groups, (g) => g.kind === 'phase')).toBe(20);
    expect(count(board.groups, (g) => g.kind === 'section')).toBe(8);
    expect(board.groups.some((g) => /Legend|Notes/.test(g.title))).toBe(false);
    const m0 = board.groups.find((g) => g.id === 'M0');
    expect(m0).toMatchObject({ kind: 'milestone', number: 'M0', title: 'Foundation' });
    expect(m0).toMatchObject({ rawStatus: '✅', status: 'done' });
    expect(board.groups.find((g) => g.id === '0.1')).toMatchObject({
      kind: 'phase',
      number: '0.1',
      parent: 'M0',
      status: 'done',
    });
    const dogfood = board.groups.find((g) => g.title.startsWith('Internal Dogfooding'));
    expect(dogfood).toMatchObject({ kind: 'phase', number: '1', parent: 'rollout-tasks' });
    expect(dogfood?.status).toBeUndefined();
    expect(dogfood?.rawStatus).toBeUndefined();
    expect(byId(board.items, 'R1.1').group).toBe(dogfood?.id);
    expect(board.groups.find((g) => g.id === 'testing')?.parent).toBe('cross-cutting-tasks');
    expect(byId(board.items, 'S2').group).toBe('security');
    expect(byId(board.items, 'M6').group).toBe('success-metrics-tasks');
  });
});

describe('checklist-tracker on boards written in the same style', () => {
  const board = readText(
    [
      '# Mini tracker',
      '',
      '## Milestone 2: Server',
      '',
      '### Phase 2.1: API',
      '',
      '- [ ] **A1**: Build the API',
      '  - Status: 🔄 In Progress',
      '  - Assignee: Ana',
      '  - [x] **A1.9**: Schema',
      '  - [ ] Handlers',
      '  - Acceptance Criteria:',
      '    - [x] Returns 200',
      '    - [ ] Documented',
      '- [ ] **A2**: No status field here',
      '  - Files: `src/a2.ts`',
      '- [ ] **A3**: Claimed done',
      '  - Status: ✅ Done',
      '- [ ] **A4**: Waiting',
      '  - Status: 🚧',
      '',
      '## M5: Later',
      '',
      '## Rollout',
      '',
      '### Phase 1: Beta (M2 Complete)',
      '',
      '- [ ] **R1**: Invite users',
      '',
      '## Notes',
      '',
      '- Just a note: nothing to do',
      '',
      '---',
      '',
      '## Legend',
      '',
      '- 🚧 **Blocked**: waiting on someone',
      '- 🧊 **Icebox**: parked',
    ].join('\n'),
    'mini.md',
  ).board;

  it('is detected and reads nested subtasks with parents', () => {
    expect(board.dialect).toBe('checklist-tracker');
    expect(board.items.map((i) => i.id)).toEqual(['A1', 'A1.9', 'A1.1', 'A2', 'A3', 'A4', 'R1']);
    expect(byId(board.items, 'A1.9')).toMatchObject({ parent: 'A1', done: true, group: '2.1' });
    expect(byId(board.items, 'A1.1')).toMatchObject({ parent: 'A1', title: 'Handlers' });
    expect(byId(board.items, 'A1.1').generatedId).toBe(true);
    const a1 = byId(board.items, 'A1');
    expect(a1).toMatchObject({ status: 'in-progress', assignee: 'Ana' });
    expect(a1.acceptance.map((a) => a.done)).toEqual([true, false]);
  });

  it('handles a missing Status field and keeps a contradicting checkbox', () => {
    const a2 = byId(board.items, 'A2');
    expect(a2).toMatchObject({ status: 'backlog', files: ['src/a2.ts'] });
    expect(a2.statusEvidence.map((e) => e.source)).toEqual(['checkbox']);
    const a3 = byId(board.items, 'A3');
    expect(a3.status).toBe('backlog');
    expect(a3.done).toBe(false);
    expect(a3.statusEvidence.map((e) => [e.source, e.status])).toEqual([
      ['checkbox', 'backlog'],
      ['field', 'done'],
    ]);
  });

  it('applies the legend even when it comes after the items', () => {
    // Without the legend 🚧 means "under construction" (in progress); this board says Blocked.
    expect(byId(board.items, 'A4').status).toBe('blocked');
    const noLegend = readText('- [ ] **A4**: Waiting\n  - Status: 🚧\n', 'n.md').board;
    expect(noLegend.items[0]?.status).toBe('in-progress');
    expect(board.groups.some((g) => g.title === 'Legend' || g.title === 'Notes')).toBe(false);
  });

  it('numbers groups as written and ignores parenthetical notes as statuses', () => {
    expect(board.groups.map((g) => [g.id, g.kind, g.number ?? null])).toEqual([
      ['M2', 'milestone', '2'],
      ['2.1', 'phase', '2.1'],
      ['M5', 'milestone', 'M5'],
      ['rollout', 'section', null],
      ['1', 'phase', '1'],
    ]);
    expect(board.groups.find((g) => g.id === '1')).toMatchObject({
      title: 'Beta (M2 Complete)',
      parent: 'rollout',
    });
    expect(board.groups.find((g) => g.id === '1')?.status).toBeUndefined();
  });
});

describe('checklist-tracker detection and odd input', () => {
  it('scores this style high and plain task lists not at all', () => {
    const seed = readExample(SEED, 'checklist-tracker').board;
    expect(seed.items).toHaveLength(62);
    expect(detect('- [ ] **X1**: One\n  - Status: Backlog\n  - Owner: me\n')).toBeGreaterThan(0.5);
    expect(detect('- [ ] write docs\n- [x] ship it\n')).toBe(0);
    expect(detect('- [ ] **Task 1.1**: phase-tasks style\n  - File: `a.ts`\n')).toBe(0);
    // Bold ids without field bullets are only weak evidence.
    const bare = detect('- [ ] **X1**: One\n- [ ] **X2**: Two\n');
    expect(bare).toBeGreaterThan(0.05);
    expect(bare).toBeLessThan(0.5);
    expect(readText('- [ ] write docs\n- [x] ship it\n').board.dialect).toBe('generic');
  });

  it('does not throw on odd variants', () => {
    const odd = [
      '',
      '# Only a title',
      '## M1: Empty milestone\n\n### Phase 1.1: Empty phase\n',
      '- [ ]\n- [x] **\n- [ ] ****\n',
      '## Legend\n\n- 🧊\n- just text\n- ✅ **Unknownword**: ?\n',
      '- [ ] **Z1**: deep\n  - [ ] a\n    - [ ] b\n      - [ ] c\n        - Status:\n',
      '- [ ] **Z2**: Acceptance\n  - Acceptance:\n  - Acceptance Criteria:\n',
    ];
    for (const text of odd) {
      expect(() => detect(text)).not.toThrow();
      const { board } = readText(text, 'odd.md', 'checklist-tracker');
      expect(board.dialect).toBe('checklist-tracker');
    }
    const deep = readText(odd[5] as string, 'odd.md', 'checklist-tracker').board;
    expect(deep.items.map((i) => i.parent ?? null)).toEqual([null, 'Z1', 'Z1.1', 'Z1.1.1']);
  });

  it('gives a subtask its own box as status, not the section of the item it belongs to', () => {
    const text = [
      '## In Progress',
      '',
      '- [ ] **ID-1**: Parser',
      '  - Status: In Progress',
      '  - [x] Parser works for the nominal case',
      '  - [ ] Parser has a regression test',
      '- [x] **ID-2**: Lexer',
      '  - Status: In Progress',
      '',
    ].join('\n');
    const result = readText(text, 'board.md', 'checklist-tracker');
    const sub = byId(result.board.items, 'ID-1.1');
    expect(sub.parent).toBe('ID-1');
    expect(sub.status).toBe('done');
    expect(sub.statusEvidence.map((e) => e.source)).toEqual(['checkbox']);
    // The item itself still carries the section, so a ticked item in "In Progress" is reported.
    expect(byId(result.board.items, 'ID-1').statusEvidence.map((e) => e.source)).toContain(
      'section',
    );
    expect(byId(result.board.items, 'ID-2').statusEvidence.map((e) => e.source)).toEqual([
      'checkbox',
      'section',
      'field',
    ]);
  });
});
