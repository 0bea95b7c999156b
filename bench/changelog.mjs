// Benchmarks the changelog flow on a 10,000-commit repository (built with git fast-import in a
// temporary folder) against a raw `git log` of the same range, both started from this process,
// and prints the ratio (target ≤ 1.5). The flow is planRelease({ changelog: true }): every git
// call, parsing, the version, the section, the release notes and the CHANGELOG.md update, with
// nothing written. The library is bundled from release/index.ts for the run. Also printed: the
// same comparison for the CLI as a user runs it (a new Node process, so start-up counts), and
// the CLI against git-cliff (npm `git-cliff`, default configuration) writing the same release's
// section (`git-cliff --unreleased --tag v2.0.0`), as new processes in the same run (target: no
// slower than git-cliff).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMITS = 10_000;

/** A fast-import stream: a tagged root commit, then COMMITS-1 commits of a realistic mix. */
function history() {
  const kinds = [
    (i) => `feat(api): add endpoint number ${i}\n\nThe endpoint returns page ${i}.\n`,
    (i) => `fix: handle empty input in step ${i}\n\nRefs BSP-${String(i % 900).padStart(3, '0')}\n`,
    (i) => `docs: explain option ${i}\n`,
    (i) => `chore(deps): bump lib to ${i}.0.0\n`,
    (i) => `perf(parser): cache lookups (${i})\n`,
    (i) => `Update README for ${i}\n`,
    (i) =>
      `refactor(core)!: rename setting ${i}\n\nBREAKING CHANGE: setting ${i} is now called x${i}.\n`,
    (i) =>
      `feat(BSP-${String(i % 900).padStart(3, '0')}): board item ${i} (#${i})\n\n* feat: part one of ${i}\n\n* fix: part two of ${i}\n`,
  ];
  const parts = [];
  const date = 1_700_000_000;
  for (let i = 1; i <= COMMITS; i++) {
    const message = i === 1 ? 'chore: initial commit\n' : kinds[i % kinds.length](i);
    parts.push(
      `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.com> ${date + i * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}`,
      i > 1 ? `from :${i - 1}\n` : '',
      `M 644 inline src/file${i % 97}.txt\ndata ${String(i).length + 1}\n${i}\n\n`,
    );
    if (i === 1) parts.push(`reset refs/tags/v1.0.0\nfrom :1\n\n`);
  }
  return parts.join('');
}

function makeRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'bw-bench-changelog-'));
  const git = (args, input) =>
    execFileSync('git', args, { cwd: dir, input, stdio: ['pipe', 'pipe', 'pipe'] });
  git(['init', '-q', '-b', 'main']);
  git(['fast-import', '--quiet'], history());
  git(['checkout', '-q', 'main']);
  git(['remote', 'add', 'origin', 'https://github.com/bench/repo.git']);
  return dir;
}

/** The library from the TypeScript sources, bundled once for this run. */
async function loadLibrary() {
  const outdir = mkdtempSync(join(tmpdir(), 'bw-bench-lib-'));
  await build({
    entryPoints: [join(root, 'release/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(outdir, 'release.mjs'),
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);",
    },
  });
  return { lib: await import(pathToFileURL(join(outdir, 'release.mjs')).href), outdir };
}

const gitLog = (cwd) =>
  new Promise((resolve, reject) =>
    execFile('git', ['log', 'v1.0.0..HEAD'], { cwd, maxBuffer: 1 << 30 }, (e, out) =>
      e ? reject(e) : resolve(out),
    ),
  );

async function median(fn, runs) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const t0 = performance.now();
const repo = makeRepo();
const made = performance.now() - t0;
const { lib, outdir } = await loadLibrary();

let plan;
const RUNS = 15;
// Interleave the two so that machine load affects both alike; each side keeps its best median.
const a = [];
const b = [];
for (let round = 0; round < 5; round++) {
  a.push(await median(() => gitLog(repo), RUNS));
  b.push(
    await median(async () => {
      plan = await lib.planRelease({ cwd: repo, changelog: true });
    }, RUNS),
  );
}
const tLog = Math.min(...a);
const tChangelog = Math.min(...b);

function spawnMedian(cmd, args, runs = 7, env = {}) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, {
      cwd: repo,
      maxBuffer: 1 << 30,
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    if (i) samples.push(performance.now() - t);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length / 2)];
}
const cliEntry = join(root, 'dist/cli.js');
const cliffBin = join(root, 'node_modules/.bin/git-cliff');
// Interleaved like the in-process runs; each side keeps its best median.
const sides = { log: [], cli: [], cliff: [] };
for (let round = 0; round < 3; round++) {
  sides.log.push(spawnMedian('git', ['log', 'v1.0.0..HEAD']));
  if (existsSync(cliEntry))
    sides.cli.push(spawnMedian(process.execPath, [cliEntry, 'changelog', '--dry-run']));
  if (existsSync(cliffBin))
    sides.cliff.push(
      spawnMedian(cliffBin, ['--unreleased', '--tag', 'v2.0.0'], 7, { NO_COLOR: '1' }),
    );
}
const best = (list) => (list.length ? Math.min(...list) : undefined);
const cliLog = best(sides.log);
const cli = best(sides.cli);
const cliff = best(sides.cliff);
const node = spawnMedian(process.execPath, ['-e', '0']);

const f = (n) => n.toFixed(1).padStart(8);
console.log(
  `changelog of ${COMMITS.toLocaleString('en')} commits vs raw git log of the same range (repository built in ${(made / 1000).toFixed(1)} s)\n`,
);
console.log(
  `planned ${plan.version} (${plan.bump}), ${plan.commits} commits, ${plan.allChanges.length} changes, section ${plan.section.split('\n').length} lines\n`,
);
console.log(`${'in process (median ms)'.padEnd(40)}${'ms'.padStart(8)}`);
console.log(`${'git log v1.0.0..HEAD'.padEnd(40)}${f(tLog)}`);
console.log(`${'planRelease (the changelog flow)'.padEnd(40)}${f(tChangelog)}`);
const ratio = tChangelog / tLog;
console.log(
  `\nchangelog ÷ git log: ${ratio.toFixed(2)}× (target ≤ 1.5): ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
);
console.log(
  cli === undefined
    ? '\nCLI comparison skipped: dist/cli.js is missing (run npm run build).'
    : `\nCLI, new process each (median ms): git log ${f(cliLog)}, boardwright changelog --dry-run ${f(cli)} → ${(cli / cliLog).toFixed(2)}× (Node start-up alone: ${node.toFixed(1)} ms)`,
);
if (cli !== undefined && cliff !== undefined) {
  const r = cli / cliff;
  console.log(
    `git-cliff --unreleased --tag v2.0.0 ${f(cliff)} ms: boardwright changelog --dry-run ÷ git-cliff ${r.toFixed(2)}× (target ≤ 1): ${r <= 1 ? 'met' : 'NOT met'}`,
  );
} else if (cliff === undefined) {
  console.log(
    '\ngit-cliff comparison skipped: node_modules/.bin/git-cliff is missing (npm ci installs it).',
  );
}

rmSync(repo, { recursive: true, force: true });
rmSync(outdir, { recursive: true, force: true });
