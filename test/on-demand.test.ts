import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadYaml } from '../io/yaml.js';
import { ROOT } from './helpers.js';

const PLAIN = '# Tiny\n\n## To Do\n\n- [ ] **T-1**: the only task\n';
const OBSIDIAN =
  '---\nkanban-plugin: basic\n---\n\n## To Do\n\n- [ ] first task\n\n' +
  '## In Progress\n\n- [ ] second task\n- [ ] third task\n';
const CONFIG = 'wip:\n  In Progress: 1\n';

/**
 * A module to preload with `node --import`: it records every ES module Node loads (a load hook)
 * and, at exit, every CommonJS module in the require cache, and writes both to $OBSERVED.
 */
const OBSERVER = `
import { createRequire, register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const esm = [];
port1.on('message', (url) => esm.push(url));
port1.unref();
register(
  'data:text/javascript,' +
    encodeURIComponent(
      'let port; export function initialize(data) { port = data.port; }' +
        'export async function load(url, context, next) { port.postMessage(url); return next(url, context); }',
    ),
  { data: { port: port2 }, transferList: [port2] },
);
process.on('exit', () => {
  const cjs = Object.keys(createRequire(import.meta.url).cache);
  writeFileSync(process.env.OBSERVED, JSON.stringify({ esm, cjs }));
});
`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-yaml-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Runs `node --import observer cli …` in `cwd`; returns the run and the files it loaded. */
function observedRun(cli: string, cwd: string, args: string[]) {
  const tools = tempDir({ 'observe.mjs': OBSERVER });
  const observed = join(tools, 'observed.json');
  const run = spawnSync(process.execPath, ['--import', join(tools, 'observe.mjs'), cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, OBSERVED: observed, BOARDWRIGHT_THREADS: '1' },
  });
  const { esm, cjs } = JSON.parse(readFileSync(observed, 'utf8')) as {
    esm: string[];
    cjs: string[];
  };
  const files = [...esm.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)), ...cjs];
  return { run, files };
}

/** The files of dist/vendor/ (io/on-demand.ts) among `files`. */
const vendored = (files: string[]): string[] =>
  files.filter((f) => dirname(f).endsWith(join('dist', 'vendor'))).map((f) => basename(f));

