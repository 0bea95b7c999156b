import { beforeAll, describe, expect, it } from 'vitest';
import type { Links } from '../../model/link.js';
import type { Board } from '../../model/types.js';
import { loadWorkspace } from '../../workspace.js';
import {
  dependencyDot,
  dependencySvg,
  dependencyView,
  diagramFiles,
  graphvizVersion,
  layoutJson,
  renderSvg,
  viewDrawio,
  type DiagramFile,
} from '../../generators/diagrams/index.js';
import { nodeLines } from '../../generators/diagrams/dot.js';
import { expectLaidOut } from './laid-out.js';
import { itemsInGroup } from '../../generators/progress.js';
import { CRITICAL } from '../../generators/diagrams/style.js';
import { ROOT } from '../helpers.js';
import {
  countColour,
  decodePng,
  elements,
  readFlowchart,
  readGantt,
  readXml,
  type XmlElement,
} from './shapes.js';

let boards: Board[];
let links: Links;
let files: DiagramFile[];

const board = (id: string): Board => {
  const b = boards.find((x) => x.id === `examples-boards-${id}`);
  if (!b) throw new Error(`no board ${id}`);
  return b;
};
const file = (path: string): DiagramFile => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no file ${path}`);
  return f;
};
const text = (path: string): string => file(path).content as string;

beforeAll(async () => {
  const loaded = loadWorkspace({ root: ROOT, paths: ['examples/boards'] });
  boards = loaded.workspace.boards;
  links = loaded.links;
  files = await diagramFiles(boards, links);
}, 180_000);

/** Every path through the board's own items along dependencies, longest first (brute force). */
function longestChains(b: Board): string[][] {
  const own = new Set(b.items.map((i) => i.id));
  const deps = new Map(
    b.items.map((i) => [
      i.id,
      i.dependsOn.filter((d) => own.has(d) && links.graph.hasNode(`${b.id}#${d}`)),
    ]),
  );
  let best: string[][] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1]!;
    const next = deps.get(last) ?? [];
    if (!next.length) {
      if (path.length > (best[0]?.length ?? 0)) best = [path];
      else if (path.length === best[0]?.length) best.push(path);
      return;
    }
    for (const n of next) walk([...path, n]);
  };
  for (const i of b.items) walk([i.id]);
  return best.map((p) => [...p].reverse());
}

