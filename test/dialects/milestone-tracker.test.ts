import { describe, expect, it } from 'vitest';
import { milestoneTracker } from '../../kanban/dialects/milestone-tracker.js';
import { splitItemStatus } from '../../kanban/dialects/shared.js';
import { parseMarkdown } from '../../kanban/parse.js';
import { StatusMapper } from '../../kanban/status.js';
import type { Group } from '../../model/types.js';
import { byId, count, readExample, readText } from '../helpers.js';

const SEED = 'examples/boards/autogit-task-tracker.md';

function detect(text: string): number {
  return milestoneTracker.detect({
    path: 'b.md',
    fileName: 'b.md',
    text,
    tree: parseMarkdown(text),
  });
}

function group(groups: readonly Group[], id: string): Group {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
}

describe('milestone-tracker on the AutoGit seed', () => {
  const { board, diagnostics } = readExample(SEED);
  const { items, groups } = board;

  it('is detected for the seed and reads its title', () => {
    expect(board.dialect).toBe('milestone-tracker');
    expect(board.title).toBe('AutoGit Task Tracker');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds every item: subtask headings plus checkboxes that are not acceptance criteria', () => {
    // Counted on the decoded file, outside this code: `grep -c '^##### '` gives 46 subtask
    // headings (13 of them with ✅); `grep -c '^\s*- \[[ x]\]'` gives 555 checkboxes, of which 33
    // follow a `**Acceptance Criteria**:` line (a python pass tracking the last `**Label**:` line),
    // leaving 522 task checkboxes, 125 of them `[x]`. 46 + 522 = 568; 13 + 125 = 138 done.
    expect(items).toHaveLength(568);
    expect(count(items, (i) => i.kind === 'subtask')).toBe(46);
    expect(count(items, (i) => i.kind === 'task')).toBe(522);
    expect(count(items, (i) => i.done)).toBe(138);
    expect(items.reduce((n, i) => n + i.acceptance.length, 0)).toBe(33);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('keeps the repeated Milestone 4, 5 and 6 headings as separate groups', () => {
    // `grep -c '^### Milestone [0-9]'` gives 18 milestone headings (M1–M15 plus second 4, 5, 6).
    const milestones = groups.filter((g) => g.kind === 'milestone');
    expect(milestones).toHaveLength(18);
    expect(milestones.filter((g) => g.number === '4').map((g) => g.id)).toEqual(['M4', 'M4-2']);
    expect(milestones.filter((g) => g.number === '6').map((g) => g.title)).toEqual([
      'Kubernetes Deployment',
      'End-to-End Testing & Validation',
    ]);
    expect(group(groups, 'M3')).toMatchObject({
      status: 'done',
      rawStatus: '✅ CORE COMPLETE - VALIDATED',
    });
    expect(group(groups, 'M5-2').status).toBe('in-progress');
    expect(group(groups, 'M4-2')).toMatchObject({ status: 'backlog', parent: 'backlog' });
  });

  it('makes section groups only of headings with milestones or checkboxes beneath', () => {
    // The 🎯 Active/Next/Future sections and 📋 Backlog hold milestones; QC Workflow Status,
    // Quality Checkpoints and its five `#### N. Name ✅` checkpoints hold checkboxes: 11 sections.
    const sections = groups.filter((g) => g.kind === 'section');
    expect(sections).toHaveLength(11);
    expect(group(groups, 'M1').parent).toBe('active-milestones');
    expect(group(groups, 'code-quality')).toMatchObject({
      number: '1',
      title: 'Code Quality',
      status: 'done',
      parent: 'quality-checkpoints',
    });
    expect(group(groups, 'performance-testing').status).toBe('backlog');
    // Lines 428–481 hold 23 checkboxes (sed -n 428,481p | grep -c '^- \[').
    const qc = new Set(sections.map((s) => s.id));
    expect(count(items, (i) => qc.has(i.group ?? ''))).toBe(23);
    expect(groups.some((g) => /risk|metrics|assignments/i.test(g.title))).toBe(false);
  });

  it('records declared counts from `Subtasks (8 Total)` and `Tasks (30+ total)` headings', () => {
    expect(group(groups, 'M2').declaredCount).toEqual({ value: 8, atLeast: false, line: 170 });
    expect(group(groups, 'M6-2').declaredCount).toEqual({ value: 18, atLeast: false, line: 761 });
    expect(group(groups, 'M14').declaredCount).toMatchObject({ value: 30, atLeast: true });
    expect(group(groups, 'M15').declaredCount).toBeUndefined();
  });

  it('reads subtask headings with their bold inline fields', () => {
    const docker = byId(items, 'M2.1');
    expect(docker).toMatchObject({
      title: 'Docker Setup and Configuration',
      kind: 'subtask',
      group: 'M2',
      status: 'done',
      branch: 'git-server-implementation-docker-setup',
      priority: 'High',
      assignee: 'DevOps Engineer + Software Engineer',
      dependsOn: [],
    });
    expect(docker.fields['Estimated Effort']).toBe('4-6 days');
    expect(docker.fields['Deliverables']).toContain('services/git-server/Dockerfile');
    expect(docker.statusEvidence.map((e) => [e.source, e.raw, e.status])).toEqual([
      ['heading', '✅ COMPLETE', 'done'],
      ['field', 'Completed 2025-12-22', 'done'],
    ]);
    // The heading is on line 172; its last acceptance checkbox on 210 (the `___` on 212 is not
    // part of it).
    expect(docker.position).toMatchObject({ line: 172, column: 1, endLine: 210 });
    // Lines 205–210: six acceptance checkboxes under subtask 1.
    expect(docker.acceptance).toHaveLength(6);
    expect(docker.acceptance[0]).toEqual({
      text: 'GitLab CE container builds successfully on AMD64',
      done: true,
      line: 205,
    });
    // "Assigned\nTo" is split over two lines in subtask 8.
    expect(byId(items, 'M2.8').assignee).toBe('Evaluator + Documentation Engineer');
  });

  it('resolves "Subtask 1", "Subtasks 1-4" and "All previous subtasks" within the milestone', () => {
    expect(byId(items, 'M2.2').dependsOn).toEqual(['M2.1']);
    expect(byId(items, 'M2.5').dependsOn).toEqual(['M2.1', 'M2.2', 'M2.3', 'M2.4']);
    expect(byId(items, 'M2.7').dependsOn).toEqual(['M2.1']);
    expect(byId(items, 'M2.8').dependsOn).toEqual([
      'M2.1',
      'M2.2',
      'M2.3',
      'M2.4',
      'M2.5',
      'M2.6',
      'M2.7',
    ]);
    expect(byId(items, 'M2.5').fields['Dependencies']).toBe('Subtasks 1-4');
  });

  it('puts task checkboxes under their subtask and milestone checkboxes under the milestone', () => {
    // `##### 6.1` sits in the second Milestone 6; lines 765–774 hold its 10 checkboxes.
    expect(byId(items, 'M6.1')).toMatchObject({
      group: 'M6-2',
      status: 'backlog',
      rawStatus: '⏹️ NOT STARTED',
    });
    const chain = items.filter((i) => i.parent === 'M6.1');
    expect(chain).toHaveLength(10);
    expect(chain[0]).toMatchObject({ kind: 'task', group: 'M6-2', id: 'M6.1.1' });
    expect(chain[0]?.position.line).toBe(765);
    // Milestone 1's `#### Completed Tasks`: 8 checkboxes (lines 49–56), with section evidence.
    const m1 = items.filter((i) => i.group === 'M1');
    expect(m1).toHaveLength(8);
    expect(m1.every((i) => i.parent === undefined && i.generatedId)).toBe(true);
    expect(m1[0]?.id).toBe('M1.t1');
    expect(m1[0]?.statusEvidence.map((e) => e.source)).toEqual(['checkbox', 'section']);
    // `**Epic Tasks**:` of the first Milestone 6 (Future): 8 checkboxes, lines 556–563.
    expect(count(items, (i) => i.group === 'M6')).toBe(8);
    // `#### Potential Tasks (TBD)` of Milestone 15 is a label, not a subtask: 20 direct tasks.
    expect(count(items, (i) => i.group === 'M15' && !i.parent)).toBe(20);
    expect(count(items, (i) => i.group === 'M15' && i.kind === 'subtask')).toBe(0);
  });

  it('keeps status suffixes on task lines as evidence, conflicts included', () => {
    // Line 154: "- [ ] Update CHANGELOG.md with automated workflow entries (done)".
    const changelog = byId(items, 'M5.t4');
    expect(changelog.title).toBe('Update CHANGELOG.md with automated workflow entries');
    expect(changelog.status).toBe('backlog');
    expect(changelog.statusEvidence.map((e) => e.status)).toEqual(['backlog', 'done']);
    // Line 503: "- [x] Implement runner lifecycle management ✅ **VALIDATED**".
    expect(byId(items, 'M3.t2').statusEvidence[1]).toMatchObject({
      source: 'emoji',
      raw: '✅ VALIDATED',
      status: 'done',
    });
    // "(if SSO complete)" is a condition, not a status (line 1386).
    const ui = items.find((i) => i.title.startsWith('Create user management UI'));
    expect(ui?.title).toBe('Create user management UI (if SSO complete)');
    expect(ui?.statusEvidence).toHaveLength(1);
  });

  it('does not make items of plain bullets, tables or deliverables', () => {
    const titles = new Set(items.map((i) => i.title));
    expect(titles.has('Documentation Coverage: 100%')).toBe(false);
    expect(count(items, (i) => /Dockerfile\.arm64/.test(i.title))).toBe(0);
    expect(count(items, (i) => i.title.includes('M1: Documentation'))).toBe(0);
  });
});

describe('milestone-tracker on boards written in the same style', () => {
  const STYLE = [
    '# Tracker',
    '',
    '## Current',
    '',
    '### Milestone 1: Core ✅ COMPLETE',
    '',
    '#### Subtasks (3 Total)',
    '',
    '##### 1. Parser ✅ COMPLETE',
    '',
    '**Branch**: `feat/parser` **Priority**: High **Dependencies**: None',
    '**Status**: In Progress **Assigned To**: Ana',
    '',
    '**Tasks**:',
    '',
    '- [x] Tokenizer',
    '- [ ] Error recovery',
    '  - [ ] Nested follow-up',
    '',
    '**Acceptance Criteria**:',
    '',
    '- [x] Parses the seeds',
    '- [ ] Never throws',
    '',
    '**Deliverables**:',
    '',
    '- `src/parser.ts`',
    '',
    '##### 2. Writer',
    '',
    '**Dependencies**: Subtask 1 (Parser), Subtask 3',
    '',
    '##### 3. Empty Subtask ⏹️ NOT STARTED',
    '',
    '### Milestone 2: Later',
    '',
    '**Target**: Q3 **Status**: Planned',
    '',
    '#### Acceptance Criteria',
    '',
    '- [ ] Not an item without a subtask',
    '',
    '### Milestone 3: Nothing here',
    '',
  ].join('\n');

  it('is detected and keeps both evidences when heading and Status field disagree', () => {
    const { board } = readText(STYLE);
    expect(board.dialect).toBe('milestone-tracker');
    const parser = byId(board.items, 'M1.1');
    expect(parser.statusEvidence.map((e) => [e.source, e.status])).toEqual([
      ['heading', 'done'],
      ['field', 'in-progress'],
    ]);
    expect(parser).toMatchObject({ branch: 'feat/parser', assignee: 'Ana', priority: 'High' });
    expect(parser.acceptance.map((a) => a.done)).toEqual([true, false]);
    expect(parser.fields['Deliverables']).toBe('src/parser.ts');
    const tasks = board.items.filter((i) => i.parent === 'M1.1');
    expect(tasks.map((t) => [t.id, t.status])).toEqual([
      ['M1.1.1', 'done'],
      ['M1.1.2', 'backlog'],
    ]);
    expect(byId(board.items, 'M1.1.2.1').parent).toBe('M1.1.2');
    expect(byId(board.items, 'M1.2').dependsOn).toEqual(['M1.1', 'M1.3']);
  });

  it('reads headings without items, and a milestone status from its Status field', () => {
    const { board } = readText(STYLE);
    expect(byId(board.items, 'M1.3')).toMatchObject({ status: 'backlog', acceptance: [] });
    expect(group(board.groups, 'M1').declaredCount?.value).toBe(3);
    expect(group(board.groups, 'M2')).toMatchObject({ rawStatus: 'Planned', status: 'backlog' });
    expect(group(board.groups, 'M3').status).toBeUndefined();
    expect(count(board.items, (i) => i.group === 'M2' || i.group === 'M3')).toBe(0);
    expect(board.items).toHaveLength(6);
  });

  it('detects by milestone headings and scores other styles 0', () => {
    expect(detect(STYLE)).toBeGreaterThan(0.8);
    expect(detect('### Milestone 1: Only\n\n- [ ] a\n')).toBeGreaterThan(0.3);
    expect(detect('## Epic A — X\nCompleted\n- a\n')).toBe(0);
    expect(detect('')).toBe(0);
    expect(readExample('examples/boards/epic-backlog.md').board.dialect).not.toBe(
      'milestone-tracker',
    );
  });

  it("gives a repeated milestone's subtasks ids from its unique group id", () => {
    const text = [
      '### Milestone 4: First',
      '##### 1. One',
      '### Milestone 4: Second',
      '##### 1. Again',
      '**Dependencies**: Subtask 2',
      '##### 2. Then',
      '**Dependencies**: Subtask 1',
    ].join('\n\n');
    const { board } = readText(text);
    expect(board.items.map((i) => [i.id, i.group, i.dependsOn])).toEqual([
      ['M4.1', 'M4', []],
      ['M4-2.1', 'M4-2', ['M4-2.2']],
      ['M4-2.2', 'M4-2', ['M4-2.1']],
    ]);
  });

  it('does not throw on odd input', () => {
    const odd = [
      '### Milestone 7',
      '##### 1.',
      '**Tasks**:',
      '- plain bullet, not a task',
      '- [ ]',
      '####### not a heading',
      '### Milestone 7: Again ✅',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '##### 7.1 Deep ✅ COMPLETE',
      '**Dependencies**: Subtasks 9-2, Subtask 1-100000',
      '###### Acceptance Criteria',
      '- [x] ok',
    ].join('\n\n');
    const { board } = readText(odd, 'odd.md', 'milestone-tracker');
    expect(board.groups.map((g) => g.id)).toEqual(['M7', 'M7-2']);
    expect(byId(board.items, 'M7.1')).toMatchObject({ group: 'M7-2', dependsOn: [] });
    expect(byId(board.items, 'M7.1').acceptance).toHaveLength(1);
    for (const text of ['', '# Only a title', '- [x] loose\n', '\r\n### Milestone 1\r\n']) {
      expect(() => readText(text, 'x.md', 'milestone-tracker')).not.toThrow();
    }
  });

  it('splits item status text only when it is a status', () => {
    const mapper = new StatusMapper();
    expect(splitItemStatus('✅ Ship it', mapper)).toEqual({
      title: 'Ship it',
      raw: '✅',
      source: 'emoji',
    });
    expect(splitItemStatus('Docs (in progress)', mapper)).toEqual({
      title: 'Docs',
      raw: 'in progress',
      source: 'suffix',
    });
    expect(splitItemStatus('UI (if SSO complete)', mapper)).toEqual({
      title: 'UI (if SSO complete)',
    });
    expect(splitItemStatus('Plain', mapper)).toEqual({ title: 'Plain' });
  });
});
