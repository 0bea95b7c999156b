import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { listFiles, seedWorkspace } from './fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

const SITE_FILES = [
  '.boardwright-manifest.json',
  '.nojekyll',
  'assets/site.css',
  'assets/site.js',
  'boards/boards-hostile.html',
  'boards/boards-release-kanban.html',
  'index.html',
];

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` before the tests.');
});

describe('boardwright site', () => {
  it('writes the site into boardwright-out/site by default, byte-identically twice', () => {
    const root = seedWorkspace();
    const first = cli(['site', 'boards'], root);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      `Wrote the site for 2 board(s) to boardwright-out/site/ (6 files). Open boardwright-out/site/index.html.\n`,
    );
    const out = join(root, 'boardwright-out/site');
    expect(listFiles(out)).toEqual(SITE_FILES);
    const bytes = contents(out);
    expect(cli(['site', 'boards'], root).code).toBe(0);
    expect(contents(out)).toEqual(bytes);
  });

  it('takes --out, and the config "out" for the default', () => {
    const root = seedWorkspace();
    const r = cli(['site', 'boards', '--out', 'public', '--json'], root);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toEqual({
      boards: 2,
      diagnostics: 1,
      files: SITE_FILES.filter((f) => f !== '.boardwright-manifest.json'),
      items: 122,
      out: join(root, 'public'),
    });
    expect(listFiles(join(root, 'public'))).toEqual(SITE_FILES);
    writeFileSync(join(root, 'boardwright.config.yaml'), 'out: generated\n');
    expect(cli(['site', 'boards', '-q'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(listFiles(join(root, 'generated/site'))).toEqual(SITE_FILES);
  });

  it('removes pages of boards that are gone, and only pages it generated', () => {
    const root = seedWorkspace();
    const boards = join(root, 'boardwright-out/site/boards');
    // An earlier run wrote a page for a board that has since been removed.
    writeFileSync(join(root, 'boards', 'old-board.md'), '# Old\n\n- [ ] gone soon\n');
    expect(cli(['site', 'boards'], root).code).toBe(0);
    expect(listFiles(boards)).toContain('boards-old-board.html');
    rmSync(join(root, 'boards', 'old-board.md'));
    // Pages made by hand, even ones that look generated, are never removed.
    const generated = readFileSync(join(ROOT, 'templates/site/layout.hbs'), 'utf8');
    writeFileSync(join(boards, 'copied.html'), generated);
    writeFileSync(join(boards, 'mine.html'), '<!doctype html><p>kept by hand</p>');
    writeFileSync(join(boards, 'notes.txt'), 'not a page');
    expect(cli(['site', 'boards'], root).code).toBe(0);
    expect(listFiles(boards)).toEqual([
      'boards-hostile.html',
      'boards-release-kanban.html',
      'copied.html',
      'mine.html',
      'notes.txt',
    ]);
  });

  it('exits 2 and writes nothing when the config is unusable', () => {
    const root = seedWorkspace();
    writeFileSync(join(root, 'boardwright.config.yaml'), 'include: 42\n');
    const r = cli(['site', 'boards'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^boardwright\.config\.yaml:1:\d+ {2}error {2}/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(root, 'boardwright-out'))).toBe(false);
  });

  it('exits 2 for a missing path and still writes the boards it could read', () => {
    const root = seedWorkspace();
    const r = cli(['site', 'boards/release-kanban.md', 'nope.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.md:1:1  error  Path "nope.md" does not exist.');
    expect(listFiles(join(root, 'boardwright-out/site/boards'))).toEqual([
      'boards-release-kanban.html',
    ]);
    const index = readFileSync(join(root, 'boardwright-out/site/index.html'), 'utf8');
    expect(index).toContain('<h2 id="diagnostics-title">Findings about other files</h2>');
    expect(index).toContain('<span class="where">nope.md, line 1</span>');
  });

  it('exits 2 with a message when the out dir cannot be written', () => {
    const root = seedWorkspace();
    writeFileSync(join(root, 'taken'), 'a file, not a folder');
    const r = cli(['site', 'boards', '--out', 'taken'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^boardwright: cannot write the site to .*taken: /);
    expect(readFileSync(join(root, 'taken'), 'utf8')).toBe('a file, not a folder');
  });

  it('documents itself in --help', () => {
    const r = cli(['site', '--help'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: boardwright site [options] [paths...]');
    expect(r.stdout).toContain('-o, --out <dir>');
    expect(r.stdout).toContain('Exit codes: 0 written, 2');
    expect(r.stdout).toContain('boardwright site examples/boards');
  });
});
