import { describe, expect, it } from 'vitest';
import { epicBacklog } from '../../kanban/dialects/epic-backlog.js';
import { parseMarkdown } from '../../kanban/parse.js';

import { byId, count, readExample, readText } from '../helpers.js';

const SEED = 'examples/boards/epic-backlog.md';

function detect(text: string): number {
  return epicBacklog.detect({ path: 'b.md', fileName: 'b.md', text, tree: parseMarkdown(text) });
}

describe('epic-backlog on the seed', () => {
  const { board, diagnostics } = readExample(SEED);
  const { items, groups } = board;

  it('is detected for the seed', () => {
    expect(board.dialect).toBe('epic-backlog');
    expect(board.title).toBe('Backlog — Epics and Features');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('makes one epic group per `## Epic X — Title` and no other groups', () => {
    // `grep -c '^## Epic '` gives 9 (A–I).
    expect(groups.map((g) => [g.id, g.kind, g.number])).toEqual(
      'ABCDEFGHI'.split('').map((x) => [x, 'epic', x]),
    );
    expect(groups[1]?.title).toBe('Orchestrator (Go)');
    expect(groups[8]?.title).toBe('Integrations (LLM, MCP, Radicle, Spec‑Kit)');
  });

  it('makes an item of every bullet under Completed / Upcoming, and of nothing else', () => {
    // A python pass over the file (inside `## Epic` sections, bullets after a line that is
    // exactly "Completed" or "Upcoming", up to the next blank line) gives 33 + 26 = 59, per epic
    // A 8, B 10, C 6, D 10, E 6, F 5, G 3, H 6, I 5. Quick links (3), Repository map (5), the
    // demo path (5), Notes (2) and Next priorities (5) are outside epics.
    expect(items).toHaveLength(59);
    expect(count(items, (i) => i.done)).toBe(33);
    expect(count(items, (i) => i.status === 'backlog')).toBe(26);
    const perEpic = Object.fromEntries(groups.map((g) => [g.id, 0]));
    for (const i of items) perEpic[i.group as string]! += 1;
    expect(perEpic).toEqual({ A: 8, B: 10, C: 6, D: 10, E: 6, F: 5, G: 3, H: 6, I: 5 });
    expect(items.every((i) => i.statusEvidence.length === 1)).toBe(true);
    expect(count(items, (i) => /Orchestrator: http|CI pipeline/.test(i.title))).toBe(0);
  });

  it('records the label as section evidence and generates ids per epic', () => {
    // Line 21: first bullet of Epic A's "Completed" (label on line 20).
    expect(byId(items, 'A.1')).toMatchObject({
      title: 'Workspace scripts for k3d clusters, deploy, and port‑forwards',
      status: 'done',
      group: 'A',
      generatedId: true,
      statusEvidence: [{ source: 'section', raw: 'Completed', status: 'done', line: 20 }],
      position: { line: 21 },
    });
    // Line 45: last "Upcoming" bullet of Epic B (label on line 41).
    expect(byId(items, 'B.10')).toMatchObject({
      title: 'Metrics endpoint',
      status: 'backlog',
      rawStatus: 'Upcoming',
      statusEvidence: [{ source: 'section', line: 41 }],
    });
  });
});

describe('epic-backlog on boards written in the same style', () => {
  const STYLE = [
    '# Roadmap',
    '',
    '## Epic 1 — Paragraph labels ✅ Done',
    'Done',
    '- Shipped thing',
    '  - Owner: Ana',
    '  - a note',
    '',
    '**In progress:**',
    '- [ ] Half-done thing',
    '- 🚧 Building thing',
    '',
    'Notes',
    '- not an item',
    '',
    '## Epic 2 — Heading labels',
    '### Next',
    '- Ready thing',
    '### Planned',
    '- Later thing',
    '  - [x] Nested step',
    '### Links',
    '- not an item either',
    '',
    '## Epic 3 — Empty epic',
    '',
    '## Epic 4: Unlabelled bullets',
    '- Plain thing',
    '',
    '## Next priorities',
    '- never an item',
  ].join('\n');

  const { board } = readText(STYLE);
  const { items } = board;

  it('is detected and supports paragraph, bold and heading labels', () => {
    expect(board.dialect).toBe('epic-backlog');
    expect(board.groups.map((g) => g.id)).toEqual(['1', '2', '3', '4']);
    expect(board.groups[0]).toMatchObject({ title: 'Paragraph labels', status: 'done' });
    expect(items.map((i) => [i.id, i.title, i.status])).toEqual([
      ['1.1', 'Shipped thing', 'done'],
      ['1.2', 'Half-done thing', 'in-progress'],
      ['1.3', 'Building thing', 'in-progress'],
      ['2.1', 'Ready thing', 'ready'],
      ['2.2', 'Later thing', 'backlog'],
      ['2.2.1', 'Nested step', 'done'],
      ['4.1', 'Plain thing', 'backlog'],
    ]);
  });

  it('keeps every status source of a bullet and reads nested fields and notes', () => {
    expect(byId(items, '1.2').statusEvidence.map((e) => e.source)).toEqual(['section', 'checkbox']);
    expect(byId(items, '1.3').statusEvidence.map((e) => [e.source, e.raw])).toEqual([
      ['section', 'In progress'],
      ['emoji', '🚧'],
    ]);
    expect(byId(items, '1.1')).toMatchObject({ assignee: 'Ana', description: 'a note' });
    expect(byId(items, '2.2.1').parent).toBe('2.2');
    expect(byId(items, '4.1').statusEvidence).toEqual([]);
  });

  it('scores the style and leaves other styles alone', () => {
    expect(detect(STYLE)).toBeGreaterThan(0.6);
    expect(detect('## Epic A — Title\n\nSome prose.\n')).toBe(0.3);
    expect(detect('### Milestone 1: X\n\n- [ ] a\n')).toBe(0);
    expect(detect('')).toBe(0);
    expect(readExample('examples/boards/autogit-task-tracker.md').board.dialect).not.toBe(
      'epic-backlog',
    );
  });

  it('does not throw on odd input', () => {
    for (const text of [
      '',
      'Completed\n- outside any epic\n',
      '## Epic A —',
      '## Epic A — X\nCompleted\n\n1) ordered\n2)\n\n- \n',
      '## Epic A — X\r\nUpcoming\r\n- crlf bullet\r\n',
    ]) {
      expect(() => readText(text, 'x.md', 'epic-backlog')).not.toThrow();
    }
    const { board: odd } = readText('Completed\n- outside\n', 'x.md', 'epic-backlog');
    expect(odd.items).toEqual([]);
  });
});
