/* eslint-disable no-control-regex -- the tests look for control characters on purpose */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, resolveOutDir } from '../../io/outdir.js';
import { linkWorkspace, type Links } from '../../model/link.js';
import type { Board, Item } from '../../model/types.js';
import { loadWorkspace } from '../../workspace.js';
import {
  dependencyDot,
  dependencyView,
  layoutJson,
  diagramFiles,
  fileStem,
  writeDiagrams,
  type DiagramFile,
} from '../../generators/diagrams/index.js';
import { CRITICAL } from '../../generators/diagrams/style.js';
import { expectLaidOut } from './laid-out.js';
import { countColour, decodePng, elements, readFlowchart, readGantt, readXml } from './shapes.js';

const LONG = `${'A very long title '.repeat(600)}END`; // over 10,000 characters
const NASTY = [
  '../../etc/passwd',
  '<script>alert("x")</script>',
  `"double" 'single' \`tick\` \\N \\G \\ back\\slash`,
  'end --> subgraph ]]> <!-- x --> {{hex}} |pipe| #35; %%{init: {}}%% : ; &amp;',
  'control \u0001\u0007\u001b[31m chars\ttab\r\nnewline \u2028 sep',
  'section title excludes click',
  LONG,
];

function item(id: string, title: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    title,
    status: 'backlog',
    done: false,
    dependsOn: [],
    files: [],
    acceptance: [],
    labels: [],
    fields: {},
    statusEvidence: [],
    position: { line: 1, column: 1, endLine: 1 },
    ...extra,
  };
}

/** A board as a library caller could hand it over: every id and title hostile. */
function hostileBoard(id: string): Board {
  const items = NASTY.map((title, i) =>
    item(NASTY[i]!.slice(0, 40), title, {
      group: i % 2 ? 'g/../1' : '<g2>',
      dependsOn: i ? [NASTY[i - 1]!.slice(0, 40)] : [],
      fields: {
        due: `2024-06-${String(10 + i).padStart(2, '0')}`,
        ...(i % 3 ? { start: '2024-06-01' } : {}),
      },
      position: { line: i + 3, column: 1, endLine: i + 3 },
      status: (
        ['backlog', 'done', 'in-progress', 'blocked', 'cancelled', 'review', 'ready'] as const
      )[i]!,
    }),
  );
  return {
    id,
    title: `${NASTY[1]} ${LONG}`,
    path: `${id}.md`,
    dialect: 'kanban-md',
    meta: {},
    groups: [
      {
        id: '<g2>',
        title: NASTY[3]!,
        kind: 'column',
        index: 0,
        position: { line: 2, column: 1, endLine: 2 },
      },
      {
        id: 'g/../1',
        title: LONG,
        kind: 'column',
        index: 1,
        position: { line: 3, column: 1, endLine: 3 },
      },
    ],
    items,
  };
}

const BOARD_IDS = [
  '../../etc/passwd',
  '..',
  '.hidden',
  'a/b\\c:d',
  '<script>',
  '',
  'x'.repeat(10_000),
  'A',
  'a',
];

let boards: Board[];
let links: Links;
let files: DiagramFile[];

beforeAll(async () => {
  boards = BOARD_IDS.map(hostileBoard);
  links = linkWorkspace({ boards });
  files = await diagramFiles(boards, links);
}, 180_000);

