import { expect } from 'vitest';
import { dotClusterNames, dotNames, nodeLines } from '../../generators/diagrams/dot.js';
import type { Layout } from '../../generators/diagrams/graphviz.js';
import type { DependencyView } from '../../generators/diagrams/view.js';
import { drawioCells } from './shapes.js';

/**
 * Asserts that the draw.io file shows every node and group of `view` at the box Graphviz gave
 * it in `layout` (points; Graphviz's y axis flipped to draw.io's), with the node's label, and
 * one arrow per dependency whose bend points are the spline's on-curve points.
 */
export function expectLaidOut(view: DependencyView, layout: Layout, drawio: string): void {
  const cells = drawioCells(drawio);
  const height = Number(layout.bb.split(',')[3]);
  const objects = layout.objects ?? [];
  const byName = new Map(objects.map((o) => [o.name, o]));
  const names = dotNames(view);
  for (const [i, node] of view.nodes.entries()) {
    const o = byName.get(names.get(node.key)!)!;
    const [cx, cy] = o.pos!.split(',').map(Number) as [number, number];
    const w = Number(o.width) * 72;
    const h = Number(o.height) * 72;
    const got = cells.get(`n${i + 1}`)!;
    expect(got.x).toBeCloseTo(cx - w / 2, 1);
    expect(got.y).toBeCloseTo(height - cy - h / 2, 1);
    expect(got.width).toBeCloseTo(w, 1);
    expect(got.height).toBeCloseTo(h, 1);
    expect(got.attrs.value).toBe(nodeLines(node).join('\n'));
  }
  const clusterNames = [...dotClusterNames(view).values()];
  expect(clusterNames.length).toBe(view.clusters.size);
  clusterNames.forEach((name, k) => {
    const [llx, lly, urx, ury] = byName.get(name)!.bb!.split(',').map(Number) as number[];
    const got = cells.get(`c${k + 1}`)!;
    expect(got.x).toBeCloseTo(llx!, 1);
    expect(got.y).toBeCloseTo(height - ury!, 1);
    expect(got.width).toBeCloseTo(urx! - llx!, 1);
    expect(got.height).toBeCloseTo(ury! - lly!, 1);
  });
  const index = new Map(objects.map((o, i) => [i, o.name]));
  const edges = [...cells.values()].filter((c) => c.attrs.edge === '1');
  expect(edges).toHaveLength(view.edges.length);
  const points = new Map(
    (layout.edges ?? []).map((e) => [`${index.get(e.tail)}->${index.get(e.head)}`, e.pos ?? '']),
  );
  const xml = drawio.split('\n');
  view.edges.forEach((edge, i) => {
    const cell = cells.get(`e${i + 1}`)!;
    expect(cell.attrs.source).toBe(names.get(edge.from));
    expect(cell.attrs.target).toBe(names.get(edge.to));
    const spline = points
      .get(`${names.get(edge.from)}->${names.get(edge.to)}`)!
      .split(' ')
      .filter((t) => !/^[es],/.test(t))
      .map((t) => t.split(',').map(Number) as [number, number]);
    const bends = spline.filter((_, k) => k > 0 && k < spline.length - 1 && k % 3 === 0);
    const line = xml.find((l) => l.includes(`<mxCell id="e${i + 1}"`))!;
    const got = [...line.matchAll(/<mxPoint x="([^"]+)" y="([^"]+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(got).toHaveLength(bends.length);
    got.forEach(([x, y], k) => {
      expect(x).toBeCloseTo(bends[k]![0], 1);
      expect(y).toBeCloseTo(height - bends[k]![1], 1);
    });
  });
}
