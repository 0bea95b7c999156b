import { itemKey, type Links } from '../../model/link.js';
import type { Board, Group, Item, Status } from '../../model/types.js';
import { criticalPath } from './critical.js';

/** A box in a dependency diagram. */
export interface ViewNode {
  /** Unique within the view; the link graph's key for items (`<board>#<item>`). */
  key: string;
  /**
   * `item`: an item of the board; `external`: an item of another board linked to one of this
   * board's items; `group`: a group (milestone, phase…) an item of this board depends on.
   */
  type: 'item' | 'external' | 'group';
  /** The id to show: the item id, `<board>: <item>` for external items, the group title. */
  id: string;
  title: string;
  status?: Status;
  /** Innermost group of the board the node sits in (items only). */
  group?: string;
  /** True when the node is on the critical path. */
  critical: boolean;
}

/** An arrow from a prerequisite to the item that depends on it. */
export interface ViewEdge {
  /** Node key of the prerequisite (what is depended on). */
  from: string;
  /** Node key of the dependent item. */
  to: string;
  critical: boolean;
}

/** A group of the board holding shown nodes, directly or through nested groups. */
export interface ViewCluster {
  group: Group;
  /** Ids of clusters nested in this one, in board order. */
  children: string[];
}

/**
 * What a dependency diagram of one board shows, independent of format. Every format renders
 * exactly this, so the Mermaid, DOT, SVG, PNG and draw.io files always agree.
 */
export interface DependencyView {
  board: Board;
  /** In document order: the board's items first, then external items, then groups. */
  nodes: ViewNode[];
  /** Sorted by (dependent, prerequisite) document order. */
  edges: ViewEdge[];
  /** Clusters by group id, and the top-level ones in board order. */
  clusters: Map<string, ViewCluster>;
  roots: string[];
  /** Node keys of the critical path, first item to do first; empty without one. */
  critical: string[];
  /** True when the board's items depend on each other in a cycle (no critical path then). */
  cyclic: boolean;
  /** Items of the board left out because they have no dependency in either direction. */
  hidden: number;
  /** For one picture of a split graph: what it shows (replaces the "not shown" note). */
  note?: string;
  /**
   * Which way arrows point: LR (default) or TB. Long chains drawn left to right make strips
   * thousands of pixels wide, so splitView turns those pictures top to bottom.
   */
  direction?: 'LR' | 'TB';
}

/**
 * The dependency view of `board`: every item of the board that depends on something or is
 * depended on (items with neither are counted in `hidden`, not drawn: they would only be a wide
 * row of unconnected boxes), other boards' items linked to it, and groups its items depend on;
 * clusters follow the board's group nesting. The critical path is computed over the board's
 * own items (see criticalPath). Pure: reads the linked model only.
 */
export function dependencyView(board: Board, links: Links): DependencyView {
  const { graph } = links;
  const own = new Map<string, Item>();
  for (const item of board.items) {
    const key = itemKey(board, item);
    if (!own.has(key) && graph.hasNode(key)) own.set(key, item);
  }
  const order = new Map<string, number>();
  const external = new Map<string, ViewNode>();
  const edges: Array<Omit<ViewEdge, 'critical'>> = [];
  const noteExternal = (key: string): void => {
    if (own.has(key) || external.has(key)) return;
    const { board: other, item } = graph.getNodeAttributes(key);
    external.set(key, {
      key,
      type: 'external',
      id: `${other.id}: ${item.id}`,
      title: item.title,
      status: item.status,
      critical: false,
    });
  };
  for (const [key] of own) {
    for (const target of graph.outNeighbors(key)) {
      noteExternal(target);
      edges.push({ from: target, to: key });
    }
    for (const source of graph.inNeighbors(key)) {
      if (own.has(source)) continue; // counted once, from the dependent's side
      noteExternal(source);
      edges.push({ from: key, to: source });
    }
  }
  const groupNodes = new Map<string, ViewNode>();
  for (const ref of links.groupRefs) {
    if (ref.board !== board) continue;
    const key = itemKey(board, ref.item);
    if (!own.has(key)) continue;
    const gkey = `${board.id}@${ref.group.id}`;
    if (!groupNodes.has(gkey)) {
      groupNodes.set(gkey, {
        key: gkey,
        type: 'group',
        id: ref.group.title,
        title: '',
        critical: false,
      });
    }
    if (!edges.some((e) => e.from === gkey && e.to === key)) edges.push({ from: gkey, to: key });
  }
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const shown = [...own].filter(([key]) => linked.has(key));
  const keys = shown.map(([key]) => key);
  const critical = criticalPath(keys, (k) =>
    graph.outNeighbors(k).filter((t) => own.has(t) && linked.has(t)),
  );
  const onPath = new Set(critical);
  const criticalEdges = new Set(critical.slice(1).map((k, i) => `${critical[i]}\u0000${k}`));
  const nodes: ViewNode[] = [
    ...shown.map(([key, item]): ViewNode => ({
      key,
      type: 'item',
      id: item.id,
      title: item.title,
      status: item.status,
      ...(item.group !== undefined ? { group: item.group } : {}),
      critical: onPath.has(key),
    })),
    ...external.values(),
    ...groupNodes.values(),
  ];
  nodes.forEach((n, i) => order.set(n.key, i));
  const byOrder = (a: { from: string; to: string }, b: { from: string; to: string }): number =>
    order.get(a.to)! - order.get(b.to)! || order.get(a.from)! - order.get(b.from)!;
  const { clusters, roots } = clustersOf(board, nodes);
  return {
    board,
    nodes,
    edges: edges
      .sort(byOrder)
      .map((e) => ({ ...e, critical: criticalEdges.has(`${e.from}\u0000${e.to}`) })),
    clusters,
    roots,
    critical,
    cyclic: links.cycles.some((c) => c.some((k) => own.has(k))),
    hidden: own.size - shown.length,
  };
}

/** The groups that hold shown items, with every ancestor group, nested as in the board. */
export function clustersOf(
  board: Board,
  nodes: readonly ViewNode[],
): { clusters: Map<string, ViewCluster>; roots: string[] } {
  const groups = new Map(board.groups.map((g) => [g.id, g]));
  const used = new Set<string>();
  for (const n of nodes) {
    // Walk up the parent chain; the `used` check also stops on a (malformed) parent cycle.
    for (let g = n.group; g !== undefined && groups.has(g) && !used.has(g);) {
      used.add(g);
      g = groups.get(g)!.parent;
    }
  }
  const clusters = new Map<string, ViewCluster>();
  const ordered = board.groups.filter((g) => used.has(g.id)).sort((a, b) => a.index - b.index);
  for (const group of ordered) clusters.set(group.id, { group, children: [] });
  const roots: string[] = [];
  for (const group of ordered) {
    // A parent heading comes before its children; requiring that keeps the nesting a forest
    // even if a malformed model names a later group (or itself) as parent.
    const parent = group.parent !== undefined ? clusters.get(group.parent) : undefined;
    if (parent && parent.group.index < group.index) parent.children.push(group.id);
    else roots.push(group.id);
  }
  return { clusters, roots };
}