describe('diagrams of the seed boards', () => {
  it('are the same bytes when generated twice', async () => {
    const again = await diagramFiles(boards, links);
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const [i, f] of again.entries()) {
      const a = Buffer.from(f.content as string | Uint8Array);
      const b = Buffer.from(files[i]!.content as string | Uint8Array);
      expect(a.equals(b), f.path).toBe(true);
    }
  });

  it('give every board an overview, a timeline only to dated boards, and dependency files only where there are dependencies', () => {
    const stems = boards.map((b) => b.id);
    for (const id of stems) expect(files.some((f) => f.path === `${id}.overview.mmd`)).toBe(true);
    expect(files.filter((f) => f.path.endsWith('.gantt.mmd')).map((f) => f.path)).toEqual([
      'examples-boards-column-board.gantt.mmd',
      'examples-boards-kanban.gantt.mmd',
      'examples-boards-obsidian-kanban.gantt.mmd',
    ]);
    // release-kanban has columns but no dependencies: an overview and nothing else.
    expect(
      files.filter((f) => f.path.startsWith('examples-boards-release-kanban.')).map((f) => f.path),
    ).toEqual(['examples-boards-release-kanban.overview.mmd']);
    expect(
      files
        .filter((f) => f.path.startsWith('examples-boards-platform-kit-tasks.'))
        .map((f) => f.path),
    ).toEqual([
      'examples-boards-platform-kit-tasks.deps.dot',
      'examples-boards-platform-kit-tasks.deps.drawio',
      'examples-boards-platform-kit-tasks.deps.mmd',
      'examples-boards-platform-kit-tasks.deps.png',
      'examples-boards-platform-kit-tasks.deps.svg',
      'examples-boards-platform-kit-tasks.overview.mmd',
    ]);
  });

  it('find the longest dependency chain of platform-kit-tasks as its critical path', () => {
    const b = board('platform-kit-tasks');
    const view = dependencyView(b, links);
    const ids = view.critical.map((k) => k.split('#')[1]);
    // Read off the board: M1.2.1 needs M1.1.1, M1.2.2 needs M1.2.1, M1.2.3 needs M1.2.2.
    expect(ids).toEqual(['M1.1.1', 'M1.2.1', 'M1.2.2', 'M1.2.3']);
    const chains = longestChains(b);
    expect(chains[0]!.length).toBe(ids.length);
    expect(chains).toContainEqual(ids);
    // Ties go to the chain that ends first in the document.
    const line = (id: string): number => b.items.find((i) => i.id === id)!.position.line;
    for (const c of chains) expect(line(c[c.length - 1]!)).toBeGreaterThanOrEqual(line('M1.2.3'));
  });

  it('highlight the critical path in DOT, SVG, PNG, Mermaid and draw.io', () => {
    const b = board('platform-kit-tasks');
    const view = dependencyView(b, links);
    const critical = view.critical.map((k) => k.split('#')[1]!);
    const stem = 'examples-boards-platform-kit-tasks';

    const dot = text(`${stem}.deps.dot`);
    expect(dot).toBe(dependencyDot(b, links));
    // Node lines are `nN [label="<id>\n<title…>", …]`; the id is the label's first line.
    const dotId = new Map(
      [...dot.matchAll(/^\s*(n\d+) \[label="([^"\\]*)/gm)].map((m) => [m[1]!, m[2]!]),
    );
    expect(dotId.size).toBe(view.nodes.length);
    const redNodes = dot.split('\n').filter((l) => /^\s*n\d+ \[label=.*color="#c0392b"/.test(l));
    expect(redNodes.map((l) => dotId.get(/^\s*(n\d+)/.exec(l)![1]!))).toEqual(critical);
    const redEdges = [
      ...dot.matchAll(/^ {2}(n\d+) -> (n\d+) \[color="#c0392b", penwidth=2.5\];$/gm),
    ];
    expect(redEdges.map((m) => [dotId.get(m[1]!), dotId.get(m[2]!)])).toEqual(
      critical.slice(1).map((id, i) => [critical[i], id]),
    );

    const svg = readXml(text(`${stem}.deps.svg`));
    const groups = elements(svg, 'g');
    const red = (g: XmlElement): boolean =>
      [...elements(g, 'path'), ...elements(g, 'polygon')].some((e) => e.attrs.stroke === CRITICAL);
    const titleOf = (g: XmlElement): string => elements(g, 'title')[0]!.text;
    // The legend's boxes (legend1, legend2…) show the colours, including the critical red.
    const legend = groups.filter((g) => g.attrs.class === 'node' && /^legend\d+$/.test(titleOf(g)));
    expect(legend.map((g) => elements(g, 'text')[0]!.text)).toContain('critical path');
    const boxes = groups.filter((g) => g.attrs.class === 'node' && !/^legend\d+$/.test(titleOf(g)));
    const svgId = new Map(boxes.map((g) => [titleOf(g), elements(g, 'text')[0]!.text]));
    expect(boxes.filter((g) => red(g)).map((g) => svgId.get(titleOf(g)))).toEqual(critical);
    expect(
      groups
        .filter((g) => g.attrs.class === 'edge' && red(g))
        .map((g) =>
          titleOf(g)
            .split('->')
            .map((n) => svgId.get(n)),
        ),
    ).toEqual(critical.slice(1).map((id, i) => [critical[i], id]));
    expect(boxes).toHaveLength(view.nodes.length);

    const png = decodePng(file(`${stem}.deps.png`).content as Uint8Array);
    expect(countColour(png, CRITICAL)).toBeGreaterThan(500);

    const chart = readFlowchart(text(`${stem}.deps.mmd`));
    const idOf = new Map([...chart.nodes].map(([id, n]) => [n.label.split('\n')[0], id]));
    expect(chart.classes.get('critical')).toEqual(critical.map((c) => idOf.get(c)));
    expect(
      chart.linkStyles.map((n) =>
        chart.edges[n]!.map((id) => chart.nodes.get(id)!.label.split('\n')[0]),
      ),
    ).toEqual(critical.slice(1).map((id, i) => [critical[i], id]));

    const cells = elements(readXml(text(`${stem}.deps.drawio`)), 'mxCell');
    const redCells = cells.filter((c) => c.attrs.style?.includes(`strokeColor=${CRITICAL}`));
    expect(
      redCells.filter((c) => c.attrs.vertex).map((c) => c.attrs.value!.split('\n')[0]),
    ).toEqual(critical);
    const valueOf = (id: string): string =>
      cells.find((c) => c.attrs.id === id)!.attrs.value!.split('\n')[0]!;
    expect(
      redCells
        .filter((c) => c.attrs.edge)
        .map((c) => [valueOf(c.attrs.source!), valueOf(c.attrs.target!)]),
    ).toEqual(critical.slice(1).map((id, i) => [critical[i], id]));
  });

  it('write SVG that names the pinned Graphviz version, and dependencySvg is the same document', async () => {
    const b = board('platform-kit-tasks');
    const svg = text('examples-boards-platform-kit-tasks.deps.svg');
    expect(svg).toContain(`<!-- Generated by graphviz version ${await graphvizVersion()} `);
    expect(await graphvizVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await dependencySvg(b, links)).toBe(svg);
    expect(await renderSvg(dependencyDot(b, links))).toBe(svg);
    // For the static site: the same drawing without XML declaration and DOCTYPE.
    const inline = await dependencySvg(b, links, { inline: true });
    expect(inline.startsWith('<!-- Generated by graphviz version')).toBe(true);
    expect(inline).not.toMatch(/<\?xml|<!DOCTYPE/);
    // Every box, plus the legend's (one per status used, and the critical path's).
    const shown = dependencyView(b, links);
    const statuses = new Set(shown.nodes.map((n) => n.status ?? 'backlog'));
    expect(inline.match(/class="node"/g)).toHaveLength(
      shown.nodes.length + statuses.size + (shown.critical.length ? 1 : 0),
    );
    // A board without dependencies still gets a drawing, which says so.
    const empty = await dependencySvg(board('release-kanban'), links);
    expect(elements(readXml(empty), 'text').map((t) => t.text)).toEqual([
      'v0.0.3 Kanban Boards (Compact View) — dependencies',
      'an arrow X → Y means Y depends on X · 119 item(s) without dependencies not shown · no dependencies between items',
    ]);
  });

  it('write Mermaid flowcharts of the right shape: one node per shown item, one arrow per dependency, clusters per group', () => {
    for (const b of boards) {
      const view = dependencyView(b, links);
      const overview = readFlowchart(text(`${b.id}.overview.mmd`));
      expect(overview.direction).toBe('TB');
      if (!view.nodes.length) continue;
      const chart = readFlowchart(text(`${b.id}.deps.mmd`));
      expect(chart.direction).toBe('LR');
      expect([...chart.nodes.values()].map((n) => n.label)).toEqual(
        view.nodes.map((n) => nodeLines(n).join('\n')),
      );
      expect(chart.edges).toHaveLength(view.edges.length);
      expect(chart.subgraphs.size).toBe(view.clusters.size);
      // Each node sits in the subgraph of its own group.
      const label = new Map([...chart.subgraphs].map(([id, s]) => [id, s.label]));
      for (const [i, node] of view.nodes.entries()) {
        const parent = chart.nodes.get(`n${i + 1}`)!.parent;
        const group = b.groups.find((g) => g.id === node.group);
        expect(parent ? label.get(parent) : undefined).toBe(group?.title);
      }
    }
  });

  it('give release-kanban an overview with every board section, its columns in order and their counts', () => {
    const b = board('release-kanban');
    const chart = readFlowchart(text('examples-boards-release-kanban.overview.mmd'));
    expect(chart.title).toBe('v0.0.3 Kanban Boards (Compact View) — overview');
    const sections = b.groups.filter((g) => g.kind === 'board');
    // One subgraph per section, and the status-colour legend.
    expect(chart.subgraphs.size).toBe(sections.length + 1);
    const legend = [...chart.subgraphs].find(([, s]) => s.label === 'Status colours')!;
    const legendBoxes = [...chart.nodes].filter(([, n]) => n.parent === legend[0]);
    expect(legendBoxes.map(([, n]) => n.label)).toEqual([
      'backlog',
      'ready',
      'in-progress',
      'review',
      'blocked',
      'done',
    ]);
    for (const [id] of legendBoxes) chart.nodes.delete(id);
    // From the file: "## B. Layer 0" has 3 in Backlog, 1 In Progress, 1 Done.
    const layer0 = [...chart.subgraphs].find(([, s]) =>
      s.label.startsWith('Layer 0: Security & Identity'),
    )!;
    expect(layer0[1].label).toBe('Layer 0: Security & Identity · 5 items · 1 done · 20%');
    const columns = [...chart.nodes.values()]
      .filter((n) => n.parent === layer0[0])
      .map((n) => n.label);
    expect(columns).toEqual([
      'Backlog\n3 items · 0 done · 0%',
      'Ready\n0 items',
      'In Progress\n1 item · 0 done · 0%',
      'Review\n0 items',
      'Blocked\n0 items',
      'Done\n1 item · 1 done · 100%',
    ]);
    // Columns of one section are chained left to right in board order.
    const ids = [...chart.nodes].filter(([, n]) => n.parent === layer0[0]).map(([id]) => id);
    expect(chart.edges.filter(([a]) => ids.includes(a))).toEqual(
      ids.slice(1).map((id, i) => [ids[i], id]),
    );
    // Every item is counted in exactly one column.
    let total = 0;
    for (const n of chart.nodes.values())
      total += Number(/^(\d+) item/m.exec(n.label.split('\n')[1]!)![1]);
    expect(total).toBe(b.items.length);
    for (const g of sections) {
      const s = [...chart.subgraphs.values()].find((x) => x.label.startsWith(`${g.title} ·`))!;
      expect(s.label).toMatch(new RegExp(` · ${itemsInGroup(b, g).length} items? · `));
    }
  });

  it('give dated boards a Gantt chart of their dated items, sections by column, done/active/crit tags', () => {
    const tasks = (path: string): unknown =>
      readGantt(text(path)).sections.map((s) => [
        s.name,
        s.tasks.map((t) => [t.name.split(' ')[0], t.tags, t.start, t.end]),
      ]);
    expect(readGantt(text('examples-boards-kanban.gantt.mmd')).title).toBe(
      'Fernwood Community Garden — Website Rebuild — timeline',
    );
    // kanban.md: FW-15 and FW-16 are due in To Do, FW-11 in In Progress, FW-6 in Done. Its
    // longest chain, FW-8 → FW-12 → FW-23, has no dates, so no task is critical.
    expect(dependencyView(board('kanban'), links).critical.map((k) => k.split('#')[1])).toEqual([
      'FW-8',
      'FW-12',
      'FW-23',
    ]);
    expect(tasks('examples-boards-kanban.gantt.mmd')).toEqual([
      [
        'To Do',
        [
          ['FW-15', ['milestone'], '2024-07-15', '0d'],
          ['FW-16', ['milestone'], '2024-07-30', '0d'],
        ],
      ],
      ['In Progress', [['FW-11', ['active', 'milestone'], '2024-06-28', '0d']]],
      ['Done', [['FW-6', ['done', 'milestone'], '2024-05-20', '0d']]],
    ]);
    // column-board.md: TP-49 (due 06-12) depends on TP-47 (due 06-07, in Doing); that chain
    // ties with TP-44 → TP-50 and TP-51 → TP-53 and ends first, so both dated items are crit.
    expect(tasks('examples-boards-column-board.gantt.mmd')).toEqual([
      ['Backlog', [['TP-63', ['milestone'], '2024-07-31', '0d']]],
      ['Todo', [['TP-49', ['crit', 'milestone'], '2024-06-12', '0d']]],
      ['Doing', [['TP-47', ['active', 'crit', 'milestone'], '2024-06-07', '0d']]],
    ]);
    expect(
      readGantt(text('examples-boards-obsidian-kanban.gantt.mmd')).sections.flatMap((s) => s.tasks),
    ).toHaveLength(7);
  });

  it('place every node and group of the draw.io file where Graphviz laid it out', async () => {
    for (const id of ['platform-kit-tasks', 'spec-kit-tasks', 'kanban']) {
      const b = board(id);
      const view = dependencyView(b, links);
      const layout = await layoutJson(dependencyDot(b, links));
      const drawio = text(`examples-boards-${id}.deps.drawio`);
      expect(drawio).toBe(viewDrawio(view, layout));
      expectLaidOut(view, layout, drawio);
    }
  });
});
