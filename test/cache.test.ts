import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadCache } from '../kanban/cache.js';
import { loadWorkspace } from '../workspace.js';
import { ROOT } from './helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'bw-cache-'));

/** The environment of a CLI run, without the suite's cache folder. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env, ...extra };
  if (!('BOARDWRIGHT_CACHE_DIR' in extra)) delete e.BOARDWRIGHT_CACHE_DIR;
  return e;
}

function cli(args: string[], cwd: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: env(extra), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Entry files in a cache folder, all versions. */
function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((v) =>
    readdirSync(join(dir, v))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(v, f)),
  );
}

/** A workspace with two boards, one of them long enough to be read in many chunks. */
function workspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'boards'));
  const items = Array.from(
    { length: 400 },
    (_, i) =>
      `- [${i % 3 ? ' ' : 'x'}] **T-${i}**: task ${i}\n  - Dependencies: ${i ? `T-${i - 1}` : 'none'}`,
  );
  writeFileSync(join(dir, 'boards/big.md'), `# Big\n\n## To Do\n\n${items.join('\n')}\n`);
  writeFileSync(
    join(dir, 'boards/small.md'),
    '# Small\n\n## Done\n\n- [x] **S-1**: done\n- [ ] **S-1**: twice\n',
  );
  return dir;
}

describe('ReadCache', () => {
  it('gives back what was stored under a key of the same parts, and nothing for other parts', () => {
    const cache = new ReadCache(tempDir(), 'test');
    const key = cache.key('options', 'a.md', new Uint8Array([1, 2, 3]));
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, { board: { items: [1, 2] }, diagnostics: [] });
    expect(cache.get(key)).toEqual({ board: { items: [1, 2] }, diagnostics: [] });
    expect(cache.key('options', 'a.md', new Uint8Array([1, 2, 4]))).not.toBe(key);
    expect(cache.key('options', 'b.md', new Uint8Array([1, 2, 3]))).not.toBe(key);
    // Part boundaries count: ('ab', 'c') is not ('a', 'bc').
    expect(cache.key('ab', 'c')).not.toBe(cache.key('a', 'bc'));
    expect(
      new ReadCache(cache.dir, 'other-build').key('options', 'a.md', new Uint8Array([1, 2, 3])),
    ).not.toBe(key);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, writes: 1 });
  });

  it('reads a torn or foreign entry as a miss', () => {
    const cache = new ReadCache(tempDir(), 'test');
    const [a, b] = [cache.key('a'), cache.key('b')];
    cache.set(a, { x: 1 });
    writeFileSync(join(cache.dir, `${b}.json`), '{"key":"');
    expect(cache.get(b)).toBeUndefined();
    writeFileSync(join(cache.dir, `${b}.json`), readFileSync(join(cache.dir, `${a}.json`)));
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toEqual({ x: 1 });
  });

  it('turns itself off for the run when its folder cannot be written', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const cache = new ReadCache(file, 'test');
    cache.set(cache.key('a'), 1);
    cache.set(cache.key('b'), 2);
    expect(cache.stats.writes).toBe(0);
    expect(cache.stats.disabled).toMatch(/ENOTDIR|EEXIST/);
  });

  it('prunes old entries and old versions it made, and nothing else', () => {
    const root = tempDir();
    const old = new ReadCache(root, 'old');
    old.set(old.key('x'), 1);
    const foreign = join(root, 'v1-not-ours');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.json'), '{}');
    const cache = new ReadCache(root, 'new');
    const [stale, fresh] = [cache.key('stale'), cache.key('fresh')];
    cache.set(stale, 1);
    cache.set(fresh, 2);
    const long = Date.now() / 1000 - 40 * 24 * 3600;
    utimesSync(join(cache.dir, `${stale}.json`), long, long);
    utimesSync(old.dir, long, long);
    utimesSync(foreign, long, long);
    cache.prune();
    expect(existsSync(join(cache.dir, `${stale}.json`))).toBe(false);
    expect(cache.get(fresh)).toBe(2);
    expect(existsSync(old.dir)).toBe(false);
    expect(existsSync(join(foreign, 'keep.json'))).toBe(true);
  });
});

