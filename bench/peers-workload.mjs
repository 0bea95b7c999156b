// The peer workload: the same N tasks written as one board file, a Backlog.md project and a
// Kanbn project, so that boardwright, `backlog task list --plain` and `kanbn status` read the
// same work. Deterministic for a seed. Usage: node bench/peers-workload.mjs N [outRoot] [seed]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const STATUSES = ['To Do', 'In Progress', 'Done'];
const VERBS = ['Add', 'Fix', 'Refactor', 'Document', 'Test', 'Remove', 'Optimize', 'Validate'];
const NOUNS = ['parser', 'board', 'column', 'index', 'cache', 'renderer', 'exporter', 'config'];
const NOUNS2 = ['watcher', 'lexer', 'graph', 'resolver', 'linter', 'formatter', 'loader', 'schema'];
const QUALS = ['handling', 'support', 'errors', 'performance', 'edge cases', 'output', 'api'];
const LABELS = ['core', 'cli', 'perf', 'docs', 'bug', 'feature', 'infra', 'ux'];
const DIRS = ['src/core', 'src/cli', 'src/parse', 'src/graph', 'src/render', 'test', 'docs'];

/** Pseudo-random numbers in [0, 1) from a 32-bit seed (mulberry32). */
function random(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The N tasks: status, title, labels, dependencies on earlier tasks, files, two criteria. */
export function peerTasks(n, seed = 42) {
  const r = random(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const between = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const nouns = [...NOUNS, ...NOUNS2];
  const tasks = [];
  for (let i = 1; i <= n; i++) {
    const x = r();
    const status = x < 0.5 ? 'To Do' : x < 0.7 ? 'In Progress' : 'Done';
    const title = `${pick(VERBS)} ${pick(nouns)} ${pick(QUALS)} ${i}`;
    const labels = [...new Set(Array.from({ length: between(0, 2) }, () => pick(LABELS)))];
    const deps =
      i === 1
        ? []
        : [...new Set(Array.from({ length: between(0, 2) }, () => between(1, i - 1)))].sort(
            (a, b) => a - b,
          );
    const files = [
      ...new Set(
        Array.from(
          { length: between(1, 3) },
          () => `${pick(DIRS)}/${pick(nouns)}${between(1, 40)}.ts`,
        ),
      ),
    ];
    const done = status === 'Done';
    const criteria = [
      { text: `${title} works for the nominal case`, done: done || r() < 0.3 },
      { text: `${title} has a regression test`, done },
    ];
    tasks.push({
      n: i,
      status,
      title,
      labels,
      deps,
      files,
      criteria,
      date: new Date(Date.UTC(2025, 0, 1) + i * 60000),
    });
  }
  return tasks;
}

const box = (done) => (done ? '[x]' : '[ ]');

/** One board file: `## Column`, then `- [ ] **ID-K**: title` with fields and criteria. */
function boardFile(tasks) {
  const out = [`# Bench board ${tasks.length}`, ''];
  for (const status of STATUSES) {
    out.push(`## ${status}`, '');
    for (const t of tasks.filter((x) => x.status === status)) {
      out.push(
        `- ${box(status === 'Done')} **ID-${t.n}**: ${t.title}`,
        `  - Status: ${t.status}`,
        `  - Dependencies: ${t.deps.length ? t.deps.map((k) => `ID-${k}`).join(', ') : 'none'}`,
        `  - Files: ${t.files.map((f) => `\`${f}\``).join(', ')}`,
        ...t.criteria.map((c) => `  - ${box(c.done)} ${c.text}`),
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function backlogProject(root, tasks) {
  const dir = join(root, 'backlog', 'tasks');
  mkdirSync(dir, { recursive: true });
  for (const sub of ['drafts', 'docs', 'decisions', 'archive/tasks', 'archive/drafts', 'completed'])
    mkdirSync(join(root, 'backlog', sub), { recursive: true });
  const config = [
    `project_name: "Bench ${tasks.length}"`,
    'default_status: "To Do"',
    `statuses: [${STATUSES.map((s) => `"${s}"`).join(', ')}]`,
    `labels: [${LABELS.map((l) => `"${l}"`).join(', ')}]`,
    'date_format: yyyy-mm-dd',
    'auto_open_browser: false',
    'remote_operations: false',
    'auto_commit: false',
    'filesystem_only: true',
    'check_active_branches: false',
    'task_prefix: "task"',
    '',
  ];
  writeFileSync(join(root, 'backlog', 'config.yml'), config.join('\n'));
  const list = (key, xs) =>
    xs.length ? `${key}:\n${xs.map((v) => `  - ${v}`).join('\n')}` : `${key}: []`;
  for (const t of tasks) {
    const text = [
      '---',
      `id: TASK-${t.n}`,
      `title: ${t.title}`,
      `status: ${t.status}`,
      'assignee: []',
      `created_date: '${t.date.toISOString().slice(0, 16).replace('T', ' ')}'`,
      list('labels', t.labels),
      list(
        'dependencies',
        t.deps.map((k) => `TASK-${k}`),
      ),
      `ordinal: ${t.n * 1000}`,
      '---',
      '',
      '## Description',
      '',
      '<!-- SECTION:DESCRIPTION:BEGIN -->',
      `Synthetic task ${t.n}: ${t.title.toLowerCase()}. Files: ${t.files.join(', ')}.`,
      '<!-- SECTION:DESCRIPTION:END -->',
      '',
      '## Acceptance Criteria',
      '<!-- AC:BEGIN -->',
      ...t.criteria.map((c, j) => `- ${box(c.done)} #${j + 1} ${c.text}`),
      '<!-- AC:END -->',
      '',
    ];
    writeFileSync(join(dir, `task-${t.n} - ${t.title.replace(/\s+/g, '-')}.md`), text.join('\n'));
  }
}

function kanbnProject(root, tasks) {
  const base = join(root, '.kanbn');
  const dir = join(base, 'tasks');
  mkdirSync(dir, { recursive: true });
  // Kanbn names a task by its title in param case.
  const slug = (t) => t.title.toLowerCase().replace(/\s+/g, '-');
  const byN = new Map(tasks.map((t) => [t.n, t]));
  const index = [
    '---',
    'startedColumns:',
    "  - 'In Progress'",
    'completedColumns:',
    '  - Done',
    '---',
    '',
    `# Bench ${tasks.length}`,
    '',
  ];
  for (const status of STATUSES) {
    index.push(`## ${status}`, '');
    const column = tasks.filter((t) => t.status === status);
    for (const t of column) index.push(`- [${slug(t)}](tasks/${slug(t)}.md)`);
    if (column.length) index.push('');
  }
  writeFileSync(join(base, 'index.md'), index.join('\n'));
  for (const t of tasks) {
    const meta = ['---'];
    if (t.labels.length) meta.push('tags:', ...t.labels.map((l) => `  - ${l}`));
    meta.push(`created: ${t.date.toISOString()}`);
    if (t.status !== 'To Do') meta.push(`started: ${t.date.toISOString()}`);
    if (t.status === 'Done') meta.push(`completed: ${t.date.toISOString()}`);
    meta.push('---');
    const parts = [
      meta.join('\n'),
      `# ${t.title}`,
      `Synthetic task ${t.n}: ${t.title.toLowerCase()}.\n\nFiles: ${t.files.join(', ')}`,
      '## Sub-tasks',
      t.criteria.map((c) => `- ${box(c.done)} ${c.text}`).join('\n'),
    ];
    if (t.deps.length) {
      const requires = t.deps.map(
        (k) => `- [requires ${slug(byN.get(k))}](${slug(byN.get(k))}.md)`,
      );
      parts.push('## Relations', requires.join('\n'));
    }
    writeFileSync(join(dir, `${slug(t)}.md`), `${parts.join('\n\n')}\n`);
  }
}

/**
 * Writes `<outRoot>/<n>/board.md`, `backlog/` and `kanbn/` for the same n tasks, and
 * `manifest.json` with the count per status. Returns the folder.
 */
export function writePeerWorkload(n, outRoot, seed = 42) {
  const base = join(outRoot, String(n));
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const tasks = peerTasks(n, seed);
  writeFileSync(join(base, 'board.md'), boardFile(tasks));
  backlogProject(join(base, 'backlog'), tasks);
  kanbnProject(join(base, 'kanbn'), tasks);
  const counts = Object.fromEntries(
    STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length]),
  );
  writeFileSync(join(base, 'manifest.json'), `${JSON.stringify({ n, seed, counts }, null, 2)}\n`);
  return base;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number.parseInt(process.argv[2] ?? '', 10);
  if (!(n > 0)) {
    console.error('usage: node bench/peers-workload.mjs N [outRoot] [seed]');
    process.exit(2);
  }
  console.log(writePeerWorkload(n, process.argv[3] ?? 'bench-work', Number(process.argv[4] ?? 42)));
}
