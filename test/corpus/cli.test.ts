import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** What a new user sees: which files were read as boards, which were skipped, and why. */
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('build and dialects explain what is a board', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-explain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, 'test/corpus'), dir, {
    recursive: true,
    filter: (src) => !src.endsWith('.test.ts'),
  });

  it('says how many files were skipped, and with --verbose each one and why', () => {
    const plain = cli(['build', '--out', 'out'], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(
      /Skipped \d+ Markdown file\(s\) that hold no board \(run with --verbose to see each and why\)\./,
    );
    const verbose = cli(['build', '--out', 'out', '--verbose'], dir);
    expect(verbose.stdout).toContain(
      'skipped near-miss/CHANGELOG.md: a changelog (named CHANGELOG.md',
    );
    expect(verbose.stdout).toContain(
      'skipped near-miss/.github/pull_request_template.md: a pull-request or issue template',
    );
    expect(verbose.stdout).toMatch(
      / {2}gsd\/ROADMAP\.md {2}gsd-roadmap {2}2 groups, 11 items, 5 done/,
    );
  });

  it('dialects FILE names the reason a file is not a board, and what would make it one', () => {
    const r = cli(['dialects', 'near-miss/templates/tasks-template.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^near-miss\/templates\/tasks-template\.md is not read as a board: a template/,
    );
    expect(r.stdout).toContain('name the file on the command line');
    const board = cli(['dialects', 'tables/tracks.md'], dir);
    expect(board.stdout).toMatch(
      /^tables\/tracks\.md is read as task-table: 3 groups, 8 items, 3 done\./,
    );
    const json = JSON.parse(cli(['dialects', 'near-miss/AGENTS.md', '--json'], dir).stdout) as {
      board: boolean;
      skipReason: string;
      items: number;
    };
    expect(json).toMatchObject({ board: false, items: 5 });
    expect(json.skipReason).toMatch(/agent instruction file/);
  });

  it('reads a near miss anyway when it is named on the command line', () => {
    const r = cli(['build', 'near-miss/AGENTS.md', '--out', 'out2', '--json'], dir);
    const model = JSON.parse(r.stdout) as { boards: Array<{ path: string; items: unknown[] }> };
    expect(model.boards.map((b) => [b.path, b.items.length])).toEqual([['near-miss/AGENTS.md', 5]]);
  });

  it('says why when it finds no board at all', () => {
    const empty = mkdtempSync(join(tmpdir(), 'bw-empty-'));
    cpSync(join(ROOT, 'test/corpus/near-miss/CHANGELOG.md'), join(empty, 'CHANGELOG.md'));
    const r = cli(['build', '--out', 'out'], empty);
    rmSync(empty, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('0 boards found');
    expect(r.stderr).toContain('boardwright build --verbose');
  });
});
