import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEdit } from '../../kanban/edit/plan.js';
import type { EditOperation } from '../../kanban/edit/types.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { readBoard } from '../../kanban/read.js';
import { ROOT } from '../helpers.js';

/**
 * ROADMAP.md sections are written in different shapes — `- [x]` task lists beside `- ✅` bullet
 * lists — and a section reads its bullets by the shape they share. An item moved between them
 * takes the shape of the section it joins, with its status, so the board reads the same items.
 */

const PATH = 'examples/boards/ROADMAP.md';
const BYTES = readFileSync(join(ROOT, PATH));

function move(op: EditOperation): { removed: string[]; added: string[]; back: boolean } {
  const plan = planEdit({ path: PATH, bytes: BYTES, read: { limits: DEFAULT_LIMITS } }, op, {
    inverse: true,
  });
  const before = BYTES.toString('utf8').split('\n');
  const after = Buffer.from(plan.patches[0]!.after).toString('utf8').split('\n');
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = count(after);
  const b = count(before);
  const removed = before.filter((l) => (a.get(l) ?? 0) < (b.get(l) ?? 0));
  const added = after.filter((l) => (b.get(l) ?? 0) < (a.get(l) ?? 0));
  // Every item is still read, once.
  const board = readBoard(plan.patches[0]!.after, PATH, { limits: DEFAULT_LIMITS }).board!;
  expect(board.items).toHaveLength(26);
  return { removed, added, back: plan.inverse !== undefined };
}

describe('moving ROADMAP items between sections of different shapes', () => {
  it('a ticked task joining a bullet list becomes a ✅ bullet, its sub-tasks kept', () => {
    const m = move({ op: 'move', id: 'v1.1.0.1', to: 'mobile' });
    expect(m.removed).toEqual(['- [x] MQTT ingestion for local sensors']);
    expect(m.added).toEqual(['- ✅ MQTT ingestion for local sensors']);
    expect(m.back).toBe(true);
  });

  it('a ✅ bullet joining a task list becomes a ticked box', () => {
    const m = move({ op: 'move', id: 'v1.0.0.1', to: 'unreleased' });
    expect(m.removed).toEqual(['- ✅ Station setup wizard']);
    expect(m.added).toEqual(['- [x] Station setup wizard']);
    expect(m.back).toBe(true);
  });

  it('a plain or 🚧 bullet joining a task list gets an open box, the 🚧 kept', () => {
    expect(move({ op: 'move', id: 'mobile.2', to: 'unreleased' })).toMatchObject({
      removed: ['- Push notifications for tide and wind thresholds'],
      added: ['- [ ] Push notifications for tide and wind thresholds'],
      back: true,
    });
    expect(move({ op: 'move', id: 'mobile.1', to: '1.2' })).toMatchObject({
      removed: ['- 🚧 Progressive web app manifest and offline cache'],
      added: ['- [ ] 🚧 Progressive web app manifest and offline cache'],
      back: true,
    });
  });
});
