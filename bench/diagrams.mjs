// Benchmarks the dependency diagrams against the raw Graphviz render of the same DOT, measured
// in the same process with the same (pinned) @hpcc-js/wasm-graphviz build, and prints ratios:
// the SVG ratio is what boardwright adds on top of Graphviz itself (building the view and the
// DOT); the other columns put the PNG and the complete file set on the same scale.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { linkWorkspace, readBoard, DEFAULT_LIMITS } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The diagrams API from the committed bundle when the library entry exports it; otherwise the
 * sources bundled on the fly into .tmp/ (inside the repository, so assets/ is found the same way).
 */
async function diagramsApi() {
  const dist = await import('../dist/index.js');
  if (typeof dist.dependencySvg === 'function') return dist;
  const { build } = await import('esbuild');
  const out = join(root, '.tmp', 'bench', 'diagrams.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(root, 'generators/diagrams/index.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(out).href);
}

/**
 * Median wall times in milliseconds of async `a` and `b`, run alternately (a, b, a, b…) so that
 * load on the machine and the wasm heap's state weigh on both alike; at least 5 runs each,
 * filling about `budgetMs`.
 */
async function timePair(a, b, budgetMs = 2000) {
  await a();
  await b();
  const sa = [];
  const sb = [];
  const start = performance.now();
  while (sa.length < 5 || (performance.now() - start < budgetMs && sa.length < 100)) {
    let t = performance.now();
    await a();
    sa.push(performance.now() - t);
    t = performance.now();
    await b();
    sb.push(performance.now() - t);
  }
  const median = (s) => s.sort((x, y) => x - y)[Math.floor(s.length / 2)];
  return [median(sa), median(sb)];
}

/** 1,000 checklist-tracker items in chains, with cross-links (as test/diagrams/large.test.ts). */
function bigBoard() {
  const lines = ['# Big board', ''];
  for (let m = 1; m <= 10; m++) {
    lines.push(`## M${m}: Milestone ${m}`, '');
    for (let p = 1; p <= 10; p++) {
      lines.push(`### Phase ${m}.${p}: Phase ${p} of milestone ${m}`, '');
      for (let t = 1; t <= 10; t++) {
        const deps = [];
        if (t > 1) deps.push(`M${m}.${p}.${t - 1}`);
        else if (p % 3 !== 1) deps.push(`M${m}.${p - 1}.10`);
        if (t === 5 && m > 1) deps.push(`M${m - 1}.${p}.5`);
        lines.push(
          `- [ ] **M${m}.${p}.${t}**: Task ${t} of phase ${p} in milestone ${m}`,
          '  - Status: ⏳ Backlog',
          `  - Dependencies: ${deps.join(', ') || 'None'}`,
          '',
        );
      }
    }
  }
  return lines.join('\n');
}

function boardOf(bytes, path) {
  const { board } = readBoard(bytes, path, { limits: DEFAULT_LIMITS });
  const boards = [{ ...board, id: 'b' }];
  return { board: boards[0], links: linkWorkspace({ boards }) };
}

const api = await diagramsApi();
const graphviz = await Graphviz.load(); // the baseline: the same wasm build, called directly
const inputs = {
  'platform-kit-tasks.md (001)': readFileSync(join(root, 'examples/boards/platform-kit-tasks.md')),
  'spec-kit tasks.md': readFileSync(join(root, 'examples/boards/spec-kit/tasks.md')),
  'generated 1,000 items': Buffer.from(bigBoard()),
};

console.log(
  `Dependency diagrams vs the raw Graphviz render of the same DOT (Graphviz ${graphviz.version()}; median ms; ratio = ÷ raw)\n`,
);
console.log(
  `${'input'.padEnd(30)}${'nodes'.padStart(7)}${'raw ms'.padStart(9)}${'SVG ms'.padStart(9)}${'SVG ÷'.padStart(8)}${'PNG ÷'.padStart(8)}${'all ÷'.padStart(8)}`,
);
const fmt = (n, w = 8) => n.toFixed(2).padStart(w);
for (const [name, bytes] of Object.entries(inputs)) {
  const { board, links } = boardOf(bytes, name);
  const dot = api.dependencyDot(board, links);
  const nodes = api.dependencyView(board, links).nodes.length;
  const svgText = await api.dependencySvg(board, links);
  const raw = async () => graphviz.layout(dot, 'svg', 'dot');
  const [rawSvg, svg] = await timePair(raw, () => api.dependencySvg(board, links));
  const [rawPng, png] = await timePair(raw, () => api.svgToPng(svgText), 3000);
  const [rawAll, all] = await timePair(raw, () => api.diagramFiles([board], links), 3000);
  const rawMs = (rawSvg + rawPng + rawAll) / 3;
  console.log(
    `${name.padEnd(30)}${String(nodes).padStart(7)}${fmt(rawMs, 9)}${fmt(svg, 9)}${fmt(svg / rawSvg)}${fmt(png / rawPng)}${fmt(all / rawAll)}`,
  );
}
console.log(
  '\nSVG ÷ near 1 means the view and DOT cost little next to the layout; PNG ÷ is resvg on that SVG;\nall ÷ is every format of the board (Mermaid, DOT, SVG, PNG, draw.io, overview, timeline).',
);
