import type { Board, Group, Item } from '../../model/types.js';
import { itemsInGroup, progressOf } from '../progress.js';
import { mermaidLabel, mermaidPreamble, statusClass, statusClassDefs } from './mermaid.js';
import { CLUSTER_INK, CRITICAL, CRITICAL_WIDTH, HEADING_MAX } from './style.js';
import { clean, truncate } from './text.js';

function counts(items: readonly Item[]): string {
  const p = progressOf(items);
  return p.items === 0
    ? '0 items'
    : `${p.items} item${p.items === 1 ? '' : 's'} · ${p.done} done · ${p.percentDone}%`;
}

/**
 * The board overview as a Mermaid flowchart (mermaid.js.org "Flowcharts"): every group with its
 * item count, done count and percentage done. A group holding other groups is a subgraph; a
 * group of columns reads left to right with arrows between the columns in board order, other
 * groups stack top to bottom. Columns are coloured by the status they map to; a column over its
 * WIP limit gets a red border and says so. Items outside any group get their own box. Ids are
 * `gN`, never user text. Deterministic.
 */
export function overviewMermaid(board: Board): string {
  const all = progressOf(board.items);
  const out = [
    ...mermaidPreamble(truncate(clean(`${board.title} — overview`), HEADING_MAX), [
      `${board.path} · ${all.items} items · ${all.done} done · ${all.percentDone}%`,
    ]),
    'flowchart TB',
  ];
  const children = new Map<string | undefined, Group[]>();
  const byId = new Map(board.groups.map((g) => [g.id, g]));
  for (const g of [...board.groups].sort((a, b) => a.index - b.index)) {
    // Same rule as the dependency clusters: a parent comes before its children, which keeps
    // the nesting a tree even for a malformed model.
    const parent = g.parent !== undefined ? byId.get(g.parent) : undefined;
    const key = parent && parent.index < g.index ? parent.id : undefined;
    children.set(key, [...(children.get(key) ?? []), g]);
  }
  let count = 0;
  const classes = new Map<string, string[]>();
  const overWip: string[] = [];
  const addClass = (c: string, id: string): void => {
    classes.set(c, [...(classes.get(c) ?? []), id]);
  };
  const subgraphs: string[] = [];
  const emit = (parent: string | undefined, indent: string): void => {
    const kids = children.get(parent) ?? [];
    const leaves: string[] = [];
    for (const g of kids) {
      const id = `g${++count}`;
      const items = itemsInGroup(board, g);
      const title = truncate(clean(g.title), HEADING_MAX);
      if (children.has(g.id)) {
        subgraphs.push(id);
        out.push(`${indent}subgraph ${id}[${mermaidLabel([`${title} · ${counts(items)}`])}]`);
        const columns = (children.get(g.id) ?? []).every((c) => c.kind === 'column');
        out.push(`${indent}  direction ${columns ? 'LR' : 'TB'}`);
        const own = board.items.filter((i) => i.group === g.id);
        if (own.length) {
          const oid = `g${++count}`;
          out.push(`${indent}  ${oid}[${mermaidLabel([`(directly in ${title})`, counts(own)])}]`);
        }
        emit(g.id, `${indent}  `);
        out.push(`${indent}end`);
        continue;
      }
      const lines = [title, counts(items)];
      if (g.wipLimit !== undefined && items.length > g.wipLimit) {
        lines.push(`over WIP limit ${g.wipLimit}`);
        overWip.push(id);
      }
      out.push(`${indent}${id}[${mermaidLabel(lines)}]`);
      if (g.status) addClass(statusClass(g.status), id);
      if (g.kind === 'column') leaves.push(id);
    }
    // Columns are a flow (work moves right); other groups are just listed.
    if (leaves.length > 1) out.push(`${indent}${leaves.join(' --> ')}`);
  };
  emit(undefined, '  ');
  const loose = board.items.filter((i) => i.group === undefined || !byId.has(i.group));
  if (loose.length || !board.groups.length) {
    const label = board.groups.length ? '(no group)' : 'All items';
    out.push(`  g${++count}[${mermaidLabel([label, counts(loose)])}]`);
  }
  out.push(...statusClassDefs('  '));
  out.push(`  classDef overWip stroke:${CRITICAL},stroke-width:${CRITICAL_WIDTH}px`);
  for (const sid of subgraphs) out.push(`  style ${sid} fill:none,stroke:${CLUSTER_INK}`);
  for (const [c, ids] of classes) out.push(`  class ${ids.join(',')} ${c}`);
  if (overWip.length) out.push(`  class ${overWip.join(',')} overWip`);
  return `${out.join('\n')}\n`;
}
