import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../io/outdir.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository with three seed boards under boards/. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-diagrams-'));
  mkdirSync(join(dir, 'boards'));
  for (const name of ['platform-kit-tasks.md', 'release-kanban.md', 'kanban.md'])
    copyFileSync(join(ROOT, 'examples/boards', name), join(dir, 'boards', name));
  return dir;
}

const EXPECTED = [
  'boards-kanban.deps.dot',
  'boards-kanban.deps.drawio',
  'boards-kanban.deps.mmd',
  'boards-kanban.deps.png',
  'boards-kanban.deps.svg',
  'boards-kanban.gantt.mmd',
  'boards-kanban.overview.mmd',
  'boards-platform-kit-tasks.deps.dot',
  'boards-platform-kit-tasks.deps.drawio',
  'boards-platform-kit-tasks.deps.mmd',
  'boards-platform-kit-tasks.deps.png',
  'boards-platform-kit-tasks.deps.svg',
  'boards-platform-kit-tasks.overview.mmd',
  'boards-release-kanban.overview.mmd',
];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
});

describe('boardwright diagrams', () => {
  it('writes every diagram into --out, and --check in a new process finds the same bytes', () => {
    const dir = repo();
    const run = cli(['diagrams', 'boards', '--out', 'docs/diagrams'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Wrote 14 diagram file(s) for 3 board(s) into docs/diagrams/ (mermaid, dot, svg, png, drawio).\n`,
    );
    expect(readdirSync(join(dir, 'docs/diagrams')).sort()).toEqual([MANIFEST_FILE, ...EXPECTED]);
    expect(readdirSync(dir).sort()).toEqual(['boards', 'docs']);
    const check = cli(['diagrams', 'boards', '--out', 'docs/diagrams', '--check'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(
      '14 of 14 diagram file(s) in docs/diagrams/ match the 3 board(s); 0 drifted, 0 missing, 0 extra.\n',
    );
  }, 60_000);

  it('--check lists a hand-edited PNG and SVG, a missing and an extra file, and exits 1', () => {
    const dir = repo();
    expect(cli(['diagrams', 'boards', '--out', 'docs/diagrams'], dir).code).toBe(0);
    const out = join(dir, 'docs/diagrams');
    const png = join(out, 'boards-platform-kit-tasks.deps.png');
    const bytes = readFileSync(png);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0xff; // one pixel-data byte, as an image editor might leave it
    writeFileSync(png, bytes);
    const svg = join(out, 'boards-kanban.deps.svg');
    writeFileSync(svg, readFileSync(svg, 'utf8').replace('#c0392b', '#ff0000'));
    rmSync(join(out, 'boards-kanban.deps.dot'));
    writeFileSync(join(out, 'old-board.deps.svg'), '<svg/>');
    // As an earlier run for a board since removed would have left it: the manifest lists it.
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as {
      written: { diagrams: string[] };
    };
    manifest.written.diagrams.push('old-board.deps.svg');
    writeFileSync(join(out, MANIFEST_FILE), JSON.stringify(manifest));
    writeFileSync(join(out, 'new-board.deps.svg'), '<svg/>'); // made by hand: never extra
    writeFileSync(join(out, 'logo.svg'), '<svg/>'); // not a diagram name: left alone
    const before = readdirSync(out).sort();

    const check = cli(['diagrams', 'boards', '--out', 'docs/diagrams', '--check'], dir);
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split('\n');
    expect(lines.map((l) => l.replace(/ {2}error {2}.*? {2}/, ' … '))).toEqual([
      'docs/diagrams/boards-kanban.deps.dot:1:1 … diagram-missing',
      'docs/diagrams/boards-kanban.deps.svg:1:1 … diagram-drift',
      'docs/diagrams/boards-platform-kit-tasks.deps.png:1:1 … diagram-drift',
      'docs/diagrams/old-board.deps.svg:1:1 … diagram-extra',
      '11 of 14 diagram file(s) in docs/diagrams/ match the 3 board(s); 2 drifted, 1 missing, 1 extra.',
    ]);
    expect(lines[1]).toContain(
      'Run `boardwright diagrams --out docs/diagrams` and commit the result.',
    );
    // --check never writes.
    expect(readdirSync(out).sort()).toEqual(before);
    expect(readFileSync(png).equals(bytes)).toBe(true);

    const json = cli(['diagrams', 'boards', '--out', 'docs/diagrams', '--check', '--json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      diagrams: Record<string, string[]>;
      summary: { error: number };
    };
    expect(report.diagrams.drifted).toEqual([
      'boards-kanban.deps.svg',
      'boards-platform-kit-tasks.deps.png',
    ]);
    expect(report.diagrams.missing).toEqual(['boards-kanban.deps.dot']);
    expect(report.diagrams.extra).toEqual(['old-board.deps.svg']);
    expect(report.diagrams.matched).toHaveLength(11);
    expect(report.summary.error).toBe(4);

    const github = cli(
      ['diagrams', 'boards', '--out', 'docs/diagrams', '--check', '--report', 'github'],
      dir,
    );
    expect(github.stdout).toContain(
      '::error file=docs/diagrams/boards-platform-kit-tasks.deps.png,line=1,col=1,title=boardwright diagram-drift::',
    );

    // Only the Mermaid files are compared with --format mermaid: they all match.
    const mermaid = cli(
      ['diagrams', 'boards', '--out', 'docs/diagrams', '--check', '--format', 'mermaid'],
      dir,
    );
    expect(mermaid.code).toBe(0);

    // Regenerating repairs everything and removes the stale diagram, not the logo.
    const fix = cli(['diagrams', 'boards', '--out', 'docs/diagrams'], dir);
    expect(fix.stdout).toContain('Removed 1 stale diagram file(s): old-board.deps.svg.');
    expect(readdirSync(out).sort()).toEqual(
      [...EXPECTED, MANIFEST_FILE, 'logo.svg', 'new-board.deps.svg'].sort(),
    );
    expect(cli(['diagrams', 'boards', '--out', 'docs/diagrams', '--check'], dir).code).toBe(0);
  }, 180_000);

  it('writes only the formats asked for', () => {
    const dir = repo();
    const run = cli(['diagrams', 'boards', '--format', 'svg,mermaid'], dir);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'docs/diagrams')).sort()).toEqual(
      [MANIFEST_FILE, ...EXPECTED].filter(
        (f) => f === MANIFEST_FILE || f.endsWith('.svg') || f.endsWith('.mmd'),
      ),
    );
    const bad = cli(['diagrams', 'boards', '--format', 'svg,jpeg'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'boardwright: Unknown diagram format "jpeg". Use any of: mermaid, dot, svg, png, drawio.\n',
    );
  }, 60_000);

  it('writes and compares nothing when a board is unusable, and exits 2', () => {
    const dir = repo();
    expect(cli(['diagrams', 'boards', '--format', 'mermaid'], dir).code).toBe(0);
    const out = join(dir, 'docs/diagrams');
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f))] as const);
    // The kanban board becomes unreadable: its diagrams must not be pruned as stale.
    writeFileSync(
      join(dir, 'boards', 'kanban.md'),
      Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x00, 0x00, 0x41]),
    );
    for (const args of [
      ['diagrams', 'boards'],
      ['diagrams', 'boards', '--check'],
    ]) {
      const run = cli(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^boards\/kanban\.md:1:1 {2}error {2}/);
      expect(run.stderr).toContain('Nothing was written or compared: fix the input above first.');
      expect(run.stdout).toBe('');
    }
    for (const [f, bytes] of before) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
    expect(readdirSync(out)).toHaveLength(before.length);
  }, 60_000);

  it('has help with examples and exit codes', () => {
    const help = cli(['diagrams', '--help'], ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--check');
    expect(help.stdout).toContain(
      'Exit codes: 0 written / everything matches, 1 --check found differences',
    );
    expect(help.stdout).toContain('boardwright diagrams examples/boards --out docs/diagrams');
  });
});
