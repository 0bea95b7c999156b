import type { Board, Group, Item, Status } from '../../model/types.js';
import { itemsInGroup, progressOf } from '../progress.js';
import { mermaidLabel, mermaidPreamble, statusClass, statusClassDefs } from './mermaid.js';
import { CLUSTER_INK, CRITICAL, CRITICAL_WIDTH, HEADING_MAX, STATUS_FILL } from './style.js';

/** Statuses in workflow order (the palette's order). */
const STATUSES = Object.keys(STATUS_FILL) as Status[];
import { clean, mermaidText, truncate } from './text.js';

function counts(items: readonly Item[]): string {
  const p = progressOf(items);
  return p.items === 0
    ? '0 items'
    : `${p.items} item${p.items === 1 ? '' : 's'} · ${p.done} done · ${p.percentDone}%`;
}

/**
 * A legend subgraph with one box per status that the board's items or columns use, coloured
 * like the diagram, so a reader need not guess what yellow means. Ids come from `nextId`.
 */
export function statusLegend(
  board: Board,
  nextId: () => string,
): { id?: string; lines: string[]; classes: Array<[string, string]> } {
  const used = new Set<Status>();
  for (const item of board.items) if (item.status) used.add(item.status);
  for (const group of board.groups) if (group.status) used.add(group.status);
  const statuses = STATUSES.filter((s) => used.has(s));
  if (!statuses.length) return { lines: [], classes: [] };
  const legend = nextId();
  const lines = [`  subgraph ${legend}["${mermaidText('Status colours')}"]`, '    direction LR'];
  const classes: Array<[string, string]> = [];
  for (const status of statuses) {
    const id = nextId();
    lines.push(`    ${id}["${mermaidText(status)}"]`);
    classes.push([statusClass(status), id]);
  }
  // Invisible links keep the boxes in one row.
  if (classes.length > 1) lines.push(`    ${classes.map(([, id]) => id).join(' ~~~ ')}`);
  lines.push('  end', `  style ${legend} fill:none,stroke:${CLUSTER_INK},stroke-dasharray:3`);
  return { id: legend, lines, classes };
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
  /** Top-level boxes in order, and whether each is a column (columns are chained already). */
  const top: Array<{ id: string; column: boolean }> = [];
  const emit = (parent: string | undefined, indent: string): void => {
    const kids = children.get(parent) ?? [];
    const leaves: string[] = [];
    for (const g of kids) {
      const id = `g${++count}`;
      if (parent === undefined)
        top.push({ id, column: g.kind === 'column' && !children.has(g.id) });
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
    const id = `g${++count}`;
    top.push({ id, column: false });
    out.push(`  ${id}[${mermaidLabel([label, counts(loose)])}]`);
  }
  // Boxes with no arrow between them are laid out side by side: a board with twenty phases
  // became one strip thousands of pixels wide. Invisible links stack them top to bottom.
  const stack = top
    .filter((t, i) => !t.column || i === top.map((x) => x.column).lastIndexOf(true))
    .map((t) => t.id);
  const legend = statusLegend(board, () => `g${++count}`);
  out.push(...legend.lines);
  for (const [c, id] of legend.classes) addClass(c, id);
  if (legend.id) stack.push(legend.id);
  if (stack.length > 1) out.push(`  ${stack.join(' ~~~ ')}`);
  out.push(...statusClassDefs('  '));
  out.push(`  classDef overWip stroke:${CRITICAL},stroke-width:${CRITICAL_WIDTH}px`);
  for (const sid of subgraphs) out.push(`  style ${sid} fill:none,stroke:${CLUSTER_INK}`);
  for (const [c, ids] of classes) out.push(`  class ${ids.join(',')} ${c}`);
  if (overWip.length) out.push(`  class ${overWip.join(',')} overWip`);
  return `${out.join('\n')}\n`;
}
