// boardwright against its peers on the same tasks, side by side in one run: `boardwright check`
// and `build` (cold: --no-cache; warm: nothing changed since the last run) of one board file,
// `backlog task list --plain` on a Backlog.md project, `kanbn status` on a Kanbn project, and a
// markdown-it parse + extract of the board file, at 1,000, 10,000 and 50,000 tasks. Prints the
// median wall time, CPU time and peak RSS of each whole process, and the ratios the speed
// goals are stated in. Uses GNU time (/usr/bin/time, Debian package `time`) where installed;
// without it, CPU time comes from the reaped children's times in /proc/self/stat and peak RSS
// from polling the child's VmHWM (Linux only).
//
// Usage: node bench/peers.mjs [--sizes 1000,10000,50000] [--runs 3]
// The peers are installed once into ~/.cache/boardwright-bench/peers (or $BOARDWRIGHT_BENCH_DIR).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { setInterval, clearInterval } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePeerWorkload } from './peers-workload.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,50000').split(',').map(Number);
const runsAt = (n) => Number(arg('runs', n >= 50000 ? 1 : 3));
const benchDir =
  process.env.BOARDWRIGHT_BENCH_DIR ?? join(homedir(), '.cache', 'boardwright-bench');
const work = mkdtempSync(join(tmpdir(), 'boardwright-bench-'));
const TIME = '/usr/bin/time';

const gnuTime = existsSync(TIME);
if (!gnuTime && !existsSync('/proc/self/stat')) {
  console.error('bench/peers.mjs needs GNU time at /usr/bin/time or Linux /proc.');
  process.exit(2);
}

/** The peers' executables, installed into the bench folder on first use. */
function peers() {
  const dir = join(benchDir, 'peers');
  const bin = (name) => join(dir, 'node_modules', '.bin', name);
  if (!existsSync(bin('backlog')) || !existsSync(bin('kanbn'))) {
    mkdirSync(dir, { recursive: true });
    // Kanbn 0.10.0 names two dependencies by git URL; their npm releases are the same code.
    const manifest = {
      private: true,
      dependencies: { 'backlog.md': '1.52.0', '@basementuniverse/kanbn': '0.10.0' },
      overrides: { 'inquirer-recursive': '0.0.7', 'inquirer-select-line': '1.1.3' },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    console.error(`Installing backlog.md and kanbn into ${dir} …`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
  return { backlog: bin('backlog'), kanbn: bin('kanbn') };
}

/**
 * One run of a whole process: wall and CPU seconds, peak RSS in MB, exit code. `precise`: wall
 * time from this process's clock (GNU time prints it in hundredths, too coarse for a 60 ms run).
 */
function once(cmd, args, cwd, env = {}, precise = false) {
  return gnuTime && !precise ? onceTimed(cmd, args, cwd, env) : onceProc(cmd, args, cwd, env);
}

function onceTimed(cmd, args, cwd, env) {
  const out = join(work, 'time.txt');
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const [wall, user, sys, kb] = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .pop()
    .split(' ')
    .map(Number);
  return Promise.resolve({ wall, cpu: user + sys, rss: kb / 1024, code: r.status });
}

/** Seconds of CPU of this process's reaped children (cutime + cstime of /proc/self/stat). */
function childCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // USER_HZ is 100 on Linux
}

/** The same figures without GNU time: the child's VmHWM is polled until it exits. */
function onceProc(cmd, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const cpu0 = childCpu();
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    let kb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) kb = Math.max(kb, Number(m[1]));
      } catch {
        // gone between the exit and this poll
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      resolve({ wall, cpu: childCpu() - cpu0, rss: kb / 1024, code });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every command `runs` times, interleaved (A B C A B C …), after `prime` (not counted). */
async function measure(commands, runs, precise = false) {
  for (const c of commands) await c.prime?.();
  const samples = commands.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of commands.entries()) {
      c.before?.();
      samples[i].push(await once(c.cmd, c.args, c.cwd, c.env, precise));
    }
  }
  return Object.fromEntries(
    commands.map((c, i) => [
      c.name,
      {
        wall: median(samples[i].map((s) => s.wall)),
        cpu: median(samples[i].map((s) => s.cpu)),
        rss: median(samples[i].map((s) => s.rss)),
        code: samples[i].at(-1).code,
        runs,
      },
    ]),
  );
}

const node = process.execPath;
const { backlog, kanbn } = peers();
const cacheDir = join(work, 'cache');
const noCache = { BOARDWRIGHT_CACHE_DIR: cacheDir };
const fresh = () => rmSync(cacheDir, { recursive: true, force: true });

