/**
 * How the CLI finds its workspace: `-C` naming a missing folder, `-c` with an absolute path, the
 * config found from a subfolder (up to the git root, never above it), and an empty folder or a
 * non-Markdown path saying why no board was found.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD, cli, temp } from './helpers.js';

describe('-C and -c', () => {
  it('build -C /nonexistent exits 2 with a message and creates nothing', () => {
    const base = temp();
    const missing = join(base, 'nope', 'deeper');
    for (const command of ['build', 'check', 'site', 'diagrams', 'summary']) {
      const r = cli([command, '-C', missing], base);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(/-C .*nope\/deeper: no such folder/);
    }
    const file = join(base, 'file.txt');
    writeFileSync(file, 'x');
    expect(cli(['-C', file, 'check'], base).code).toBe(2);
    expect(existsSync(join(base, 'nope'))).toBe(false);
  });

  it('-c takes an absolute path, inside or outside the workspace', () => {
    const base = temp();
    const ws = join(base, 'ws');
    mkdirSync(join(ws, 'docs'), { recursive: true });
    writeFileSync(join(ws, 'docs', 'board.md'), BOARD);
    writeFileSync(join(ws, 'TODO.md'), '# Todo\n\n- [ ] elsewhere\n');
    const config = join(base, 'shared.yaml');
    writeFileSync(config, 'include: ["docs/**/*.md"]\n');
    const r = cli(['-C', ws, '-c', config, 'check', '--json'], base);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { diagnostics: unknown[] };
    expect(report.diagnostics).toEqual([]);
    const built = cli(['-c', config, 'build', '--json'], ws);
    expect((JSON.parse(built.stdout) as { boards: unknown[] }).boards).toHaveLength(1);
    writeFileSync(join(ws, 'bw.yaml'), 'include: ["TODO.md"]\n');
    const inside = cli(['-c', join(ws, 'bw.yaml'), 'build', '--json'], ws);
    const boards = (JSON.parse(inside.stdout) as { boards: Array<{ path: string }> }).boards;
    expect(boards.map((b) => b.path)).toEqual(['TODO.md']);
  });
});

describe('the config from a subfolder', () => {
  function repo() {
    const base = temp();
    const ws = join(base, 'repo');
    mkdirSync(join(ws, '.git'), { recursive: true });
    mkdirSync(join(ws, 'docs', 'deep'), { recursive: true });
    writeFileSync(
      join(ws, 'boardwright.config.yaml'),
      'include: ["docs/**/*.md"]\nout: build/bw\n',
    );
    writeFileSync(join(ws, 'docs', 'board.md'), BOARD);
    writeFileSync(join(ws, 'docs', 'deep', 'todo.md'), '# Todo\n\n- [ ] deep\n');
    writeFileSync(join(ws, 'README.md'), '# Readme\n\n- [ ] not a board per the config\n');
    return { base, ws };
  }

  it('is found upward from a subfolder; its folder is the root; typed paths stay relative', () => {
    const { ws } = repo();
    const all = cli(['build', '--json'], join(ws, 'docs', 'deep'));
    expect(all.code).toBe(0);
    const paths = (JSON.parse(all.stdout) as { boards: Array<{ path: string }> }).boards.map(
      (b) => b.path,
    );
    expect(paths).toEqual(['docs/board.md', 'docs/deep/todo.md']);
    expect(existsSync(join(ws, 'build', 'bw', 'model.json'))).toBe(true);
    expect(existsSync(join(ws, 'docs', 'deep', 'boardwright-out'))).toBe(false);
    // A path typed in the subfolder means the file there; --out too.
    const one = cli(['build', 'todo.md', '--out', 'here', '--json'], join(ws, 'docs', 'deep'));
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { boards: Array<{ path: string }> }).boards).toEqual([
      expect.objectContaining({ path: 'docs/deep/todo.md' }),
    ]);
    expect(existsSync(join(ws, 'docs', 'deep', 'here', 'model.json'))).toBe(true);
  });

  it('is not looked for above the git root', () => {
    const { base, ws } = repo();
    const inner = join(ws, 'packages', 'lib');
    mkdirSync(join(inner, '.git'), { recursive: true });
    writeFileSync(join(inner, 'TASKS.md'), '# Tasks\n\n- [ ] inner\n');
    const r = cli(['build', '--json'], inner);
    expect(r.code).toBe(0);
    const paths = (JSON.parse(r.stdout) as { boards: Array<{ path: string }> }).boards.map(
      (b) => b.path,
    );
    expect(paths).toEqual(['TASKS.md']);
    expect(existsSync(join(inner, 'boardwright-out'))).toBe(true);
    void base;
  });
});

describe('nothing found says why', () => {
  it('an empty folder: 0 boards found, exit 2, not "No problems found"', () => {
    const ws = temp();
    for (const command of ['check', 'build']) {
      const r = cli([command], ws);
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).not.toMatch(/No problems found/);
      expect(r.stderr, command).toMatch(
        /0 boards found — no file in the workspace matches \*\*\/\*\.md, \*\*\/\*\.markdown/,
      );
    }
    expect(existsSync(join(ws, 'boardwright-out'))).toBe(false);
    const json = cli(['check', '--json'], ws);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      diagnostics: [expect.objectContaining({ rule: 'no-boards' })],
    });
  });

  it('Markdown without board items, a folder without Markdown, a non-Markdown file', () => {
    const ws = temp();
    mkdirSync(join(ws, 'src'));
    writeFileSync(join(ws, 'src', 'index.ts'), 'export {};\n');
    writeFileSync(join(ws, 'README.md'), '# Hello\n\nJust prose.\n');
    writeFileSync(join(ws, 'package.json'), '{"name": "x"}\n');
    const prose = cli(['check'], ws);
    expect(prose.code).toBe(2);
    expect(prose.stderr).toMatch(
      /0 boards found — 1 Markdown file\(s\) in the workspace were read \(README\.md\), and none holds board items/,
    );
    const folder = cli(['check', 'src'], ws);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/0 boards found — no file in src matches/);
    const file = cli(['check', 'package.json'], ws);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/0 boards found — package\.json is not a Markdown file/);
  });
});
