import type { Status } from '../../model/types.js';
import { nodeLines, viewHeading } from './dot.js';
import {
  CLUSTER_INK,
  CRITICAL,
  CRITICAL_WIDTH,
  EXTERNAL_FILL,
  GENERATED_NOTE,
  GROUP_FILL,
  INK,
  STATUS_FILL,
} from './style.js';
import { clean, mermaidText } from './text.js';
import type { DependencyView, ViewNode } from './view.js';

/**
 * The lines Mermaid diagrams start with: YAML front matter with the title (Mermaid ≥ 10
 * "Frontmatter config"), then the generated-file note and further `notes` as `%%` comments.
 * The title is a JSON string (JSON is YAML's double-quoted scalar syntax), not entity-escaped:
 * Mermaid reads front matter before it decodes `#…;` codes, so codes would show literally.
 * Comments need no escaping beyond clean(): they end at the line break, which clean() removes.
 */
export function mermaidPreamble(title: string, notes: string[] = []): string[] {
  return [
    '---',
    `title: ${JSON.stringify(clean(title))}`,
    '---',
    `%% ${GENERATED_NOTE}`,
    ...notes.map((n) => `%% ${clean(n)}`),
  ];
}

/** A quoted Mermaid flowchart label: lines escaped, joined with `<br/>`. */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).join('<br/>')}"`;
}

/** Mermaid class name of a status: camel case, since class names are safest as plain words. */
export function statusClass(status: Status): string {
  return status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

function nodeClass(node: ViewNode): string {
  return node.type === 'item' ? statusClass(node.status ?? 'backlog') : node.type;
}

/** `classDef` lines for the status colours, external items and groups. */
export function statusClassDefs(indent: string): string[] {
  return [
    ...(Object.entries(STATUS_FILL) as Array<[Status, string]>).map(
      ([status, fill]) =>
        `${indent}classDef ${statusClass(status)} fill:${fill},stroke:${INK},color:#000000${status === 'cancelled' ? ',stroke-dasharray:4 3' : ''}`,
    ),
    `${indent}classDef external fill:${EXTERNAL_FILL},stroke:${INK},color:#000000,stroke-dasharray:4 3`,
    `${indent}classDef group fill:${GROUP_FILL},stroke:${INK},color:#000000`,
    `${indent}classDef critical stroke:${CRITICAL},stroke-width:${CRITICAL_WIDTH}px`,
  ];
}

/**
 * A dependency view as a Mermaid flowchart (mermaid.js.org "Flowcharts - Basic Syntax"):
 * left-to-right, `nN` node ids (user text never becomes an id), a subgraph per group nested as
 * in the board, status colours as classes, the critical path's nodes in class `critical` and
 * its arrows restyled with `linkStyle`. An arrow X --> Y means Y depends on X. Deterministic.
 */
export function viewMermaid(view: DependencyView): string {
  const [title, ...notes] = viewHeading(view);
  const out = [...mermaidPreamble(title ?? '', notes), `flowchart ${view.direction ?? 'LR'}`];
  const ids = new Map(view.nodes.map((n, i) => [n.key, `n${i + 1}`]));
  const byGroup = new Map<string | undefined, ViewNode[]>();
  for (const node of view.nodes) {
    const g = node.group !== undefined && view.clusters.has(node.group) ? node.group : undefined;
    byGroup.set(g, [...(byGroup.get(g) ?? []), node]);
  }
  const emitNodes = (group: string | undefined, indent: string): void => {
    for (const node of byGroup.get(group) ?? [])
      out.push(`${indent}${ids.get(node.key)}[${mermaidLabel(nodeLines(node))}]`);
  };
  let clusterCount = 0;
  const subgraphs: string[] = [];
  const emitCluster = (id: string, indent: string): void => {
    const { group, children } = view.clusters.get(id)!;
    const sid = `c${++clusterCount}`;
    subgraphs.push(sid);
    out.push(`${indent}subgraph ${sid}[${mermaidLabel([group.title])}]`);
    emitNodes(id, `${indent}  `);
    for (const child of children) emitCluster(child, `${indent}  `);
    out.push(`${indent}end`);
  };
  for (const root of view.roots) emitCluster(root, '  ');
  emitNodes(undefined, '  ');
  if (!view.nodes.length) out.push(`  empty[${mermaidLabel(['no dependencies between items'])}]`);
  for (const edge of view.edges) out.push(`  ${ids.get(edge.from)} --> ${ids.get(edge.to)}`);
  out.push(...statusClassDefs('  '));
  for (const sid of subgraphs) out.push(`  style ${sid} fill:none,stroke:${CLUSTER_INK}`);
  const classes = new Map<string, string[]>();
  for (const node of view.nodes) {
    const c = nodeClass(node);
    classes.set(c, [...(classes.get(c) ?? []), ids.get(node.key)!]);
  }
  for (const [c, members] of classes) out.push(`  class ${members.join(',')} ${c}`);
  if (view.critical.length)
    out.push(`  class ${view.critical.map((k) => ids.get(k)).join(',')} critical`);
  const criticalLinks = view.edges.flatMap((e, i) => (e.critical ? [i] : []));
  if (criticalLinks.length)
    out.push(
      `  linkStyle ${criticalLinks.join(',')} stroke:${CRITICAL},stroke-width:${CRITICAL_WIDTH}px`,
    );
  return `${out.join('\n')}\n`;
}
