import type { Links } from '../../model/link.js';
import type { Board, Status } from '../../model/types.js';
import { clean, dotString, truncate, wrap } from './text.js';
import {
  CLUSTER_INK,
  CRITICAL,
  CRITICAL_WIDTH,
  EXTERNAL_FILL,
  GENERATED_NOTE,
  GROUP_FILL,
  HEADING_MAX,
  ID_MAX,
  INK,
  LABEL_LINES,
  LABEL_WIDTH,
  STATUS_FILL,
} from './style.js';
import { dependencyView, type DependencyView, type ViewNode } from './view.js';

/**
 * Node names in the DOT file: `n1`, `n2`… in view order. User text never becomes a DOT id: the
 * DOT grammar leaves backslashes in quoted ids as written (a trailing one would swallow the
 * closing quote), so ids stay plain and the item id and title go into the label and tooltip.
 * The draw.io writer finds each node in the Graphviz layout by these names.
 */
export function dotNames(view: DependencyView): Map<string, string> {
  return new Map(view.nodes.map((node, i) => [node.key, `n${i + 1}`]));
}

/**
 * DOT subgraph names of the view's clusters, by group id: `cluster_1`, `cluster_2`… in the
 * order viewDot writes them (depth first, board order). The `cluster_` prefix is what makes
 * Graphviz draw a subgraph as a box.
 */
export function dotClusterNames(view: DependencyView): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (id: string): void => {
    names.set(id, `cluster_${names.size + 1}`);
    for (const child of view.clusters.get(id)!.children) visit(child);
  };
  for (const root of view.roots) visit(root);
  return names;
}

/** The heading lines every dependency diagram carries: title, how to read it, what is left out. */
export function viewHeading(view: DependencyView): string[] {
  const lines = [truncate(clean(`${view.board.title} — dependencies`), HEADING_MAX)];
  const notes = ['an arrow X → Y means Y depends on X'];
  if (view.critical.length) notes.push(`critical path: ${view.critical.length} items in red`);
  else if (view.cyclic) notes.push('no critical path: the dependencies have a cycle');
  if (view.note) notes.push(view.note);
  else if (view.hidden) notes.push(`${view.hidden} item(s) without dependencies not shown`);
  if (!view.nodes.length) notes.push('no dependencies between items');
  lines.push(notes.join(' · '));
  return lines;
}

/** Label lines of a node: its id, then its title wrapped (groups show only their title). */
export function nodeLines(node: ViewNode): string[] {
  const id = truncate(clean(node.id), ID_MAX);
  return node.type === 'group' ? [id] : [id, ...wrap(node.title, LABEL_WIDTH, LABEL_LINES)];
}

function nodeAttrs(node: ViewNode): string {
  const attrs = [`label=${dotString(...nodeLines(node))}`];
  attrs.push(`tooltip=${dotString(truncate(clean(`${node.id}: ${node.title}`), 500))}`);
  if (node.type === 'item') {
    attrs.push(`fillcolor="${STATUS_FILL[node.status ?? 'backlog']}"`);
    if (node.status === 'cancelled') attrs.push('style="rounded,filled,dashed"');
  } else if (node.type === 'external') {
    attrs.push(`fillcolor="${EXTERNAL_FILL}"`, 'style="rounded,filled,dashed"');
  } else {
    attrs.push('shape=tab', `fillcolor="${GROUP_FILL}"`);
  }
  if (node.critical) attrs.push(`color="${CRITICAL}"`, `penwidth=${CRITICAL_WIDTH}`);
  return attrs.join(', ');
}

/**
 * The legend of a dependency picture as a DOT cluster: one small box per status its items use,
 * coloured as in the picture, and the critical path's red border when it has one. Node names
 * `legend1`, `legend2`… never clash with the `nN` of the view's nodes. Empty for a view without
 * items.
 */
