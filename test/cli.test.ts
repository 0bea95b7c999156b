import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateWorkspace } from '../model/validate.js';
import type { Workspace } from '../model/types.js';
import { ROOT } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    // model.json of the bundled examples passes 1 MB, spawnSync's default cap on stdout.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bw-cli-'));
}

/** Every file below `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` before the tests.');
});

describe('boardwright build', () => {
  it('builds the bundled examples into model.json, per-board JSON and summary.md, byte-identically twice', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const first = cli(['build', 'examples'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Built \d+ board\(s\)/);
    const files = listFiles(join(dir, 'boardwright-out'));
    expect(files).toContain('model.json');
    expect(files).toContain('summary.md');
    const model = JSON.parse(
      readFileSync(join(dir, 'boardwright-out/model.json'), 'utf8'),
    ) as Workspace;
    expect(validateWorkspace(model)).toEqual([]);
    expect(files.filter((f) => f.startsWith('boards/'))).toHaveLength(model.boards.length);
    const bytes = files.map((f) => readFileSync(join(dir, 'boardwright-out', f)));
    expect(cli(['build', 'examples'], dir).code).toBe(0);
    expect(listFiles(join(dir, 'boardwright-out'))).toEqual(files);
    files.forEach((f, i) =>
      expect(readFileSync(join(dir, 'boardwright-out', f)).equals(bytes[i]!)).toBe(true),
    );
    const json = cli(['build', 'examples', '--json', '--out', 'other'], dir);
    expect(json.stdout).toBe(readFileSync(join(dir, 'boardwright-out/model.json'), 'utf8'));
  });

  it('reports each hostile file with a diagnostic and exit 2 within seconds, and still builds the good one', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'boards'));
    writeFileSync(
      join(dir, 'boards/good.md'),
      '# Good\n\n## Todo\n- Write docs\n## Done\n- Ship it\n',
    );
    writeFileSync(
      join(dir, 'boards/binary.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]),
    );
    writeFileSync(
      join(dir, 'boards/latin1.md'),
      Buffer.concat([Buffer.from('# T\n\n- [ ] caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    writeFileSync(join(dir, 'boards/long-line.md'), `# Long\n\n- [ ] ${'x'.repeat(1_048_576)}\n`);
    // A list nested 10,000 levels deep, written on one line (`- - - … x`).
    writeFileSync(join(dir, 'boards/deep.md'), `# Deep\n\n${'- '.repeat(10_000)}x\n`);
    const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++) {
      const [p, n] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
      bomb.push(`${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`);
    }
    bomb.push('---', '# Bomb', '', '- [ ] task', '');
    writeFileSync(join(dir, 'boards/bomb.md'), bomb.join('\n'));

    const r = cli(['build', 'boards'], dir);
    expect(r.code).toBe(2);
    for (const [file, rule, line] of [
      ['binary.md', 'binary-file', 1],
      ['latin1.md', 'invalid-utf8', 3],
      ['long-line.md', 'line-too-long', 3],
      ['deep.md', 'nesting-too-deep', 3],
      ['bomb.md', 'invalid-frontmatter', 2],
    ] as const) {
      expect(r.stderr).toContain(`boards/${file}:${line}:1  error`);
      expect(r.stderr).toContain(rule);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const model = JSON.parse(
      readFileSync(join(dir, 'boardwright-out/model.json'), 'utf8'),
    ) as Workspace;
    expect(model.boards.map((b) => b.path)).toEqual(['boards/good.md']);
    expect(model.boards[0]!.items).toHaveLength(2);
    expect(
      model.diagnostics
        .filter((d) => d.fatal)
        .map((d) => d.path)
        .sort(),
    ).toEqual([
      'boards/binary.md',
      'boards/bomb.md',
      'boards/deep.md',
      'boards/latin1.md',
      'boards/long-line.md',
    ]);
    expect(listFiles(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('never writes outside the out dir, whatever the board is called, and prunes boards that are gone', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', '%2e%2e%2F%2e%2e%2Fetc'), { recursive: true });
    writeFileSync(
      join(dir, 'a', '%2e%2e%2F%2e%2e%2Fetc', 'passwd.md'),
      '# ../../etc/passwd\n\n## Todo\n- <script>alert(1)</script>\n## Done\n- x\n',
    );
    writeFileSync(join(dir, 'a', 'keep.md'), '# Keep\n\n## Todo\n- one\n## Done\n- two\n');
    expect(cli(['build', 'a'], dir).code).toBe(0);
    const before = listFiles(dir);
    expect(before.filter((f) => !f.startsWith('a/') && !f.startsWith('boardwright-out/'))).toEqual(
      [],
    );
    expect(before.filter((f) => f.startsWith('boardwright-out/boards/'))).toEqual([
      'boardwright-out/boards/a-2e-2e-2f-2e-2e-2fetc-passwd.json',
      'boardwright-out/boards/a-keep.json',
    ]);
    expect(cli(['build', 'a/keep.md'], dir).code).toBe(0);
    expect(listFiles(join(dir, 'boardwright-out', 'boards'))).toEqual(['a-keep.json']);
  });
});

describe('boardwright check', () => {
  it('exits 0 on a clean board, 1 on findings at --fail-on, and prints GitHub annotations', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'clean.md'),
      '# Clean\n\n## Backlog\n- AB-1 — [Task] One\n## Done\n- AB-2 — [Task] Two\n',
    );
    const clean = cli(['check'], dir);
    expect(clean.stdout).toBe('No problems found.\n');
    expect(clean.code).toBe(0);

    writeFileSync(
      join(dir, 'dupes.md'),
      '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n',
    );
    const dupes = cli(['check'], dir);
    expect(dupes.code).toBe(1);
    expect(dupes.stdout).toContain('dupes.md:6:1  error  Item id "AB-7" is already used on line 4');
    const gh = cli(['check', '--format', 'github'], dir);
    expect(gh.stdout).toMatch(
      /^::error file=dupes.md,line=6,col=1,title=boardwright duplicate-item-id::Item id "AB-7"/m,
    );
    const json = JSON.parse(cli(['check', '--json'], dir).stdout);
    expect(json).toMatchObject({ schemaVersion: 1, summary: { error: 1, warning: 0 } });
  });

  it('honours rule severities and failOn from the config, and exits 2 on a bad config naming the key', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'dupes.md'),
      '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n',
    );
    writeFileSync(join(dir, 'boardwright.config.yaml'), 'rules:\n  duplicate-item-id: warning\n');
    expect(cli(['check'], dir).code).toBe(0);
    expect(cli(['check', '--fail-on', 'warning'], dir).code).toBe(1);
    writeFileSync(
      join(dir, 'boardwright.config.yaml'),
      'rules:\n  duplicate-item-id: warning\nfailOn: sometimes\n',
    );
    const bad = cli(['check'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      'boardwright.config.yaml:3:9  error  Config key "failOn" must be one of',
    );
  });

  it('exits 2 for a path that does not exist and for unknown options; --help exits 0', () => {
    const dir = tempDir();
    const missing = cli(['check', 'nope.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('Path "nope.md" does not exist');
    expect(cli(['check', '--bogus'], dir).code).toBe(2);
    const help = cli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: boardwright');
    expect(cli(['build', '--help'], dir).stdout).toContain('Exit codes');
  });
});

describe('board discovery and config', () => {
  it('skips node_modules, dist, .git and what it wrote into the out dir, honours include/exclude and dialect overrides', () => {
    const dir = tempDir();
    const board = '# B\n\n## Todo\n- [ ] one\n## Done\n- [x] two\n';
    for (const rel of [
      'docs/a.md',
      'docs/old/b.md',
      'node_modules/x/c.md',
      'dist/d.md',
      '.git/e.md',
      'boardwright-out/summary.md',
      'notes.md',
    ]) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), board);
    }
    writeFileSync(join(dir, 'README.md'), '# Readme\n\nNo tasks here.\n');
    const all = JSON.parse(cli(['build', '--json'], dir).stdout) as Workspace;
    expect(all.boards.map((b) => b.path)).toEqual(['docs/a.md', 'docs/old/b.md', 'notes.md']);
    writeFileSync(
      join(dir, 'boardwright.config.yaml'),
      'include: ["docs/**/*.md"]\nexclude: ["docs/old/**"]\ndialects:\n  "docs/a.md": generic\n',
    );
    const some = JSON.parse(cli(['build', '--json'], dir).stdout) as Workspace;
    expect(some.boards.map((b) => [b.path, b.dialect])).toEqual([['docs/a.md', 'generic']]);
    expect(some.boards[0]!.items).toHaveLength(2);
  });
});
