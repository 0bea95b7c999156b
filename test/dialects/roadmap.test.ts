import { describe, expect, it } from 'vitest';

import { parseMilestone, roadmap } from '../../kanban/dialects/roadmap.js';

import { parseMarkdown } from '../../kanban/parse.js';
import { StatusMapper } from '../../kanban/status.js';
import type { Item } from '../../model/types.js';
import { count, inputOf, readExample, readText } from '../helpers.js';

function byTitle(items: readonly Item[], title: string): Item {
  const item = items.find((i) => i.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return item;
}

describe('roadmap on the example ROADMAP.md', () => {
  const { board, diagnostics } = readExample('examples/boards/ROADMAP.md');

  it('is detected as roadmap', () => {
    expect(board.dialect).toBe('roadmap');
    expect(diagnostics).toEqual([]);
  });

  it('makes version, milestone, quarter and status headings groups', () => {
    // grep -cE '^## ' gives 7 headings, all of which hold items.
    expect(board.groups.map((g) => [g.id, g.kind, g.number, g.title])).toEqual([
      ['v1.0.0', 'milestone', '1.0.0', 'First stable release'],
      ['v1.1.0', 'milestone', '1.1.0', 'Sensors'],
      ['1.2', 'milestone', '1.2', 'Sharing'],
      ['mobile', 'milestone', undefined, 'Mobile'],
      ['q3-2026', 'milestone', 'Q3 2026', 'Q3 2026'],
      ['unreleased', 'milestone', undefined, 'Unreleased'],
      ['won-t-do', 'column', undefined, "Won't do"],
    ]);
    expect(board.groups[0]?.status).toBe('done');
  });

  it('reads checkboxes, emoji bullets and plain bullets of plan lists', () => {
    // grep -cE '^\s*- ' gives 26 bullets, every one an item; grep -cE '^\s*- (\[x\]|✅)' gives 10.
    expect(board.items).toHaveLength(26);
    expect(count(board.items, (i) => i.done)).toBe(10);
    // The four ✅ bullets of v1.0.0 carry emoji evidence only.
    const shipped = board.items.filter((i) => i.group === 'v1.0.0');
    expect(shipped).toHaveLength(4);
    expect(shipped.every((i) => i.statusEvidence[0]?.source === 'emoji' && i.done)).toBe(true);
    expect(byTitle(board.items, 'Progressive web app manifest and offline cache').status).toBe(
      'in-progress',
    );
    expect(byTitle(board.items, 'Home screen widgets for the next high tide').status).toBe(
      'backlog',
    );
    // The "Won't do" column decides the status of its plain bullets.
    expect(count(board.items, (i) => i.status === 'cancelled')).toBe(2);
  });

  it('nests sub-items under their parent and reads suffix statuses', () => {
    // Indented bullets: 2 under MQTT, 2 under Wind, 2 under the widget → 6 sub-items.
    expect(count(board.items, (i) => i.parent !== undefined)).toBe(6);
    const wind = byTitle(board.items, 'Wind speed and direction from Davis anemometers');
    expect(board.items.filter((i) => i.parent === wind.id).map((i) => i.done)).toEqual([
      true,
      false,
    ]);
    const alerts = byTitle(board.items, 'Sensor offline alerts');
    expect(alerts.statusEvidence.map((e) => [e.source, e.raw])).toEqual([
      ['checkbox', '[ ]'],
      ['suffix', 'in progress'],
    ]);
    expect(alerts.status).toBe('in-progress');
    expect(byTitle(board.items, 'Topic mapping in config/sensors.yaml').files).toEqual([
      'config/sensors.yaml',
    ]);
  });
});

describe('roadmap on the example TODO.md', () => {
  const { board } = readExample('examples/boards/TODO.md');

  it('is detected as roadmap', () => {
    expect(board.dialect).toBe('roadmap');
  });

  it('reads every checkbox, keeps plain notes out', () => {
    // grep -cE '^\s*- \[' gives 18 items; '^\s*- \[x\]' gives 4 done; the one plain bullet
    // ("Write it down…") is a note of its checkbox.
    expect(board.items).toHaveLength(18);
    expect(count(board.items, (i) => i.done)).toBe(4);
    const hooks = board.items.find((i) => i.title.startsWith('Decide on the hook list'));
    expect(hooks?.description).toBe('Write it down in docs/plugins/hooks.md first');
    expect(board.groups.map((g) => [g.id, g.kind, g.status])).toEqual([
      ['v0.9.0', 'milestone', 'ready'],
      ['plugin-api', 'milestone', undefined],
      ['docs', 'section', undefined],
      ['someday', 'column', 'backlog'],
    ]);
    // Nested checkboxes: 3 under incremental rebuilds, 2 under example plugins.
    expect(count(board.items, (i) => i.parent !== undefined)).toBe(5);
  });

  it('keeps a "(done)" suffix as evidence beside an open checkbox', () => {
    const fix = byTitle(board.items, 'Fix broken relative links when base_url has a path');
    expect(fix.statusEvidence.map((e) => e.status)).toEqual(['backlog', 'done']);
    expect(fix.done).toBe(false);
  });
});

describe('roadmap detection', () => {
  it('leaves the platform-kit and kubilitics seeds to their own dialects', () => {
    expect(roadmap.detect(inputOf('examples/boards/platform-kit-tasks.md'))).toBeLessThan(0.5);
    expect(roadmap.detect(inputOf('examples/boards/kubilitics-tasks.md'))).toBeLessThan(0.5);
  });

  it('scores below the tool formats on their own files', () => {
    for (const rel of [
      'examples/boards/spec-kit/tasks.md',
      'examples/boards/kiro/tasks.md',
      'examples/boards/openspec/tasks.md',
    ])
      expect(roadmap.detect(inputOf(rel))).toBe(0);
  });

  it('weighs the file name above headings, and both above the generic reader', () => {
    const text = '## v1.0\n\n- [ ] Ship it\n';
    const at = (fileName: string, t = text) =>
      roadmap.detect({ path: fileName, fileName, text: t, tree: parseMarkdown(t) });
    expect(at('notes.md')).toBeGreaterThan(0.05);
    expect(at('notes.md')).toBeLessThanOrEqual(0.3);
    expect(at('ROADMAP.md')).toBeGreaterThan(at('notes.md'));
    expect(at('ROADMAP.md')).toBeLessThan(0.5);
    expect(at('todo.md', '- [ ] one\n')).toBeGreaterThan(0.05);
    // A changelog's plain bullets under version headings are not a task list.
    expect(at('CHANGELOG.md', '## 1.2.0 - 2026-01-01\n\n- Fixed a bug\n')).toBe(0);
  });

  it('reads the documented heading forms', () => {
    const mapper = new StatusMapper();
    expect(parseMilestone('v1.2.0', mapper)).toEqual({
      id: 'v1.2.0',
      number: '1.2.0',
      title: 'v1.2.0',
    });
    expect(parseMilestone('1.0 — Beta', mapper)).toMatchObject({ number: '1.0', title: 'Beta' });
    expect(parseMilestone('Milestone: Beta', mapper)).toEqual({ id: 'beta', title: 'Beta' });
    expect(parseMilestone('Milestone 4 — GA', mapper)).toMatchObject({ id: '4', number: '4' });
    expect(parseMilestone('Q3 2026', mapper)).toMatchObject({ number: 'Q3 2026' });
    expect(parseMilestone('Unreleased', mapper)).toMatchObject({ id: 'unreleased' });
    expect(parseMilestone('v0.8 — Shipped', mapper)).toMatchObject({ rawStatus: 'Shipped' });
    // Numbered sections of other trackers are not releases.
    expect(parseMilestone('1.1 Kubernetes Integration - Advanced', mapper)).toBeUndefined();
    expect(parseMilestone('Phase 1: Backend', mapper)).toBeUndefined();
    expect(parseMilestone('Milestones', mapper)).toBeUndefined();
  });
});

describe('roadmap odd input', () => {
  it('reads Now / Next / Later columns and an H1 release', () => {
    const { board } = readText(
      [
        '# v2.0',
        '',
        '- [ ] Rewrite the parser',
        '',
        '## Now',
        '',
        '- Faster start-up',
        '',
        '## Later',
        '',
        '- Plugins',
        '  - Plugin registry',
      ].join('\n'),
      'ROADMAP.md',
      'roadmap',
    );
    expect(board.groups.map((g) => [g.id, g.kind, g.status])).toEqual([
      ['v2.0', 'milestone', undefined],
      ['v2.0.now', 'column', 'in-progress'],
      ['v2.0.later', 'column', 'backlog'],
    ]);
    expect(board.items.map((i) => [i.title, i.status])).toEqual([
      ['Rewrite the parser', 'backlog'],
      ['Faster start-up', 'in-progress'],
      ['Plugins', 'backlog'],
      ['Plugin registry', 'backlog'],
    ]);
    expect(board.items[3]?.parent).toBe(board.items[2]?.id);
  });

  it('ignores plain bullets outside plan headings and keeps ids as written', () => {
    const { board } = readText(
      '## About\n\n- A plain note\n- 🚧 RM-12: Dark mode\n\n## Current status\n\n- prose\n',
      'TODO.md',
      'roadmap',
    );
    expect(board.items.map((i) => [i.id, i.title, i.status])).toEqual([
      ['RM-12', 'Dark mode', 'in-progress'],
    ]);
  });

  it('does not throw on empty or odd input', () => {
    for (const text of ['', '## v1.0\n', '- \n', '## Done\n\n- [x]\n', '## Q9 2026\n\n- a\n'])
      expect(() => readText(text, 'TODO.md', 'roadmap')).not.toThrow();
  });
});