export function legendDot(view: DependencyView): string[] {
  const used = new Set<Status>();
  for (const n of view.nodes) if (n.type === 'item') used.add(n.status ?? 'backlog');
  const statuses = (Object.keys(STATUS_FILL) as Status[]).filter((s) => used.has(s));
  if (!statuses.length) return [];
  const out = [
    '  subgraph "cluster_legend" {',
    `    label=${dotString('Status colours')}; style="rounded,dashed"; color="${CLUSTER_INK}"; fontsize=9;`,
    '    node [fontsize=8, margin="0.06,0.02", height=0.25];',
  ];
  // Graphviz stacks the boxes of one rank bottom-up in a left-to-right picture: written in
  // reverse, they read in workflow order, the critical path last.
  const boxes = statuses.map((status) => {
    const dashed = status === 'cancelled' ? ', style="rounded,filled,dashed"' : '';
    return `label=${dotString(status)}, tooltip=${dotString(`status: ${status}`)}, fillcolor="${STATUS_FILL[status]}"${dashed}`;
  });
  if (view.critical.length)
    boxes.push(
      `label=${dotString('critical path')}, tooltip=${dotString('on the critical path')}, fillcolor="#ffffff", color="${CRITICAL}", penwidth=${CRITICAL_WIDTH}`,
    );
  const order = view.direction === 'TB' ? boxes : [...boxes].reverse();
  order.forEach((attrs, i) => out.push(`    legend${i + 1} [${attrs}];`));
  out.push('  }');
  return out;
}

/**
 * DOT source (Graphviz "The DOT Language") for a dependency view: left-to-right, one box per
 * node coloured by status, one cluster per group (nested as in the board), the critical path in
 * red. Every id and title is a quoted, escaped string. Deterministic: nodes, clusters and
 * edges come out in document order.
 */
export function viewDot(view: DependencyView): string {
  const names = dotNames(view);
  const out = [
    `// ${GENERATED_NOTE}`,
    `digraph ${dotString('dependencies')} {`,
    `  graph [rankdir=${view.direction ?? 'LR'}, fontname="Helvetica", fontsize=12, labelloc=t, nodesep=0.25, ranksep=0.6, pad=0.25, bgcolor="white", label=${dotString(...viewHeading(view))}];`,
    `  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, color="${INK}", margin="0.12,0.06"];`,
    `  edge [color="${INK}", arrowsize=0.7];`,
  ];
  const byGroup = new Map<string | undefined, ViewNode[]>();
  for (const node of view.nodes) {
    const g = node.group !== undefined && view.clusters.has(node.group) ? node.group : undefined;
    byGroup.set(g, [...(byGroup.get(g) ?? []), node]);
  }
  const emitNodes = (group: string | undefined, indent: string): void => {
    for (const node of byGroup.get(group) ?? [])
      out.push(`${indent}${names.get(node.key)} [${nodeAttrs(node)}];`);
  };
  const clusterNames = dotClusterNames(view);
  const emitCluster = (id: string, indent: string): void => {
    const { group, children } = view.clusters.get(id)!;
    out.push(
      `${indent}subgraph "${clusterNames.get(id)}" {`,
      `${indent}  label=${dotString(truncate(clean(group.title), HEADING_MAX))}; style="rounded"; color="${CLUSTER_INK}"; fontsize=11;`,
    );
    emitNodes(id, `${indent}  `);
    for (const child of children) emitCluster(child, `${indent}  `);
    out.push(`${indent}}`);
  };
  for (const root of view.roots) emitCluster(root, '  ');
  emitNodes(undefined, '  ');
  out.push(...legendDot(view));
  for (const edge of view.edges) {
    const style = edge.critical ? ` [color="${CRITICAL}", penwidth=${CRITICAL_WIDTH}]` : '';
    out.push(`  ${names.get(edge.from)} -> ${names.get(edge.to)}${style};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

/**
 * DOT source of `board`'s dependency graph (see dependencyView for what is drawn and viewDot
 * for how). Pure and deterministic; the stable entry point for other generators (the site).
 */
export function dependencyDot(board: Board, links: Links): string {
  return viewDot(dependencyView(board, links));
}