describe('hostile ids and titles', () => {
  it('become safe, distinct file names (case-insensitively), never a path', () => {
    expect(fileStem('../../etc/passwd')).toMatch(/^etc-passwd-[0-9a-f]{8}$/);
    expect(fileStem('..')).toMatch(/^board-[0-9a-f]{8}$/);
    expect(fileStem('release-kanban')).toBe('release-kanban');
    expect(fileStem('CON')).toMatch(/^CON-[0-9a-f]{8}$/);
    for (const f of files) expect(f.path).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/);
    const stems = new Set(
      files.map((f) => f.path.replace(/\.(deps|overview|gantt)\..*$/, '').toLowerCase()),
    );
    expect(stems.size).toBe(BOARD_IDS.length);
    // Seven formats per board: overview, gantt and the five dependency files.
    expect(files).toHaveLength(BOARD_IDS.length * 7);
  });

  it('are written only inside the out dir', () => {
    const root = mkdtempSync(join(tmpdir(), 'bw-hostile-'));
    mkdirSync(join(root, 'out'));
    const { written, removed } = writeDiagrams(resolveOutDir(root, 'out'), files);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(join(root, 'out')).sort()).toEqual([MANIFEST_FILE, ...written]);
    expect(written).toHaveLength(files.length);
    expect(removed).toEqual([]);
  });

  it('never break the Mermaid, DOT, SVG, PNG or draw.io structure, and labels keep the text', () => {
    for (const f of files) {
      if (f.path.endsWith('.png')) {
        const png = decodePng(f.content as Uint8Array);
        expect(png.width).toBeGreaterThan(100);
        continue;
      }
      const text = f.content as string;
      // A 10,000-character title is shortened everywhere, so no file grows with it.
      expect(text.length, f.path).toBeLessThan(40_000);
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      if (f.path.endsWith('.overview.mmd')) readFlowchart(text);
      if (f.path.endsWith('.gantt.mmd')) {
        const gantt = readGantt(text);
        expect(
          gantt.sections.flatMap((s) => s.tasks.map((t) => t.name.slice(0, 12))).sort(),
        ).toEqual(
          NASTY.map((n) =>
            n
              .slice(0, 40)
              .replace(/[\u0000-\u001f]/g, ' ')
              .replace(/\s+/g, ' ')
              .trim()
              .slice(0, 12),
          ).sort(),
        );
      }
      if (f.path.endsWith('.deps.mmd')) {
        const chart = readFlowchart(text);
        // The first label line of each item is its id, after the escaping round trip (nodes
        // come cluster by cluster, so compare as sets).
        expect([...chart.nodes.values()].map((n) => n.label.split('\n')[0]).sort()).toEqual(
          NASTY.map((n) =>
            n
              .slice(0, 40)
              .replace(/[\u0000-\u001f]/g, ' ')
              .replace(/\s+/g, ' ')
              .trim(),
          ).sort(),
        );
        expect(chart.edges).toHaveLength(NASTY.length - 1);
      }
      if (f.path.endsWith('.svg') || f.path.endsWith('.drawio')) {
        const root = readXml(text);
        expect(text).not.toContain('<script');
        const labels = f.path.endsWith('.svg')
          ? elements(root, 'text').map((t) => t.text)
          : elements(root, 'mxCell').map((c) => c.attrs.value ?? '');
        expect(labels.some((l) => l.includes('<script>alert("x")</script>'))).toBe(true);
      }
      if (f.path.endsWith('.dot')) {
        expect(text.split('\n').filter((l) => l.includes(' -> '))).toHaveLength(NASTY.length - 1);
      }
    }
  });

  it('are laid out in draw.io exactly where Graphviz put them', async () => {
    for (const b of boards.slice(0, 2)) {
      const view = dependencyView(b, links);
      const drawio = files.find((f) => f.path === `${fileStem(b.id)}.deps.drawio`)!
        .content as string;
      expectLaidOut(view, await layoutJson(dependencyDot(b, links)), drawio);
    }
  });

  it('keep the critical path highlighted through every escape', () => {
    const view = dependencyView(boards[0]!, links);
    expect(view.critical).toHaveLength(NASTY.length);
    const stem = fileStem(BOARD_IDS[0]!);
    const png = decodePng(files.find((f) => f.path === `${stem}.deps.png`)!.content as Uint8Array);
    expect(countColour(png, CRITICAL)).toBeGreaterThan(500);
  });
});

describe('a dependency cycle', () => {
  it('has no critical path: nothing is red and the heading says why', async () => {
    const a = item('A', 'first', {
      dependsOn: ['B'],
      position: { line: 2, column: 1, endLine: 2 },
    });
    const b = item('B', 'second', {
      dependsOn: ['A'],
      position: { line: 3, column: 1, endLine: 3 },
    });
    const c = item('C', 'third', {
      dependsOn: ['B'],
      position: { line: 4, column: 1, endLine: 4 },
    });
    const board: Board = {
      id: 'loop',
      title: 'Loop',
      path: 'loop.md',
      dialect: 'generic',
      meta: {},
      groups: [],
      items: [a, b, c],
    };
    const cyclic = linkWorkspace({ boards: [board] });
    expect(cyclic.cycles).toHaveLength(1);
    const out = await diagramFiles([board], cyclic);
    const get = (p: string): DiagramFile => out.find((f) => f.path === p)!;
    expect(get('loop.deps.dot').content).toContain(
      'no critical path: the dependencies have a cycle',
    );
    expect(get('loop.deps.dot').content).not.toContain(CRITICAL);
    expect(readFlowchart(get('loop.deps.mmd').content as string).classes.has('critical')).toBe(
      false,
    );
    expect(countColour(decodePng(get('loop.deps.png').content as Uint8Array), CRITICAL)).toBe(0);
  });
});

describe('a real board file with hostile titles', () => {
  it('is read and drawn without breaking any format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-hostile-md-'));
    const md = [
      '# Board <script>alert(1)</script> "x"',
      '',
      '## To Do `x` %% #35; : ; end',
      '',
      ...NASTY.flatMap((t, i) => [
        `### [HX-${i + 1}] ${t.replace(/[\r\n\u2028]/g, ' ')}`,
        `  - due: 2024-07-${10 + i}`,
        ...(i ? [`  - depends: HX-${i}`] : []),
        '',
      ]),
    ].join('\n');
    writeFileSync(join(dir, '<odd> "name".md'), md);
    const loaded = loadWorkspace({ root: dir, paths: [] });
    expect(loaded.unusable).toBe(false);
    expect(loaded.workspace.boards[0]!.items).toHaveLength(NASTY.length);
    const out = await diagramFiles(loaded.workspace.boards, loaded.links);
    expect(out.map((f) => f.path)).toEqual([
      'odd-name.deps.dot',
      'odd-name.deps.drawio',
      'odd-name.deps.mmd',
      'odd-name.deps.png',
      'odd-name.deps.svg',
      'odd-name.gantt.mmd',
      'odd-name.overview.mmd',
    ]);
    const chart = readFlowchart(out.find((f) => f.path === 'odd-name.deps.mmd')!.content as string);
    expect(chart.nodes.size).toBe(NASTY.length);
    expect(chart.linkStyles).toHaveLength(NASTY.length - 1);
    readGantt(out.find((f) => f.path === 'odd-name.gantt.mmd')!.content as string);
    for (const f of out.filter((x) => /\.(svg|drawio)$/.test(x.path))) readXml(f.content as string);
  });
});
