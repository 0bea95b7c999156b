import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../workspace.js';
import {
  dependencyView,
  type DependencyView,
  diagramFiles,
} from '../../generators/diagrams/index.js';
import { splitView } from '../../generators/diagrams/split.js';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE } from '../../generators/diagrams/png.js';
import { elements, readFlowchart, readXml } from './shapes.js';

/**
 * A checklist-tracker board of 10 milestones × 10 phases × 10 tasks = 1,000 items. Inside a
 * phase each task needs the one before; phases 2, 3, 5, 6, 8 and 9 start after the previous
 * phase's last task; task 5 of every phase after milestone 1 also needs task 5 of the same
 * phase one milestone earlier.
 */
function bigBoard(): string {
  const lines = ['# Big board', '', '**Version:** 1.0.0', ''];
  for (let m = 1; m <= 10; m++) {
    lines.push(`## M${m}: Milestone ${m}`, '');
    for (let p = 1; p <= 10; p++) {
      lines.push(`### Phase ${m}.${p}: Phase ${p} of milestone ${m}`, '');
      for (let t = 1; t <= 10; t++) {
        const deps: string[] = [];
        if (t > 1) deps.push(`M${m}.${p}.${t - 1}`);
        else if (p % 3 !== 1) deps.push(`M${m}.${p - 1}.10`);
        if (t === 5 && m > 1) deps.push(`M${m - 1}.${p}.5`);
        lines.push(
          `- [ ] **M${m}.${p}.${t}**: Task ${t} of phase ${p} in milestone ${m}`,
          '  - Status: ⏳ Backlog',
          `  - Dependencies: ${deps.join(', ') || 'None'}`,
          '',
        );
      }
    }
  }
  return lines.join('\n');
}

describe('a 1,000-item dependency graph', () => {
  it('is split into readable pictures that together hold every item and arrow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-big-'));
    writeFileSync(join(dir, 'big.md'), bigBoard());
    const { workspace, links, unusable } = loadWorkspace({ root: dir, paths: ['big.md'] });
    expect(unusable).toBe(false);
    const board = workspace.boards[0]!;
    expect(board.items).toHaveLength(1000);
    const view = dependencyView(board, links);
    expect(view.nodes).toHaveLength(1000);
    // 9 arrows inside each of the 100 phases, 6 between phases per milestone, and one
    // cross-milestone arrow per phase of milestones 2–10.
    const arrows = 100 * 9 + 10 * 6 + 9 * 10;
    expect(view.edges).toHaveLength(arrows);
    // The longest chain: M1.p.1…M1.p.5 for p in phase 1, across milestones by task 5 to
    // M10.1.5, then on through phases 1–3 of milestone 10: 5 + 9 + 5 + 10 + 10 = 39 items.
    expect(view.critical).toHaveLength(39);
    expect(view.critical[0]).toBe('big#M1.1.1');
    expect(view.critical[view.critical.length - 1]).toBe('big#M10.3.10');

    // Split for reading: the main picture is the critical path with its neighbourhood, then
    // one picture per milestone; together they hold every item and every arrow.
    const parts = splitView(view);
    expect(parts.map((p) => p.part)).toEqual([
      '',
      ...Array.from({ length: 10 }, (_, m) => `Milestone ${m + 1}`),
    ]);
    const own = (v: DependencyView): string[] =>
      v.nodes.filter((n) => n.type === 'item').map((n) => n.key);
    expect(own(parts[0]!.view)).toEqual(expect.arrayContaining(view.critical));
    expect(parts[0]!.view.nodes.length).toBeLessThan(150);
    const groupItems = parts.slice(1).flatMap((p) => own(p.view));
    expect(new Set(groupItems).size).toBe(1000);
    expect(groupItems).toHaveLength(1000);
    const edgeKey = (e: { from: string; to: string }): string => `${e.from}>${e.to}`;
    expect(new Set(parts.flatMap((p) => p.view.edges.map(edgeKey))).size).toBe(arrows);

    const files = await diagramFiles(workspace.boards, links);
    const get = (name: string): string | Uint8Array => files.find((f) => f.path === name)!.content;
    const depsSvgs = files.filter((f) => f.path.endsWith('.deps.svg')).map((f) => f.path);
    expect(depsSvgs).toHaveLength(11);
    const svg = readXml(get('big.deps.svg') as string);
    const groups = elements(svg, 'g');
    // The picture's boxes, and the legend: backlog and the critical path's border.
    expect(groups.filter((g) => g.attrs.class === 'node')).toHaveLength(
      parts[0]!.view.nodes.length + 2,
    );
    expect(groups.filter((g) => g.attrs.class === 'edge')).toHaveLength(
      parts[0]!.view.edges.length,
    );
    expect(
      elements(svg, 'text')
        .map((t) => t.text)
        .join(' '),
    ).toContain('critical path and the items one arrow away');

    // Every picture is readable at 1:1: nothing had to be scaled down to fit the PNG cap.
    for (const f of files.filter((x) => x.path.endsWith('.deps.png'))) {
      const png = Buffer.from(f.content as Uint8Array);
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(Math.max(w, h), f.path).toBeLessThan(PNG_MAX_SIDE);
      expect(w * h, f.path).toBeLessThan(PNG_MAX_PIXELS);
    }

    const chart = readFlowchart(get('big.deps.mmd') as string);
    expect(chart.nodes.size).toBe(parts[0]!.view.nodes.length);
    expect(chart.linkStyles).toHaveLength(38);

    const milestone = files.find((f) =>
      /^big--Milestone-1-[0-9a-f]{8}\.deps\.drawio$/.test(f.path),
    )!;
    const cells = elements(readXml(milestone.content as string), 'mxCell');
    expect(cells.filter((c) => /^n\d+$/.test(c.attrs.id ?? '')).length).toBeGreaterThanOrEqual(100);
  }, 120_000);
});
