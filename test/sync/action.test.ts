import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../sync/index.js';
import { pullRequestEvent, runAction } from '../actions/harness.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import { GitHubStandIn } from './standin.js';

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
    expect(bad.stdout).toContain('mode must be plan, apply or check');
    expect(bad.stdout).not.toMatch(/\n\s+at /);
  }, 600_000);
});
