import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../sync/index.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import { GitHubStandIn, type Issue } from './standin.js';

const CLI = join(ROOT, 'dist', 'cli.js');
/** Hundreds of real HTTP requests per test: generous on a loaded machine, never a speed check. */
const SLOW = 600_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `boardwright sync` as a user would, against the stand-in; `onStart` sees the child. */
function runSync(
  cwd: string,
  apiUrl: string,
  args: string[],
  onStart?: (child: ChildProcess) => void,
): Promise<Run> {
  const child = spawn(
    process.execPath,
    [CLI, 'sync', '--repo', 'owner/repo', '--write-interval', '0', ...args],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: cwd,
        GITHUB_TOKEN: 'ghs_secret-token-value',
        GITHUB_API_URL: apiUrl,
      },
    },
  );
  onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((ok) => child.on('close', (code) => ok({ code, stdout, stderr })));
}

function seedRepo(seed: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bw-sync-${seed}-`));
  const src = join(ROOT, SEED_EXAMPLES[seed]!);
  copyFileSync(src, join(dir, basename(src)));
  return dir;
}

/** The issues as the board sees them: marker → what matters, independent of numbers. */
function stateOf(api: GitHubStandIn): Map<string, unknown> {
  const numberToId = new Map(api.issues.map((i) => [i.number, parseMarker(i.body)?.id]));
  const milestone = (i: Issue) =>
    api.milestones.find((m) => m.number === i.milestone)?.title ?? null;
  return new Map(
    api.issues.map((i) => [
      `${parseMarker(i.body)?.board}/${parseMarker(i.body)?.id}`,
      {
        title: i.title,
        // Dependency links name numbers, which differ between runs: compare them as ids.
        body: i.body?.replace(/#(\d+) \(/g, (_m, n: string) => `#${numberToId.get(Number(n))} (`),
        labels: [...i.labels].sort(),
        state: i.state,
        milestone: milestone(i),
        assignees: i.assignees,
      },
    ]),
  );
}

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

describe('boardwright sync (CLI) against the GitHub stand-in', () => {
  it(
    'a run killed halfway and run again ends as an uninterrupted run, without duplicates',
    async () => {
      const dir = seedRepo('000');
      const reference = new GitHubStandIn();
      const referenceUrl = await reference.start();
      try {
        expect((await runSync(dir, referenceUrl, ['--apply'])).code).toBe(0);
        const total = reference.writes.length;
        expect(total).toBeGreaterThan(60);

        let killed = false;
        const cut = await runSync(dir, apiUrl, ['--apply'], (child) => {
          api.onWrite = (writes) => {
            if (writes >= Math.floor(total / 2) && !killed) {
              killed = true;
              child.kill('SIGKILL');
            }
          };
        });
        expect(killed).toBe(true);
        expect(cut.code).toBeNull();
        api.onWrite = undefined;
        expect(api.issues.length).toBeLessThan(reference.issues.length);

        const rerun = await runSync(dir, apiUrl, ['--apply']);
        expect(rerun.code).toBe(0);
        expect(api.issues).toHaveLength(reference.issues.length);
        expect(stateOf(api)).toEqual(stateOf(reference));
        api.resetLog();
        await runSync(dir, apiUrl, ['--apply']);
        expect(api.writes).toEqual([]);
      } finally {
        await reference.stop();
        expect(reference.violations).toEqual([]);
      }
    },
    SLOW,
  );

  it(
    'rides out secondary rate limits, 429, 5xx and a create whose answer was lost',
    async () => {
      const dir = seedRepo('002');
      const creates = () => api.requests.filter((r) => r.operationId === 'issues/create').length;
      api.faults.push(
        {
          match: (r) => r.operationId === 'issues/create' && creates() === 3,
          status: 403,
          times: 1,
          headers: { 'retry-after': '1' },
        },
        {
          match: (r) => r.operationId === 'issues/list-labels-for-repo',
          status: 429,
          times: 1,
          headers: { 'retry-after': '1' },
        },
        { match: (r) => r.operationId === 'issues/create-label', status: 500, times: 1 },
        {
          match: (r) => r.operationId === 'issues/create' && creates() === 10,
          status: 502,
          times: 1,
          afterApplying: true,
        },
      );
      const run = await runSync(dir, apiUrl, ['--apply']);
      expect(run.stderr).toContain('secondary rate limit');
      expect(run.code).toBe(0);
      const { workspace } = loadWorkspace({ root: dir });
      expect(api.issues).toHaveLength(workspace.boards[0]!.items.length);
      const ids = api.issues.map((i) => parseMarker(i.body)!.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(api.faults.every((f) => f.times === 0)).toBe(true);
    },
    SLOW,
  );

  it('says what to do without a token, a repository or boards, and never prints the token', async () => {
    const dir = seedRepo('002');
    const noToken = await new Promise<Run>((ok) => {
      const child = spawn(process.execPath, [CLI, 'sync', '--repo', 'owner/repo'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => ok({ code, stdout: '', stderr }));
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('GITHUB_TOKEN');
    const badRepo = await runSync(dir, apiUrl, ['--repo', '../../etc']);
    expect(badRepo.code).toBe(2);
    expect(badRepo.stderr).toContain('is not OWNER/NAME');
    const empty = await runSync(mkdtempSync(join(tmpdir(), 'bw-empty-')), apiUrl, []);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('0 boards found');
    api.faults.push({ match: () => true, status: 401, times: 10, message: 'Bad credentials' });
    const refused = await runSync(dir, apiUrl, ['--apply']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toContain('secret-token-value');
  });
  it('--pull shows the board edits as a diff, --check fails on them, --apply makes them', async () => {
    const dir = seedRepo('002');
    const board = join(dir, basename(SEED_EXAMPLES['002']!));
    expect((await runSync(dir, apiUrl, ['--apply'])).code).toBe(0);
    const before = readFileSync(board);
    const open = api.issues.filter((i) => i.state === 'open').slice(0, 3);
    for (const issue of open) {
      issue.state = 'closed';
      issue.state_reason = 'completed';
    }
    const ids = open.map((i) => parseMarker(i.body)!.id);

    const planned = await runSync(dir, apiUrl, ['--pull']);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain("3 item(s) take their issue's state from GitHub");
    for (const id of ids) expect(planned.stdout).toContain(` ${id} `);
    expect(planned.stdout).toMatch(/^--- a\//m);
    // This board lists items under "Completed" / "Upcoming": each moves its line across.
    // This board lists items under "Completed" / "Upcoming": lines move across in one diff.
    expect(planned.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
    expect(planned.stdout).toContain('+- Persistence for tasks/agents/logs');
    expect(readFileSync(board).equals(before)).toBe(true);
    expect((await runSync(dir, apiUrl, ['--pull', '--check'])).code).toBe(1);

    const json = await runSync(dir, apiUrl, ['--pull', '--json']);
    const doc = JSON.parse(json.stdout) as { changes: Array<{ ref: { id: string } }> };
    expect(doc.changes.map((c) => c.ref.id).sort()).toEqual([...ids].sort());

    api.resetLog();
    const applied = await runSync(dir, apiUrl, ['--pull', '--apply']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Written: "');
    expect(api.writes).toEqual([]);
    const { workspace } = loadWorkspace({ root: dir });
    const done = new Set(
      workspace.boards[0]!.items.filter((i) => i.status === 'done').map((i) => i.id),
    );
    for (const id of ids) expect(done.has(id)).toBe(true);
    expect((await runSync(dir, apiUrl, ['--pull', '--check'])).code).toBe(0);
  });
});
