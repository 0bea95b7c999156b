// Benchmarks the doc-sync distance on pairs of instruction files of growing size. For each pair
// it prints the line-diff method's time (docsync hunksOf: jsdiff line diff, then Levenshtein on
// the changed hunks only) as a ratio to a full fast-levenshtein over the same pair, for the sizes
// where the full one is feasible, and as a ratio to a bare jsdiff diffLines (the line diff alone)
// for every size. Absolute times depend on the machine; the ratios are what the project tracks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diffLines } from 'diff';
import { build } from 'esbuild';
import levenshtein from 'fast-levenshtein';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The library module itself, bundled from source so the bench measures the code in the tree.
const dir = mkdtempSync(join(tmpdir(), 'bw-bench-docsync-'));
await build({
  entryPoints: [join(root, 'docsync', 'distance.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'distance.mjs'),
  logLevel: 'warning',
});
const { hunksOf, hunkDistance } = await import(pathToFileURL(join(dir, 'distance.mjs')).href);
rmSync(dir, { recursive: true, force: true });

/** Median wall time of `fn` in milliseconds over enough runs to fill about `budgetMs`. */
function time(fn, budgetMs = 400) {
  fn();
  const samples = [];
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < budgetMs && samples.length < 100)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['run', 'npm', 'test', 'the', 'build', 'lint', 'board', 'commit', 'always', 'never'];

/** An AGENTS.md-like text of about `bytes` characters: headings every 12 lines, bullet rules. */
function document(bytes, seed) {
  const r = rng(seed);
  const lines = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const words = Array.from(
      { length: 4 + Math.floor(r() * 10) },
      () => WORDS[Math.floor(r() * WORDS.length)],
    );
    const line = i % 12 === 0 ? `## Section ${i / 12}` : `- Rule ${i}: ${words.join(' ')}.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines;
}

const text = (lines) => `${lines.join('\n')}\n`;

const SCENARIOS = {
  // A few rules reworded here and there: the common case of drift.
  'scattered edits': (lines) =>
    lines.map((l, i) => (i % 40 === 7 ? l.replace('Rule', 'Guideline') : l)),
  // Every line changes a little: more line edits than the Myers diff is given.
  're-indented': (lines) => lines.map((l) => `  ${l}`),
  // A different file of the same size.
  unrelated: (lines) => document(text(lines).length, 2),
};

const SIZES_KB = [2, 5, 10, 20, 50, 100, 200];
const FULL_UP_TO_KB = 50; // a full Levenshtein of two 50 KB texts takes a few seconds

const rows = [];
for (const [scenario, change] of Object.entries(SCENARIOS)) {
  for (const kb of SIZES_KB) {
    const base = document(kb * 1000, 1);
    const a = text(base);
    const b = text(change(base));
    const tHunks = time(() => hunksOf(a, b));
    const tReported = time(() => hunkDistance(a, b));
    const tDiff = time(() => diffLines(a, b, { maxEditLength: 1000 }));
    let tFull;
    let full;
    if (kb <= FULL_UP_TO_KB) {
      tFull = time(() => (full = levenshtein.get(a, b)), 0);
    }
    const { distance } = hunkDistance(a, b);
    rows.push({
      scenario,
      kb,
      tHunks,
      tReported,
      tDiff,
      tFull,
      full,
      distance,
      len: Math.max(a.length, b.length),
    });
  }
}

const fmt = (n, w = 8) => (n === undefined ? '—'.padStart(w) : n.toFixed(2).padStart(w));
console.log(
  'doc-sync distance: line-diff method (hunksOf) vs a full fast-levenshtein of the same pair',
);
console.log(
  `${'scenario'.padEnd(16)} ${'size'.padStart(6)} ${'hunks/full'.padStart(10)} ${'reported/full'.padStart(13)} ${'hunks/diff'.padStart(10)} ${'drift %'.padStart(8)} ${'exact %'.padStart(8)}`,
);
for (const r of rows) {
  const ratio = (x) => (r.tFull === undefined ? undefined : x / r.tFull);
  console.log(
    `${r.scenario.padEnd(16)} ${`${r.kb} KB`.padStart(6)} ${fmt(ratio(r.tHunks), 10)} ${fmt(ratio(r.tReported), 13)} ${fmt(r.tHunks / r.tDiff, 10)} ${fmt((100 * r.distance) / r.len)} ${fmt(r.full === undefined ? undefined : (100 * r.full) / r.len)}`,
  );
}
console.log(
  `\nhunks/full: the line-diff method's time as a fraction of a full Levenshtein's on the same pair (not run past ${FULL_UP_TO_KB} KB: it grows with the square of the size).\nreported/full: what doc-sync reports (the exact distance up to 5,000 characters per file, the line-diff method above).\nhunks/diff: the line-diff method's time over jsdiff diffLines alone (the part every size pays).`,
);

// The whole command on one pair of 200 KB instruction files (a few rules reworded), as a CI step
// runs it: `boardwright doc-sync` in each mode, against a bare Node process for scale. Goal: under
// 500 ms a run on a 2-core machine.
{
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync: mkd, writeFileSync: write } = await import('node:fs');
  const pair = mkd(join(tmpdir(), 'bw-bench-docsync-pair-'));
  const base = document(200 * 1000, 1);
  write(join(pair, 'AGENTS.md'), text(base));
  write(join(pair, 'CLAUDE.md'), text(SCENARIOS['scattered edits'](base)));
  const cli = join(root, 'dist', 'cli.js');
  const wall = (args) => {
    const samples = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      spawnSync(process.execPath, args, { cwd: pair, encoding: 'utf8', maxBuffer: 1 << 28 });
      samples.push(performance.now() - t);
    }
    return samples.sort((a, b) => a - b)[2];
  };
  const bare = wall(['-e', '']);
  console.log('\none 200 KB pair through boardwright doc-sync (median of 5 whole runs)');
  console.log(
    `${'mode'.padEnd(16)}${'ms'.padStart(8)}${'÷ bare node'.padStart(14)}${'÷ 500 ms goal'.padStart(16)}`,
  );
  for (const [mode, flags] of [
    ['drift', []],
    ['exact', ['--exact']],
    ['per-section', ['--per-section']],
  ]) {
    const ms = wall([cli, 'doc-sync', 'AGENTS.md', 'CLAUDE.md', '--json', ...flags]);
    console.log(
      `${mode.padEnd(16)}${ms.toFixed(0).padStart(8)}${(ms / bare).toFixed(2).padStart(14)}${(ms / 500).toFixed(2).padStart(16)}`,
    );
  }
  rmSync(pair, { recursive: true, force: true });
}
