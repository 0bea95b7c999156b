import { criticalPath } from './critical.js';
import { clustersOf, type DependencyView, type ViewNode } from './view.js';

/** Pictures whose longest chain has more boxes than this are drawn top to bottom. */
export const LONG_CHAIN = 12;

/**
 * Large dependency graphs split into pictures people can read. One picture of a few hundred
 * boxes is a strip thousands of pixels long (1819×8156 at 200 items) where nothing can be read;
 * above SPLIT_NODES boxes a board gets instead:
 * - the main picture: the critical path with its neighbourhood (every box one arrow away from
 *   it), or, without a critical path, the boxes with the most arrows;
 * - one picture per top-level group (milestone, phase…) with that group's boxes, and the boxes
 *   of other groups they are linked to drawn as external (dashed).
 * Every box and arrow of the board is in at least one picture.
 */

/** A dependency view with more boxes than this is split. */
export const SPLIT_NODES = 80;

/** One picture of a split graph: `part` is '' for the main one, else the group's title. */
export interface ViewPart {
  part: string;
  view: DependencyView;
}

/**
 * The sub-view of `view` holding `keep` (node keys) plus the nodes one arrow away from them,
 * those drawn as external; `note` replaces the usual "not shown" note in the heading.
 */
export function subView(
  view: DependencyView,
  keep: ReadonlySet<string>,
  note: string,
  neighbours = true,
): DependencyView {
  const shown = new Set(keep);
  if (neighbours)
    for (const e of view.edges) {
      if (keep.has(e.from)) shown.add(e.to);
      if (keep.has(e.to)) shown.add(e.from);
    }
  const nodes: ViewNode[] = view.nodes
    .filter((n) => shown.has(n.key))
    .map((n) => {
      if (keep.has(n.key) || n.type !== 'item') return n;
      // A neighbour from elsewhere on the board: dashed, without its group box, named with it.
      const group =
        n.group !== undefined ? view.board.groups.find((g) => g.id === n.group) : undefined;
      const { group: _omit, ...rest } = n;
      void _omit;
      return { ...rest, type: 'external' as const, id: group ? `${group.title}: ${n.id}` : n.id };
    });
  const { clusters, roots } = clustersOf(view.board, nodes);
  const edges = view.edges.filter((e) => shown.has(e.from) && shown.has(e.to));
  const prereqs = new Map<string, string[]>();
  for (const e of edges) prereqs.set(e.to, [...(prereqs.get(e.to) ?? []), e.from]);
  const chain = criticalPath(
    nodes.map((n) => n.key),
    (k) => prereqs.get(k) ?? [],
  );
  return {
    board: view.board,
    nodes,
    edges,
    clusters,
    roots,
    critical: view.critical.filter((k) => shown.has(k)),
    cyclic: view.cyclic,
    hidden: 0,
    note,
    direction: chain.length > LONG_CHAIN ? 'TB' : 'LR',
  };
}

/**
 * `view` as one or more pictures: itself when it has at most `limit` boxes, else the main
 * picture and one per top-level group (see the module comment). Deterministic: groups come in
 * board order.
 */
export function splitView(view: DependencyView, limit = SPLIT_NODES): ViewPart[] {
  if (view.nodes.length <= limit) return [{ part: '', view }];
  const groupsShown = view.roots.length;
  const others = `${view.nodes.length} boxes in all: each top-level group has its own diagram`;
  let main: Set<string>;
  let what: string;
  if (view.critical.length) {
    main = new Set(view.critical);
    what = 'critical path and the items one arrow away';
  } else {
    const degree = new Map<string, number>();
    for (const e of view.edges) {
      degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
      degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    }
    const order = new Map(view.nodes.map((n, i) => [n.key, i]));
    const top = [...degree].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
    main = new Set(top.slice(0, Math.max(1, Math.floor(limit / 4))).map(([k]) => k));
    what = 'most linked items and their neighbours';
  }
  const parts: ViewPart[] = [{ part: '', view: subView(view, main, `${what} · ${others}`) }];
  const groupOf = new Map<string, string>();
  // Each node's top-level group: walk up from its own group.
  const parent = new Map(view.board.groups.map((g) => [g.id, g.parent]));
  const roots = new Set(view.roots);
  for (const n of view.nodes) {
    let g = n.group;
    for (let steps = 0; g !== undefined && !roots.has(g) && steps < 64; steps++) g = parent.get(g);
    if (g !== undefined && roots.has(g)) groupOf.set(n.key, g);
  }
  for (const root of view.roots) {
    const keep = new Set(view.nodes.filter((n) => groupOf.get(n.key) === root).map((n) => n.key));
    if (!keep.size) continue;
    const title = view.clusters.get(root)!.group.title;
    parts.push({
      part: title,
      view: subView(view, keep, `group ${title} · ${keep.size} of ${view.nodes.length} boxes`),
    });
  }
  // Boxes in no group (external items, group nodes, ungrouped items) get one more picture.
  const loose = new Set(
    view.nodes.filter((n) => !groupOf.has(n.key) && n.type === 'item').map((n) => n.key),
  );
  if (loose.size && groupsShown)
    parts.push({
      part: 'ungrouped',
      view: subView(view, loose, `items in no group · ${loose.size} of ${view.nodes.length} boxes`),
    });
  return parts;
}