describe('the parse cache in loadWorkspace', () => {
  it('serves the same workspace from the cache as from a fresh read, and re-reads a changed file', () => {
    const dir = workspace();
    const cache = (): ReadCache => new ReadCache(join(dir, '.cache'), 'test');
    const fresh = loadWorkspace({ root: dir, cache: false });
    const first = loadWorkspace({ root: dir, cache: cache() });
    const second = loadWorkspace({ root: dir, cache: cache() });
    expect(first.cache).toMatchObject({ hits: 0, misses: 2, writes: 2 });
    expect(second.cache).toMatchObject({ hits: 2, misses: 0, writes: 0 });
    expect(second.workspace).toEqual(fresh.workspace);
    expect(first.workspace).toEqual(fresh.workspace);
    writeFileSync(join(dir, 'boards/small.md'), '# Small\n\n## Done\n\n- [x] **S-1**: done\n');
    const third = loadWorkspace({ root: dir, cache: cache() });
    expect(third.cache).toMatchObject({ hits: 1, misses: 1, writes: 1 });
    expect(third.workspace).toEqual(loadWorkspace({ root: dir, cache: false }).workspace);
  });
});

describe('the parse cache from the command line', () => {
  it('is on by default, gives the same output warm as cold, and stays off with --no-cache', () => {
    const dir = workspace();
    const cacheDir = join(dir, '.bw-cache');
    const cold = cli(['check', '--no-cache', '--format', 'json'], dir, {
      BOARDWRIGHT_CACHE_DIR: cacheDir,
    });
    expect(entries(cacheDir)).toEqual([]);
    const first = cli(['check', '--format', 'json'], dir, { BOARDWRIGHT_CACHE_DIR: cacheDir });
    expect(entries(cacheDir)).toHaveLength(2);
    const warm = cli(['check', '--format', 'json'], dir, { BOARDWRIGHT_CACHE_DIR: cacheDir });
    expect(JSON.parse(cold.stdout).diagnostics.length).toBeGreaterThan(0);
    expect(first.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    const built = [
      cli(['build', '--json', '--no-cache'], dir),
      cli(['build', '--json', '--cache-dir', cacheDir], dir),
    ];
    expect(built[1]!.stdout).toBe(built[0]!.stdout);
  });

  it('follows the config: off with cache: false, a folder inside the workspace with cache.dir', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'boardwright.config.yaml'), 'cache: false\n');
    cli(['check'], dir, { XDG_CACHE_HOME: join(dir, 'xdg') });
    expect(entries(join(dir, 'xdg', 'boardwright'))).toEqual([]);
    writeFileSync(join(dir, 'boardwright.config.yaml'), 'cache:\n  dir: .cache/bw\n');
    cli(['check'], dir);
    expect(entries(join(dir, '.cache/bw'))).toHaveLength(2);
    writeFileSync(join(dir, 'boardwright.config.yaml'), 'cache:\n  dir: ../outside\n');
    const r = cli(['check'], dir, { XDG_CACHE_HOME: join(dir, 'xdg') });
    expect(r.stdout).toMatch(/cache folder "\.\.\/outside" is outside the workspace/);
    expect(existsSync(join(dir, '..', 'outside'))).toBe(false);
    expect(entries(join(dir, 'xdg', 'boardwright'))).toHaveLength(2);
  });

  it('is safe for concurrent runs on one cache folder', async () => {
    const dir = workspace();
    const cacheDir = join(dir, '.shared-cache');
    const expected = cli(['check', '--no-cache', '--format', 'json'], dir).stdout;
    const outputs = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<string>((done) => {
            const child = spawn(
              process.execPath,
              [CLI, 'check', '--format', 'json', '--cache-dir', cacheDir],
              {
                cwd: dir,
                env: env(),
              },
            );
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d.toString()));
            child.on('close', () => done(out));
          }),
      ),
    );
    for (const out of outputs) expect(out).toBe(expected);
    const files = readdirSync(join(cacheDir, readdirSync(cacheDir)[0]!));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(cli(['check', '--format', 'json', '--cache-dir', cacheDir], dir).stdout).toBe(expected);
  });
});
