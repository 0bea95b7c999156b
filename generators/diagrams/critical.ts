import { DirectedGraph } from 'graphology';
import { hasCycle, topologicalSort } from 'graphology-dag';

/**
 * The critical path of a dependency graph: the longest chain of items where each one depends on
 * the one before, counted in items. `prereqs(key)` lists the keys `key` depends on; `keys` is
 * every node in document order, which breaks ties (the earliest-written chain wins) so the
 * result never depends on hash or insertion order.
 *
 * Returns the chain from the first item to do to the last, or `[]` when there is no chain of
 * two or more items or when the graph has a cycle (a cycle has no longest path; the
 * `dependency-cycle` rule reports it).
 */
export function criticalPath(
  keys: readonly string[],
  prereqs: (key: string) => string[],
): string[] {
  const graph = new DirectedGraph();
  for (const k of keys) graph.addNode(k);
  for (const k of keys) {
    for (const p of prereqs(k)) if (graph.hasNode(p) && !graph.hasEdge(p, k)) graph.addEdge(p, k);
  }
  if (graph.size === 0 || hasCycle(graph)) return [];
  const rank = new Map(keys.map((k, i) => [k, i]));
  const length = new Map<string, number>();
  const previous = new Map<string, string>();
  // Prerequisites come first in a topological order, so each node's longest chain is final
  // by the time it is read.
  for (const node of topologicalSort(graph)) {
    let best = 0;
    let from: string | undefined;
    for (const p of graph.inNeighbors(node).sort((a, b) => rank.get(a)! - rank.get(b)!)) {
      const l = length.get(p) ?? 1;
      if (l > best) {
        best = l;
        from = p;
      }
    }
    length.set(node, best + 1);
    if (from !== undefined) previous.set(node, from);
  }
  let end: string | undefined;
  for (const k of keys) if (end === undefined || length.get(k)! > length.get(end)!) end = k;
  if (end === undefined || length.get(end)! < 2) return [];
  const chain = [end];
  for (let p = previous.get(end); p !== undefined; p = previous.get(p)) chain.push(p);
  return chain.reverse();
}