console.log(
  `boardwright against its peers — node ${process.version}, ${spawnSync('nproc').stdout}`.trim(),
);
console.log(
  'Each figure is the median of whole-process runs: wall seconds, CPU seconds (user + sys), peak RSS.',
);
console.log(
  `Load average at the start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

// Start-up: --version and a one-item board against a bare Node, 20 runs each, wall time by this
// process's clock (the figures are tens of milliseconds).
const tiny = join(work, 'tiny');
mkdirSync(tiny);
writeFileSync(join(tiny, 'board.md'), '# Tiny\n\n## To Do\n\n- [ ] **T-1**: the only task\n');
const start = await measure(
  [
    { name: 'node -e 0', cmd: node, args: ['-e', '0'], cwd: tiny },
    { name: 'boardwright --version', cmd: node, args: [cli, '--version'], cwd: tiny },
    {
      name: 'boardwright check (1 item)',
      cmd: node,
      args: [cli, 'check', 'board.md', '--no-cache'],
      cwd: tiny,
    },
  ],
  20,
  true,
);

const results = {};
for (const n of sizes) {
  const base = writePeerWorkload(n, work);
  const runs = runsAt(n);
  const bw = (command, extra = []) => ({
    cmd: node,
    args: [cli, command, 'board.md', ...extra],
    cwd: base,
    env: noCache,
  });
  results[n] = await measure(
    [
      { name: 'check cold', ...bw('check', ['--no-cache']) },
      {
        name: 'check warm',
        ...bw('check'),
        prime: () => once(node, [cli, 'check', 'board.md'], base, noCache),
      },
      { name: 'build cold', ...bw('build', ['--no-cache', '--out', 'bench-out']) },
      {
        name: 'build warm',
        ...bw('build', ['--out', 'bench-out']),
        prime: () => once(node, [cli, 'build', 'board.md', '--out', 'bench-out'], base, noCache),
      },
      {
        name: 'backlog task list --plain',
        cmd: backlog,
        args: ['task', 'list', '--plain'],
        cwd: join(base, 'backlog'),
      },
      { name: 'kanbn status', cmd: kanbn, args: ['status'], cwd: join(base, 'kanbn') },
      {
        name: 'markdown-it parse + extract',
        cmd: node,
        args: [join(root, 'bench', 'markdown-it-extract.mjs'), 'board.md'],
        cwd: base,
      },
    ],
    runs,
  );
  rmSync(base, { recursive: true, force: true });
  fresh();
  printSize(n, results[n]);
}

function printSize(n, r) {
  const kb = n; // printed for orientation only
  console.log(
    `N = ${n.toLocaleString('en')} tasks (${r['check cold'].runs} run${r['check cold'].runs > 1 ? 's' : ''} each${n >= 50000 ? ', fewer at this size to keep the run short' : ''})`,
  );
  console.log(
    `  ${'command'.padEnd(30)}${'wall s'.padStart(9)}${'cpu s'.padStart(9)}${'RSS MB'.padStart(9)}${'÷ backlog'.padStart(11)}${'÷ md-it'.padStart(9)}`,
  );
  for (const [name, m] of Object.entries(r)) {
    const vsBacklog = m.wall / r['backlog task list --plain'].wall;
    const vsIt = m.cpu / r['markdown-it parse + extract'].cpu;
    console.log(
      `  ${name.padEnd(30)}${m.wall.toFixed(2).padStart(9)}${m.cpu.toFixed(2).padStart(9)}${m.rss.toFixed(0).padStart(9)}${vsBacklog.toFixed(2).padStart(11)}${vsIt.toFixed(2).padStart(9)}${m.code ? `  (exit ${m.code})` : ''}`,
    );
  }
  console.log(
    `  ÷ backlog: wall time over backlog's; ÷ md-it: CPU time over the markdown-it baseline's. (${kb} tasks)\n`,
  );
}

// The goals of the speed issue, as ratios from this run: of wall time (what the goals are
// stated in) and, for reference, of CPU time, which a busy machine disturbs less.
const goals = [];
const goal = (text, a, b, limit, field = 'wall') => {
  const value = a[field] / b[field];
  // A run that failed measured something else: such a goal is never counted as met.
  const failed = a.code || b.code;
  goals.push({ text, value, cpu: field === 'wall' ? a.cpu / b.cpu : undefined, limit, failed });
};
const at = (n) => results[n];
if (at(10000)) {
  const r = at(10000);
  const b = r['backlog task list --plain'];
  goal('10k: check cold ÷ backlog', r['check cold'], b, 1.0);
  goal('10k: check cold peak RSS ÷ backlog', r['check cold'], b, 1.0, 'rss');
  goal('10k: build cold ÷ backlog', r['build cold'], b, 1.3);
}
for (const n of [1000, 10000, 50000])
  if (at(n)) goal(`${n / 1000}k: check warm ÷ cold`, at(n)['check warm'], at(n)['check cold'], 0.2);
if (at(10000) && at(50000)) {
  for (const c of ['check cold', 'build cold'])
    goal(`50k ÷ 10k: ${c} (linear is 5)`, at(50000)[c], at(10000)[c], 5.5);
}
goal('--version ÷ node -e 0', start['boardwright --version'], start['node -e 0'], 1.5);
goal(
  'check of a 1-item board ÷ node -e 0',
  start['boardwright check (1 item)'],
  start['node -e 0'],
  2.5,
);

console.log('Start-up (20 runs each; CPU time in 10 ms ticks)');
for (const [name, m] of Object.entries(start))
  console.log(
    `  ${name.padEnd(30)}${m.wall.toFixed(3).padStart(9)} s wall${m.cpu.toFixed(3).padStart(9)} s cpu${m.rss.toFixed(0).padStart(6)} MB`,
  );
console.log('\nGoals (ratio ≤ limit; met or not by the wall-time ratio)');
console.log(`  ${'goal'.padEnd(44)}${'wall'.padStart(7)}${'cpu'.padStart(7)}`);
for (const g of goals)
  console.log(
    `  ${g.text.padEnd(44)}${g.value.toFixed(2).padStart(7)}${(g.cpu === undefined ? '' : g.cpu.toFixed(2)).padStart(7)}  ≤ ${g.limit.toFixed(1)}  ${g.failed ? 'NOT met (a run exited non-zero)' : g.value <= g.limit ? 'met' : 'NOT met'}`,
  );
console.log(
  `\nLoad average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
rmSync(work, { recursive: true, force: true });
