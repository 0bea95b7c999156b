import { describe, expect, it } from 'vitest';
import { linkWorkspace } from '../model/link.js';
import type { Board } from '../model/types.js';
import { readText } from './helpers.js';

function board(path: string, markdown: string): Board {
  const { board } = readText(markdown, path);
  board.id = path.replace(/\.md$/, '');
  return board;
}

const api = board(
  'api.md',
  `# API
## M1: Schema
- [x] **A1**: Tables
- [ ] **A2**: Policies
  - Dependencies: A1
- [ ] **A3**: Seed data
  - Dependencies: A2, A1
`,
);

describe('dependency linking', () => {
  it('builds edges and a topological order with dependencies first', () => {
    const links = linkWorkspace({ boards: [api] });
    expect(links.graph.order).toBe(3);
    expect(links.graph.size).toBe(3);
    expect(links.cycles).toEqual([]);
    expect(links.order).toEqual(['api#A1', 'api#A2', 'api#A3']);
    expect(links.dangling).toEqual([]);
  });

  it('resolves ids on other boards, groups of the same board, and reports the rest as dangling', () => {
    const ui = board(
      'ui.md',
      `# UI
## M2: Screens
- [ ] **U1**: Login page
  - Dependencies: A2, M2, Z9
`,
    );
    const links = linkWorkspace({ boards: [api, ui] });
    expect(links.graph.hasEdge('ui#U1', 'api#A2')).toBe(true);
    expect(links.groupRefs.map((r) => r.ref)).toEqual(['M2']);
    expect(links.dangling.map((r) => `${r.item.id}→${r.ref}`)).toEqual(['U1→Z9']);
  });

  it('finds every cycle with its nodes in dependency order', () => {
    const cyclic = board(
      'c.md',
      `# C
- [ ] **C1**: One
  - Dependencies: C3
- [ ] **C2**: Two
  - Dependencies: C1
- [ ] **C3**: Three
  - Dependencies: C2
- [ ] **C4**: Self
  - Dependencies: C4
- [ ] **C5**: Outside
  - Dependencies: C1
`,
    );
    const links = linkWorkspace({ boards: [cyclic] });
    expect(links.cycles).toEqual([['c#C1', 'c#C3', 'c#C2'], ['c#C4']]);
    expect(links.order).toBeUndefined();
  });
});
