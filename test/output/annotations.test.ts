import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/types.js';
import { githubAnnotations, repositoryRoot } from '../../report/annotations.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../release/repo.js';
import { runnerCommands } from './runner.js';

const DUPES = '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n';
const AGENTS = '# Agents\n\n## Setup\n\nRun npm ci.\n\n## Testing\n\nRun npm test.\n';
const CLAUDE = '# Agents\n\n## Setup\n\nRun make.\n\n## Testing\n\nRun make check, then lint.\n';

/** A repository checked out at `<workspace>/checkout` (actions/checkout `path:`), boards in tracker/. */
function checkout(): { workspace: string; repo: string; tracker: string } {
  const workspace = tempDir('bw-annotations-');
  const repo = join(workspace, 'checkout');
  const tracker = join(repo, 'tracker');
  mkdirSync(tracker, { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(join(tracker, 'board.md'), DUPES);
  writeFileSync(join(tracker, 'AGENTS.md'), AGENTS);
  writeFileSync(join(tracker, 'CLAUDE.md'), CLAUDE);
  return { workspace, repo, tracker };
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The `file=` property of every workflow command in `stdout`. */
function files(stdout: string): Array<string | undefined> {
  return runnerCommands(stdout).map((line) => /^::\w+ (?:[^:]*,)?file=([^,]*),/.exec(line)?.[1]);
}

describe('--format github names files from the repository root', () => {
  const saved = process.env.GITHUB_WORKSPACE;
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = saved;
  });

  it('check and build, run in a subfolder or with -C, locally and on a runner', () => {
    const { workspace, tracker } = checkout();
    const runner = { GITHUB_WORKSPACE: workspace };
    for (const [cwd, args, env] of [
      [tracker, ['check', '--format', 'github'], {}],
      [tracker, ['check', '--format', 'github'], runner],
      [workspace, ['-C', 'checkout/tracker', 'check', '--format', 'github'], runner],
      [workspace, ['-C', 'checkout/tracker', 'build', '--out', 'out', '--format', 'github'], {}],
    ] as const) {
      const run = cli(cwd, [...args], env);
      expect(run.stderr).toBe('');
      expect(files(run.stdout), args.join(' ')).toEqual(['tracker/board.md']);
      expect(run.stdout).toMatch(
        /^::error file=tracker\/board.md,line=6,col=1,title=boardwright duplicate-item-id::Item id "AB-7"/,
      );
    }
  });

  it('doc-sync, spec-bundle and diagrams use the same paths', () => {
    const { tracker } = checkout();
    const docSync = cli(tracker, ['doc-sync', 'AGENTS.md', 'CLAUDE.md', '--format', 'github']);
    expect(docSync.code).toBe(1);
    expect(new Set(files(docSync.stdout))).toEqual(new Set(['tracker/CLAUDE.md']));
    writeFileSync(join(tracker, 'p.json'), '{"bundles": [{"files": [{"colour": 1}]}]}\n');
    const spec = cli(tracker, ['spec-bundle', '--profile-file', 'p.json', '--format', 'github']);
    expect(spec.code).toBe(2);
    expect(new Set(files(spec.stdout))).toEqual(new Set(['tracker/p.json']));
    writeFileSync(join(tracker, 'boardwright.config.yaml'), 'rules: [\n');
    const diagrams = cli(tracker, ['diagrams', '--check', '--no-user', '--report', 'github']);
    expect(diagrams.code).toBe(2);
    expect(files(diagrams.stdout)).toEqual(['tracker/boardwright.config.yaml']);
  });

  it('outside git, from GITHUB_WORKSPACE on a runner and from the folder checked otherwise', () => {
    const workspace = tempDir('bw-annotations-');
    mkdirSync(join(workspace, 'sub'));
    writeFileSync(join(workspace, 'sub', 'board.md'), DUPES);
    const runner = cli(join(workspace, 'sub'), ['check', '--format', 'github'], {
      GITHUB_WORKSPACE: workspace,
    });
    expect(files(runner.stdout)).toEqual(['sub/board.md']);
    const local = cli(join(workspace, 'sub'), ['check', '--format', 'github']);
    expect(files(local.stdout)).toEqual(['board.md']);
  });

  it('a finding on no file of the repository has no file, line or column', () => {
    const { repo, tracker, workspace } = checkout();
    delete process.env.GITHUB_WORKSPACE;
    expect(repositoryRoot(tracker)).toBe(repo);
    process.env.GITHUB_WORKSPACE = workspace;
    expect(repositoryRoot(tracker)).toBe(repo);
    expect(repositoryRoot(workspace)).toBe(workspace);
    const at = (path: string): Diagnostic => ({
      rule: 'r',
      severity: 'warning',
      message: 'm',
      path,
      line: 2,
      column: 1,
    });
    writeFileSync(join(workspace, 'outside.md'), 'x');
    const out = githubAnnotations(
      [at('board.md'), at('PR title'), at('.'), at('gone.md'), at('../../outside.md')],
      tracker,
    );
    expect(out.split('\n')).toEqual([
      '::warning file=tracker/board.md,line=2,col=1,title=boardwright r::m',
      '::warning title=boardwright r::PR title: m',
      '::warning title=boardwright r::.: m',
      '::warning title=boardwright r::gone.md: m',
      '::warning title=boardwright r::../../outside.md: m',
      '',
    ]);
  });
});
