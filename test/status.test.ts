import { describe, expect, it } from 'vitest';
import { StatusMapper } from '../kanban/status.js';
import { resolveStatus } from '../kanban/builder.js';
import type { Status, StatusEvidence, StatusSource } from '../model/types.js';

describe('status mapping', () => {
  const mapper = new StatusMapper();
  const table: Array<[string, string | undefined]> = [
    ['Done', 'done'],
    ['✅ Done', 'done'],
    ['✅ COMPLETE', 'done'],
    ['Completed 2025-12-22', 'done'],
    ['✅ CORE COMPLETE - VALIDATED', 'done'],
    ['🟡 PARTIALLY COMPLETE', 'in-progress'],
    ['🟡 FOUNDATION COMPLETE', 'in-progress'],
    ['🔴 NOT STARTED', 'backlog'],
    ['⏹️ NOT STARTED', 'backlog'],
    ['🚧 IN PROGRESS', 'in-progress'],
    ['🚧 BACKLOG', 'backlog'],
    ['📋 PLANNING', 'backlog'],
    ['In Progress', 'in-progress'],
    ['Doing', 'in-progress'],
    ['Todo', 'ready'],
    ['To Do', 'ready'],
    ['Ready', 'ready'],
    ['Review', 'review'],
    ['In Review', 'review'],
    ['Blocked', 'blocked'],
    ['🚧 Blocked', 'blocked'],
    ['On hold', 'blocked'],
    ['❌ Cancelled', 'cancelled'],
    ["Won't do", 'cancelled'],
    ['Backlog', 'backlog'],
    ['Backlogged (Prioritizing AMD64 Deployment)', 'backlog'],
    ['Active Development', 'in-progress'],
    ['✅', 'done'],
    ['Overview', undefined],
    ['Deliverables', undefined],
  ];
  for (const [raw, expected] of table) {
    it(`maps "${raw}" to ${expected}`, () => expect(mapper.map(raw)).toBe(expected));
  }

  it('lets overrides (config or a board legend) win, for words and for emoji', () => {
    const custom = mapper.extend({ '🚧': 'blocked', Shipping: 'review' });
    expect(custom.map('🚧 Blocked')).toBe('blocked');
    expect(custom.map('🚧')).toBe('blocked');
    expect(custom.map('shipping')).toBe('review');
    expect(mapper.map('🚧')).toBe('in-progress');
  });
});

describe('status resolution', () => {
  const ev = (source: StatusSource, raw: string, status: Status): StatusEvidence => ({
    source,
    raw,
    status,
    line: 1,
  });
  it('keeps the checkbox when a field disagrees about being finished', () => {
    expect(
      resolveStatus([ev('checkbox', '[ ]', 'backlog'), ev('field', 'Done', 'done')]).status,
    ).toBe('backlog');
    expect(
      resolveStatus([ev('checkbox', '[x]', 'done'), ev('field', 'In Progress', 'in-progress')])
        .status,
    ).toBe('done');
  });
  it('refines an open checkbox with a more specific open status', () => {
    expect(
      resolveStatus([ev('checkbox', '[ ]', 'backlog'), ev('field', 'Blocked', 'blocked')]),
    ).toEqual({ status: 'blocked', raw: 'Blocked' });
  });
  it('keeps the words of an agreeing field as the raw status', () => {
    expect(resolveStatus([ev('checkbox', '[x]', 'done'), ev('field', '✅ Done', 'done')])).toEqual({
      status: 'done',
      raw: '✅ Done',
    });
  });
  it('keeps the column over a heading or field', () => {
    expect(
      resolveStatus([ev('column', 'Review', 'review'), ev('field', 'In progress', 'in-progress')])
        .status,
    ).toBe('review');
  });
  it('falls back to other sources, then to backlog', () => {
    expect(resolveStatus([ev('heading', '✅ COMPLETE', 'done')]).status).toBe('done');
    expect(resolveStatus([]).status).toBe('backlog');
  });
});
