/**
 * Boards written to stall or crash a run: dependency ids that made the id matcher backtrack
 * quadratically, dependency chains deep enough to overflow a recursive graph search, and block
 * quotes nested without spaces. Each input is sized so that the old super-linear behaviour would
 * take minutes (or gigabytes); none of these tests asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents as recursiveScc } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { dependencyIds } from '../../kanban/builder.js';
import { decodeMarkdown } from '../../kanban/decode.js';
import { DEFAULT_LIMITS } from '../../kanban/limits.js';
import { stronglyConnectedComponents } from '../../model/scc.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (): string => mkdtempSync(join(tmpdir(), 'bw-hostile-'));

/**
 * A checklist tracker whose items each carry one `Depends on:` field, 25 items to a phase (the
 * parse of one very long list is the parser's own cost, not what these tests are about).
 */
function tracker(deps: string[]): string {
  let text = '# Tracker\n\n## Milestone 1\n';
  deps.forEach((dep, i) => {
    if (i % 25 === 0) text += `\n### Phase ${i / 25 + 1}\n\n`;
    text += `- [ ] **T${i + 1}**: task ${i + 1}\n`;
    if (dep) text += `  - Depends on: ${dep}\n`;
  });
  return text;
}

describe('dependency ids built to backtrack', () => {
  it('reads a 2 MB board of `a111…1!` ids and blank runs in linear time', () => {
    // 60,000 characters per id: the old matcher needed about 5 s per id, so these 32 lines would
    // have taken minutes; the old separator split was quadratic on the blank runs the same way.
    const long = `a${'1'.repeat(60_000)}!`;
    const blank = `a${' '.repeat(60_000)}!`;
    const deps = Array.from({ length: 32 }, (_, i) => (i % 2 ? long : blank));
    const dir = temp();
    writeFileSync(join(dir, 'board.md'), tracker(deps));
    const loaded = loadWorkspace({ root: dir });
    expect(loaded.workspace.boards).toHaveLength(1);
    const items = loaded.workspace.boards[0]!.items;
    expect(items).toHaveLength(32);
    // Neither is an id: nothing dangles, nothing was read as a reference.
    expect(items.every((i) => i.dependsOn.length === 0)).toBe(true);
    expect(loaded.unusable).toBe(false);
  }, 300_000);

  it('still reads real dependency lists', () => {
    expect(dependencyIds('M1.2.1, BSP-012 and T001; #1.2 & 4a + x_7')).toEqual([
      'M1.2.1',
      'BSP-012',
      'T001',
      '1.2',
      '4a',
      'x7',
    ]);
    expect(dependencyIds('None')).toEqual([]);
    expect(dependencyIds(`${' '.repeat(200_000)}T1`)).toEqual(['T1']);
  });

  it('accepts exactly the ids the original pattern accepted (10,000 generated tokens)', () => {
    const original = /^(?:[A-Za-z][A-Za-z0-9]*[-_.]?)?\d+(?:[.-]\d+)*[a-z]?$/;
    const token = fc
      .array(fc.constantFrom('a', 'Z', '1', '9', '.', '-', '_', '!', 'x', '#', ')'), {
        maxLength: 12,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(token, (t) => {
        const ours = dependencyIds(t).length === 1;
        const cleaned = t.replace(/_/g, '').replace(/^#/, '').replace(/[.)]$/, '');
        expect(ours).toBe(cleaned.length > 0 && original.test(cleaned));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('long dependency chains', () => {
  it('checks a chain of 10,000 items, each depending on the next, without overflowing the stack', () => {
    const n = 10_000;
    const deps = Array.from({ length: n }, (_, i) => (i + 1 < n ? `T${i + 2}` : ''));
    const dir = temp();
    writeFileSync(join(dir, 'board.md'), tracker(deps));
    const r = cli(['check', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string }> };
    expect(report.diagnostics.filter((d) => d.rule === 'dependency-cycle')).toEqual([]);
  }, 300_000);

  it('reports a cycle of 8,000 items as one cycle', () => {
    const n = 8_000;
    const deps = Array.from({ length: n }, (_, i) => `T${((i + 1) % n) + 1}`);
    const dir = temp();
    writeFileSync(join(dir, 'board.md'), tracker(deps));
    const loaded = loadWorkspace({ root: dir });
    const cycles = loaded.workspace.diagnostics.filter((d) => d.rule === 'dependency-cycle');
    expect(cycles).toHaveLength(1);
    expect(loaded.links.cycles).toHaveLength(1);
    expect(loaded.links.cycles[0]).toHaveLength(n);
    expect(loaded.links.cycles[0]![0]).toBe('board#T1');
  }, 300_000);

  it('finds the same components as graphology-components, in the same order', () => {
    const graphs = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
        ),
      );
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const graph = new DirectedGraph();
        for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
        for (const [a, b] of edges)
          if (!graph.hasEdge(`n${a}`, `n${b}`)) graph.addEdge(`n${a}`, `n${b}`);
        expect(stronglyConnectedComponents(graph)).toEqual(recursiveScc(graph));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('block quotes nested without spaces', () => {
  it('counts `>>>` towards the nesting limit before parsing (a 2 MB file used 3.1 GB)', () => {
    const text = `- [ ] **T1**: ok\n${`${'>'.repeat(2_000)} deep\n`.repeat(1_000)}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const decoded = decodeMarkdown(Buffer.from(text), 'deep.md', DEFAULT_LIMITS);
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'nesting-too-deep', line: 2, fatal: true }),
    ]);
  });

  it('counts quotes and list markers alike, with or without spaces', () => {
    const depth = (line: string) =>
      decodeMarkdown(Buffer.from(line), 'x.md', { ...DEFAULT_LIMITS, maxNesting: 3 }).diagnostics
        .length;
    expect(depth('>>> three')).toBe(0);
    expect(depth('>>>> four')).toBe(1);
    expect(depth('> > > > four')).toBe(1);
    expect(depth('>> - > four')).toBe(1);
    expect(depth('- - - text')).toBe(0);
    expect(depth('->>> a dash is text, not a list')).toBe(0);
  });

  it('gives exit 2 for the deep file and still reads the other boards', () => {
    const dir = temp();
    writeFileSync(join(dir, 'deep.md'), `${'>'.repeat(5_000)} x\n`.repeat(400));
    writeFileSync(join(dir, 'board.md'), tracker(['', 'T1']));
    const r = cli(['build', '--json'], dir);
    expect(r.code).toBe(2);
    const model = JSON.parse(r.stdout) as {
      boards: Array<{ path: string }>;
      diagnostics: Array<{ rule: string; path: string }>;
    };
    expect(model.boards.map((b) => b.path)).toEqual(['board.md']);
    expect(model.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'nesting-too-deep', path: 'deep.md' }),
    );
  }, 300_000);
});
