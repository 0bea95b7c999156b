import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../sync/index.js';
import { pullRequestEvent, runAction } from '../actions/harness.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import { GitHubStandIn } from './standin.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

let api: GitHubStandIn;
let apiUrl: string;
beforeEach(async () => {
  api = new GitHubStandIn();
  apiUrl = await api.start();
});
afterEach(async () => {
  await api.stop();
  expect(api.violations).toEqual([]);
});

function repoWithSeed(seed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-sync-action-'));
  copyFileSync(join(ROOT, SEED_EXAMPLES[seed]!), join(dir, 'BOARD.md'));
  return dir;
}

describe('actions/sync as the runner runs it', () => {
  it('plans on a pull request with one sticky comment, applies on push, then is in step', async () => {
    const dir = repoWithSeed('002');
    const pr = api.addIssue({ title: 'Add the board', pull_request: true });
    const inputs = { 'github-token': 'ghs_x', 'working-directory': dir, 'write-interval': '0' };

    const planned = await runAction('sync', {
      cwd: dir,
      inputs,
      event: pullRequestEvent(pr.number),
      apiUrl,
    });
    expect(planned.code).toBe(0);
    expect(planned.outputs.created).toBe('59');
    expect(planned.outputs.changes).toBe('true');
    expect(planned.summary).toContain('Issue sync');
    expect(api.issues.filter((i) => !i.pull_request)).toHaveLength(0);
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0]!.body).toContain('59 create');

    const applied = await runAction('sync', {
      cwd: dir,
      inputs: { ...inputs, mode: 'apply' },
      apiUrl,
    });
    expect(applied.code).toBe(0);
    expect(applied.outputs.created).toBe('59');
    const synced = api.issues.filter((i) => parseMarker(i.body));
    expect(synced).toHaveLength(59);

    api.resetLog();
    const check = await runAction('sync', {
      cwd: dir,
      inputs: { ...inputs, mode: 'check' },
      event: pullRequestEvent(pr.number),
      apiUrl,
    });
    expect(check.code).toBe(0);
    expect(check.outputs.changes).toBe('false');
    // Only the sticky comment is written (updated in place), never an issue.
    expect(api.writes.map((w) => w.operationId)).toEqual(['issues/update-comment']);
    expect(pr.comments).toHaveLength(1);
  }, 600_000);

  it('fails a check when the board moved on, and reports a bad mode without a stack trace', async () => {
    const dir = repoWithSeed('002');
    const inputs = {
      'github-token': 'ghs_x',
      'working-directory': dir,
      comment: 'false',
      'write-interval': '0',
    };
    const check = await runAction('sync', {
      cwd: dir,
      inputs: { ...inputs, mode: 'check' },
      apiUrl,
    });
    expect(check.code).not.toBe(0);
    expect(check.outputs.changes).toBe('true');
    const bad = await runAction('sync', { cwd: dir, inputs: { ...inputs, mode: 'push' }, apiUrl });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('mode must be plan, apply, check or pull');
    expect(bad.stdout).not.toMatch(/\n\s+at /);
  }, 600_000);
  it('mode pull commits the board edits onto the branch, or opens one pull request with them', async () => {
    // A repository as actions/checkout leaves it: a clone of a remote, on main.
    const remote = mkdtempSync(join(tmpdir(), 'bw-sync-remote-'));
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const dir = mkdtempSync(join(tmpdir(), 'bw-sync-clone-'));
    git(dir, 'clone', '-q', '--', remote, '.');
    copyFileSync(join(ROOT, SEED_EXAMPLES['004']!), join(dir, 'BOARD.md'));
    git(dir, 'add', 'BOARD.md');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'board');
    git(dir, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    const inputs = {
      'github-token': 'ghs_x',
      'working-directory': dir,
      comment: 'false',
      'write-interval': '0',
    };
    const env = { GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' };
    expect(
      (await runAction('sync', { cwd: dir, inputs: { ...inputs, mode: 'apply' }, apiUrl, env }))
        .code,
    ).toBe(0);

    const close = (n: number) => {
      const issue = api.issues.filter((i) => parseMarker(i.body) && i.state === 'open')[n]!;
      issue.state = 'closed';
      issue.state_reason = 'completed';
      return parseMarker(issue.body)!.id;
    };
    const first = [close(0), close(10), close(20)];
    const pulled = await runAction('sync', {
      cwd: dir,
      inputs: { ...inputs, mode: 'pull' },
      apiUrl,
      env,
    });
    expect(pulled.code).toBe(0);
    expect(pulled.outputs.pulled).toBe('3');
    expect(pulled.outputs.commit).toMatch(/^[0-9a-f]{40}$/);
    // The remote's main got one commit, a fast-forward, that ticks exactly those three items.
    expect(git(remote, 'rev-parse', 'main')).toBe(pulled.outputs.commit);
    const diff = git(remote, 'diff', '-U0', 'main~1', 'main', '--');
    const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(removed).toHaveLength(3);
    expect(added).toEqual(removed.map((l) => `+${l.slice(1).replace('[ ]', '[x]')}`));
    for (const id of first) expect(diff).toContain(`Task ${id}**`);
    expect(git(remote, 'log', '-1', '--format=%an', 'main')).toBe('github-actions[bot]');

    // As a pull request: a branch named after the edits, one pull request into main.
    const second = [close(30)];
    const asPr = await runAction('sync', {
      cwd: dir,
      inputs: { ...inputs, mode: 'pull', 'pull-request': 'true' },
      apiUrl,
      env,
    });
    expect(asPr.code).toBe(0);
    expect(api.pulls).toHaveLength(1);
    const pr = api.pulls[0]!;
    expect(pr.base).toBe('main');
    expect(pr.head).toMatch(/^boardwright\/pull-[0-9a-f]{12}$/);
    expect(asPr.outputs['pull-request']).toBe(String(pr.number));
    expect(pr.body).toContain(second[0]);
    expect(git(remote, 'rev-parse', 'main')).toBe(pulled.outputs.commit);
    expect(git(remote, 'diff', '--stat', 'main', pr.head, '--')).toContain('BOARD.md | 2 +-');
  }, 600_000);
});