describe('the YAML parser and the config validator are required only when needed', () => {
  it('are not loaded, nor anything from node_modules, by the bundle checking a plain board', () => {
    const cwd = tempDir({ 'board.md': PLAIN });
    const { run, files } = observedRun(join(ROOT, 'dist', 'cli.js'), cwd, [
      'check',
      'board.md',
      '--no-cache',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('No problems found.\n');
    expect(run.status).toBe(0);
    // The observer saw the bundle load: the entry and the chunks it imports.
    expect(files).toContain(join(ROOT, 'dist', 'cli.js'));
    expect(files.filter((f) => f.includes(join('dist', 'chunks'))).length).toBeGreaterThan(3);
    expect(files.filter((f) => /[\\/]yaml[\\/.]/.test(f))).toEqual([]);
    expect(vendored(files)).toEqual([]);
    // Nor anything else from node_modules beside the bundle (fdir's optional picomatch, dropped
    // by the build).
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    // esbuild marks each bundled module with its path: no loaded file holds their code.
    const bundled = files
      .filter((f) => f.startsWith(join(ROOT, 'dist')))
      .map((f) => readFileSync(f, 'utf8'));
    expect(bundled.filter((text) => text.includes('// node_modules/yaml/'))).toEqual([]);
    expect(bundled.filter((text) => text.includes('// model/generated/config-'))).toEqual([]);
  });

  it('are loaded from the bundle’s own copies for front matter and a config file', () => {
    const cwd = tempDir({ 'board.md': OBSIDIAN, 'boardwright.config.yaml': CONFIG });
    const { run, files } = observedRun(join(ROOT, 'dist', 'cli.js'), cwd, [
      'check',
      'board.md',
      '--no-cache',
    ]);
    expect(run.stdout).toContain('Column "In Progress" holds 2 items; its WIP limit is 1.');
    expect(files.filter((f) => /[\\/]yaml[\\/.]/.test(f))).toEqual([
      join(ROOT, 'dist', 'vendor', 'yaml.cjs'),
    ]);
    expect(vendored(files).sort()).toEqual(['config-validator.cjs', 'yaml.cjs']);
  });

  it('reads front matter and a config file from a copy of dist/ without node_modules', () => {
    const pkg = tempDir({ 'package.json': readFileSync(join(ROOT, 'package.json'), 'utf8') });
    cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
    const cwd = tempDir({ 'board.md': OBSIDIAN, 'boardwright.config.yaml': CONFIG });
    const cli = join(pkg, 'dist', 'cli.js');

    const { run, files } = observedRun(cli, cwd, ['check', 'board.md', '--no-cache', '--json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      diagnostics: Array<{ rule: string; path: string; line: number }>;
    };
    expect(report.diagnostics.map((d) => [d.rule, d.path, d.line])).toEqual([
      ['wip-limit', 'board.md', 9],
    ]);
    expect(files.filter((f) => /[\\/]yaml[\\/.]/.test(f))).toEqual([
      join(pkg, 'dist', 'vendor', 'yaml.cjs'),
    ]);
    expect(files.filter((f) => f.includes('config-validator'))).toEqual([
      join(pkg, 'dist', 'vendor', 'config-validator.cjs'),
    ]);

    const dialects = spawnSync(process.execPath, [cli, 'dialects', 'board.md'], {
      cwd,
      encoding: 'utf8',
    });
    expect(dialects.stdout).toMatch(/^board\.md is read as obsidian-kanban: 2 groups, 3 items/);

    // A schema error in the config is found by the validator and placed on its line.
    writeFileSync(join(cwd, 'boardwright.config.yaml'), 'wip:\n  In Progress: one\n');
    const invalid = spawnSync(process.execPath, [cli, 'check', 'board.md', '--no-cache'], {
      cwd,
      encoding: 'utf8',
    });
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toMatch(
      /^boardwright\.config\.yaml:2:\d+ +error +Config key "wip\.In Progress" must be integer/m,
    );

    // A YAML error in the config is placed by the parser, on its line.
    writeFileSync(join(cwd, 'boardwright.config.yaml'), 'wip:\n  In Progress: 1\nrules: [\n');
    const broken = spawnSync(process.execPath, [cli, 'check', 'board.md', '--no-cache'], {
      cwd,
      encoding: 'utf8',
    });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toMatch(
      /^boardwright\.config\.yaml:\d+:\d+ +error +Config file is not valid YAML\/JSON: /m,
    );
  });

  it('runs the board-check Action from a copy of dist/ without node_modules', () => {
    const pkg = tempDir({ 'package.json': readFileSync(join(ROOT, 'package.json'), 'utf8') });
    cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
    const cwd = tempDir({ 'board.md': OBSIDIAN, 'boardwright.config.yaml': CONFIG });
    const runner = tempDir({ output: '', summary: '', 'event.json': '{}' });
    const run = spawnSync(process.execPath, [join(pkg, 'dist', 'actions', 'board-check.js')], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: runner,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: cwd,
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(runner, 'event.json'),
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        GITHUB_SHA: 'abc',
        RUNNER_TEMP: runner,
        INPUT_COMMENT: 'false',
      },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning title=board-check%3A wip-limit,file=board\.md,line=9,col=1::Column "In Progress" holds 2 items/m,
    );
    expect(readFileSync(join(runner, 'output'), 'utf8')).toMatch(/^warnings<<.*\n1\n/m);
  });

  it('gives every caller in the sources the one installed instance', () => {
    expect(loadYaml()).toBe(loadYaml());
    expect(loadYaml().parseDocument).toBe(parseDocument);
  });
});
