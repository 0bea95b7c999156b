import { DirectedGraph } from 'graphology';
import { topologicalSort } from 'graphology-dag';
import { stronglyConnectedComponents } from './scc.js';
import type { Board, Group, Item, Workspace } from './types.js';

/** Node key of an item in the dependency graph: `<board id>#<item id>`. */
export function itemKey(board: Board, item: Item): string {
  return `${board.id}#${item.id}`;
}

/** A dependency as written on an item. */
export interface Reference {
  board: Board;
  item: Item;
  ref: string;
}

export interface ItemNode {
  board: Board;
  item: Item;
}

/** The workspace's dependency structure, computed once and shared by every rule and generator. */
export interface Links {
  /** Edge `a → b` means item a depends on item b. */
  graph: DirectedGraph<ItemNode>;
  /** References that name no item and no group. */
  dangling: Reference[];
  /** References that name more than one thing; resolved to `resolved` (an item of the same board first). */
  ambiguous: Array<Reference & { candidates: string[]; resolved: string }>;
  /** References that name a group (milestone, phase…) rather than an item. */
  groupRefs: Array<Reference & { group: Group }>;
  /** Each cycle's node keys, in dependency order; empty when the graph is acyclic. */
  cycles: string[][];
  /** Node keys with every dependency before its dependents; undefined when there are cycles. */
  order?: string[];
}

/**
 * Builds the dependency graph of all boards (graphology). A reference resolves to an item of the
 * same board, else to a group of the same board (by id or number), else to the one item with that
 * id on another board. Cycles are the strongly connected components with more than one node, or
 * a node that depends on itself.
 */
export function linkWorkspace(workspace: Pick<Workspace, 'boards'>): Links {
  const graph = new DirectedGraph<ItemNode>();
  const byId = new Map<string, string[]>();
  for (const board of workspace.boards) {
    for (const item of board.items) {
      const key = itemKey(board, item);
      if (graph.hasNode(key)) continue;
      graph.addNode(key, { board, item });
      if (!item.generatedId) byId.set(item.id, [...(byId.get(item.id) ?? []), key]);
    }
  }
  const links: Links = { graph, dangling: [], ambiguous: [], groupRefs: [], cycles: [] };
  for (const board of workspace.boards) {
    const groups = new Map<string, Group>();
    for (const g of board.groups) {
      groups.set(g.id, g);
      if (g.number !== undefined && !groups.has(g.number)) groups.set(g.number, g);
    }
    for (const item of board.items) {
      const from = itemKey(board, item);
      for (const ref of item.dependsOn) {
        const local = `${board.id}#${ref}`;
        const elsewhere = (byId.get(ref) ?? []).filter((k) => k !== local);
        const group = groups.get(ref);
        const candidates = [
          ...(graph.hasNode(local) ? [local] : []),
          ...(group ? [`${board.id}@${group.id}`] : []),
          ...(graph.hasNode(local) || group ? [] : elsewhere),
        ];
        if (candidates.length === 0) {
          links.dangling.push({ board, item, ref });
          continue;
        }
        const target = candidates[0] as string;
        if (candidates.length > 1)
          links.ambiguous.push({ board, item, ref, candidates, resolved: target });
        if (target.includes('@') && group) {
          links.groupRefs.push({ board, item, ref, group });
          continue;
        }
        if (!graph.hasEdge(from, target)) graph.addEdge(from, target);
      }
    }
  }
  for (const component of stronglyConnectedComponents(graph)) {
    const first = component[0] as string;
    if (component.length > 1 || graph.hasEdge(first, first))
      links.cycles.push(orderCycle(graph, component));
  }
  if (links.cycles.length === 0) links.order = topologicalSort(graph).reverse();
  return links;
}

/** Orders a strongly connected component along its edges, starting at its first node in document order. */
function orderCycle(graph: DirectedGraph<ItemNode>, component: string[]): string[] {
  const inside = new Set(component);
  const sorted = [...component].sort((a, b) => compareNodes(graph, a, b));
  const start = sorted[0] as string;
  const path = [start];
  const seen = new Set(path);
  let current = start;
  for (;;) {
    const next = graph
      .outNeighbors(current)
      .filter((n) => inside.has(n))
      .sort((a, b) => compareNodes(graph, a, b))
      .find((n) => !seen.has(n));
    if (!next) break;
    path.push(next);
    seen.add(next);
    current = next;
  }
  return path;
}

function compareNodes(graph: DirectedGraph<ItemNode>, a: string, b: string): number {
  const x = graph.getNodeAttributes(a);
  const y = graph.getNodeAttributes(b);
  if (x.board.path !== y.board.path) return x.board.path < y.board.path ? -1 : 1;
  return x.item.position.line - y.item.position.line;
}
