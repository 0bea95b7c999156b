import { dotClusterNames, dotNames, nodeLines, viewHeading } from './dot.js';
import type { Layout } from './graphviz.js';
import {
  CLUSTER_INK,
  CRITICAL,
  CRITICAL_WIDTH,
  EXTERNAL_FILL,
  GENERATED_NOTE,
  GROUP_FILL,
  HEADING_MAX,
  INK,
  STATUS_FILL,
} from './style.js';
import { clean, truncate, xmlText } from './text.js';
import type { DependencyView, ViewNode } from './view.js';

/** A box in draw.io coordinates: points, origin top-left, y down. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two decimals, no trailing zeros, never `-0`: the same number always prints the same. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

function pair(text: string): [number, number] {
  const [x, y] = text.split(',').map(Number);
  return [x ?? 0, y ?? 0];
}

/**
 * Converts Graphviz layout coordinates (points, origin bottom-left, y up) to draw.io ones
 * (origin top-left, y down): `height` is the graph's bounding box height.
 */
export function flip(height: number): (x: number, y: number) => [number, number] {
  return (x, y) => [x, height - y];
}

/** A Graphviz node's box (centre `pos` in points, size in inches) in draw.io coordinates. */
export function nodeBox(pos: string, width: string, height: string, graphHeight: number): Box {
  const [cx, cy] = flip(graphHeight)(...pair(pos));
  const w = Number(width) * 72;
  const h = Number(height) * 72;
  return { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
}

/** A Graphviz cluster's box (`llx,lly,urx,ury` in points) in draw.io coordinates. */
export function clusterBox(bb: string, graphHeight: number): Box {
  const [llx, lly, urx, ury] = bb.split(',').map(Number) as [number, number, number, number];
  return { x: llx, y: graphHeight - ury, width: urx - llx, height: ury - lly };
}

function nodeStyle(node: ViewNode): string {
  const fill =
    node.type === 'item'
      ? STATUS_FILL[node.status ?? 'backlog']
      : node.type === 'external'
        ? EXTERNAL_FILL
        : GROUP_FILL;
  const parts = [
    node.type === 'group' ? 'shape=folder;tabWidth=30;tabHeight=8;tabPosition=left' : 'rounded=1',
    'whiteSpace=wrap',
    // Plain-text labels: draw.io would otherwise read `<b>` in a title as markup.
    'html=0',
    `fillColor=${fill}`,
    `strokeColor=${node.critical ? CRITICAL : INK}`,
    `strokeWidth=${node.critical ? CRITICAL_WIDTH : 1}`,
    'fontFamily=Helvetica',
    'fontSize=10',
  ];
  if (node.type === 'external' || node.status === 'cancelled') parts.push('dashed=1');
  return `${parts.join(';')};`;
}

function geometry(box: Box, origin: { x: number; y: number }): string {
  return `<mxGeometry x="${num(box.x - origin.x)}" y="${num(box.y - origin.y)}" width="${num(box.width)}" height="${num(box.height)}" as="geometry"/>`;
}

/**
 * A dependency view as a draw.io file (the `mxfile` XML draw.io saves uncompressed: `diagram` >
 * `mxGraphModel` > `root` > `mxCell`), laid out with the coordinates Graphviz computed for the
 * same DOT (`layout` = layoutJson(viewDot(view))), so draw.io opens it arranged exactly like the
 * SVG. Groups are container cells holding their nodes (children's geometry is relative to their
 * container, as draw.io expects), arrows keep Graphviz's bend points, the critical path is red.
 * Labels are plain text (`html=0`) and XML-escaped. Deterministic: no timestamps, ids by order.
 */
export function viewDrawio(view: DependencyView, layout: Layout): string {
  const [, , , bbHeight] = layout.bb.split(',').map(Number) as [number, number, number, number];
  const height = bbHeight;
  const width = Number(layout.bb.split(',')[2]);
  const objects = layout.objects ?? [];
  const byName = new Map(objects.map((o) => [o.name, o]));
  const names = dotNames(view);
  const clusterNames = dotClusterNames(view);
  const cells: string[] = [];
  const cellOf = new Map<string, { id: string; box: Box }>();
  const root = { id: '1', box: { x: 0, y: 0, width, height } };

  const [heading, notes] = viewHeading(view);
  if (layout.lp) {
    const [cx, cy] = flip(height)(...pair(layout.lp));
    const w = Number(layout.lwidth ?? 0) * 72;
    const h = Number(layout.lheight ?? 0) * 72;
    cells.push(
      `<mxCell id="title" value="${xmlText(`${heading}\n${notes}`)}" style="text;html=0;align=left;verticalAlign=middle;whiteSpace=wrap;fontFamily=Helvetica;fontSize=12;" vertex="1" parent="1">${geometry({ x: cx - w / 2, y: cy - h / 2, width: w, height: h }, root.box)}</mxCell>`,
    );
  }

  const clusterParent = new Map<string, typeof root>();
  const visit = (groupId: string, parent: typeof root): void => {
    const cluster = view.clusters.get(groupId)!;
    const object = byName.get(clusterNames.get(groupId)!);
    const id = `c${clusterParent.size + 1}`;
    const box = object?.bb ? clusterBox(object.bb, height) : { ...parent.box };
    const title = truncate(clean(cluster.group.title), HEADING_MAX);
    cells.push(
      `<mxCell id="${id}" value="${xmlText(title)}" style="rounded=1;arcSize=4;whiteSpace=wrap;html=0;container=1;collapsible=0;fillColor=none;strokeColor=${CLUSTER_INK};verticalAlign=top;align=left;spacingLeft=6;fontFamily=Helvetica;fontSize=11;" vertex="1" parent="${parent.id}">${geometry(box, parent.box)}</mxCell>`,
    );
    const self = { id, box };
    cellOf.set(`cluster:${groupId}`, self);
    clusterParent.set(groupId, self);
    for (const child of cluster.children) visit(child, self);
  };
  for (const r of view.roots) visit(r, root);

  view.nodes.forEach((node, i) => {
    const object = byName.get(names.get(node.key)!);
    const parent = (node.group !== undefined ? clusterParent.get(node.group) : undefined) ?? root;
    const box =
      object?.pos && object.width && object.height
        ? nodeBox(object.pos, object.width, object.height, height)
        : { x: 0, y: 0, width: 120, height: 40 };
    const id = `n${i + 1}`;
    cellOf.set(node.key, { id, box });
    cells.push(
      `<mxCell id="${id}" value="${xmlText(nodeLines(node).join('\n'))}" style="${nodeStyle(node)}" vertex="1" parent="${parent.id}">${geometry(box, parent.box)}</mxCell>`,
    );
  });

  const gvid = new Map(objects.map((o, i) => [i, o.name]));
  const routes = new Map<string, string>();
  for (const e of layout.edges ?? [])
    if (e.pos) routes.set(`${gvid.get(e.tail)}\u0000${gvid.get(e.head)}`, e.pos);
  view.edges.forEach((edge, i) => {
    const pos = routes.get(`${names.get(edge.from)}\u0000${names.get(edge.to)}`) ?? '';
    // Spline control points: every third one lies on the curve; the inner ones become
    // draw.io waypoints (the ends attach to the boxes themselves).
    const points = pos
      .split(' ')
      .filter((t) => t && !/^[es],/.test(t))
      .map(pair);
    const bends = points.filter((_, k) => k > 0 && k < points.length - 1 && k % 3 === 0);
    const flipY = flip(height);
    const waypoints = bends.length
      ? `<Array as="points">${bends
          .map(([x, y]) => {
            const [px, py] = flipY(x, y);
            return `<mxPoint x="${num(px)}" y="${num(py)}"/>`;
          })
          .join('')}</Array>`
      : '';
    const stroke = edge.critical
      ? `strokeColor=${CRITICAL};strokeWidth=${CRITICAL_WIDTH}`
      : `strokeColor=${INK};strokeWidth=1`;
    cells.push(
      `<mxCell id="e${i + 1}" style="curved=1;html=0;endArrow=block;endFill=1;endSize=6;${stroke};" edge="1" parent="1" source="${cellOf.get(edge.from)!.id}" target="${cellOf.get(edge.to)!.id}"><mxGeometry relative="1" as="geometry">${waypoints}</mxGeometry></mxCell>`,
    );
  });

  const name = xmlText(truncate(clean(view.board.title), HEADING_MAX));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${GENERATED_NOTE} -->`,
    '<mxfile host="boardwright">',
    `  <diagram id="dependencies" name="${name}">`,
    `    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${Math.ceil(width)}" pageHeight="${Math.ceil(height)}" math="0" shadow="0">`,
    '      <root>',
    '        <mxCell id="0"/>',
    '        <mxCell id="1" parent="0"/>',
    ...cells.map((c) => `        ${c}`),
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
