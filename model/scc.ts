import type { DirectedGraph } from 'graphology';

/** One open call of the depth-first search: the node and how far through its successors it is. */
interface Frame {
  node: string;
  successors: string[];
  next: number;
}

/**
 * The strongly connected components of a directed graph, each a list of node keys; a node on no
 * cycle is a component of its own. The path-based algorithm (Gabow 2000) that
 * graphology-components uses, with the same visiting order and so the same output, but run on
 * an explicit stack instead of recursion: graphology-components recurses once per node along a
 * path, and a chain of about 8,000 dependent items overflowed the call stack. Time and memory
 * are linear in nodes plus edges.
 */
export function stronglyConnectedComponents(graph: DirectedGraph): string[][] {
  const components: string[][] = [];
  const preorder = new Map<string, number>();
  const assigned = new Set<string>();
  /** Nodes not yet known to belong to different components (the "P" stack). */
  const boundaries: string[] = [];
  /** Nodes not yet assigned to a component (the "S" stack). */
  const open: string[] = [];
  const calls: Frame[] = [];
  let count = 0;
  const enter = (node: string): void => {
    preorder.set(node, count++);
    boundaries.push(node);
    open.push(node);
    calls.push({ node, successors: graph.outboundNeighbors(node), next: 0 });
  };
  for (const root of graph.nodes()) {
    if (preorder.has(root)) continue;
    enter(root);
    while (calls.length > 0) {
      const frame = calls[calls.length - 1]!;
      if (frame.next < frame.successors.length) {
        const successor = frame.successors[frame.next++]!;
        const order = preorder.get(successor);
        if (order === undefined) enter(successor);
        else if (!assigned.has(successor))
          while (preorder.get(boundaries[boundaries.length - 1]!)! > order) boundaries.pop();
        continue;
      }
      calls.pop();
      if (boundaries[boundaries.length - 1] !== frame.node) continue;
      boundaries.pop();
      const component: string[] = [];
      let member: string;
      do {
        member = open.pop()!;
        component.push(member);
        assigned.add(member);
      } while (member !== frame.node);
      components.push(component);
    }
  }
  return components;
}
