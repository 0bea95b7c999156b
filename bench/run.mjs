// Benchmarks boardwright against baselines measured in the same process, and prints ratios.
// Absolute times depend on the machine; the ratios are what the project tracks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import {
  DEFAULT_LIMITS,
  linkWorkspace,
  manifestFiles,
  parseMarkdownWhole,
  readBoard,
  runRules,
  summaryFiles,
} from '../dist/index.js';
import { generateBoard } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const md = new MarkdownIt();

/** Median wall time of `fn` in milliseconds over enough runs to fill about `budgetMs`. */
function time(fn, budgetMs = 600) {
  fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < 5 || (performance.now() - start < budgetMs && samples.length < 200)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** The build pipeline in memory: read (decode, parse, extract), link, rules, generated files. */
function build(bytes, path) {
  const { board } = readBoard(bytes, path, { limits: DEFAULT_LIMITS });
  const boards = board ? [{ ...board, id: 'b' }] : [];
  const links = linkWorkspace({ boards });
  const diagnostics = runRules({ boards }, links, {});
  const workspace = { schemaVersion: 1, boards, diagnostics };
  return [...manifestFiles(workspace), ...summaryFiles(workspace)];
}

const fmt = (n) => n.toFixed(2).padStart(8);
const rows = [];
function compare(name, text) {
  const bytes = Buffer.from(text);
  const tBuild = time(() => build(bytes, name));
  const tIt = time(() => md.parse(text, {}));
  const tRemark = time(() => parseMarkdownWhole(text));
  rows.push({ name, kb: bytes.length / 1024, tBuild, tIt, tRemark });
}

const seeds = {
  'release-kanban.md (000)': 'examples/boards/release-kanban.md',
  'platform-kit-tasks.md (001)': 'examples/boards/platform-kit-tasks.md',
  'epic-backlog.md (002)': 'examples/boards/epic-backlog.md',
  'autogit-task-tracker.md (003)': 'examples/boards/autogit-task-tracker.md',
  'kubilitics-tasks.md (004)': 'examples/boards/kubilitics-tasks.md',
};
for (const [name, rel] of Object.entries(seeds))
  compare(name, readFileSync(join(root, rel), 'utf8'));
compare('generated 1 MB board', generateBoard(1024 * 1024));

console.log(
  'boardwright build vs baselines on the same text (median times; ratio = build / baseline)\n',
);
console.log(
  `${'input'.padEnd(32)}${'KB'.padStart(8)}${'build ms'.padStart(10)}${'÷ md-it'.padStart(10)}${'÷ remark'.padStart(10)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(32)}${fmt(r.kb)}${fmt(r.tBuild).padStart(10)}${fmt(r.tBuild / r.tIt).padStart(10)}${fmt(r.tBuild / r.tRemark).padStart(10)}`,
  );
}

console.log('\nScaling: time at k× the input over time at 1× (linear is k; target at 8×: ≤ 9)\n');
const base = generateBoard(128 * 1024);
const sizes = [1, 2, 4, 8];
const scale = sizes.map((k) => {
  const text = Array.from({ length: k }, (_, i) => base.replace(/\bM(\d+)/g, `M${i}x$1`)).join(
    '\n',
  );
  const bytes = Buffer.from(text);
  return {
    k,
    build: time(() => build(bytes, 'scale.md'), 1500),
    remark: time(() => parseMarkdownWhole(text), 1500),
  };
});
console.log(
  `${'size'.padEnd(10)}${'build ms'.padStart(10)}${'build ×'.padStart(10)}${'remark ms'.padStart(11)}${'remark ×'.padStart(10)}`,
);
for (const s of scale) {
  console.log(
    `${`${s.k}× (${128 * s.k} KB)`.padEnd(14)}${fmt(s.build).padStart(6)}${fmt(s.build / scale[0].build).padStart(10)}${fmt(s.remark).padStart(11)}${fmt(s.remark / scale[0].remark).padStart(10)}`,
  );
}
const ratio8 = scale[3].build / scale[0].build;
console.log(
  `\n8× input cost ${ratio8.toFixed(2)}× the time (target ≤ 9): ${ratio8 <= 9 ? 'met' : 'NOT met'}`,
);
