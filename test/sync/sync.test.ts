import { copyFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubClient, parseMarker, syncIssues } from '../../sync/index.js';
import { loadWorkspace } from '../../workspace.js';
import { labelsManifest } from '../../generators/labels.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import { GitHubStandIn } from './standin.js';

const REPO = { owner: 'owner', name: 'repo' };

let api: GitHubStandIn;
let baseUrl: string;

beforeEach(async () => {
  api = new GitHubStandIn();
  baseUrl = await api.start();
});
afterEach(async () => {
  await api.stop();
  expect(api.violations).toEqual([]);
});

function workspaceOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-sync-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function sync(
  root: string,
  mode: 'plan' | 'apply',
  extra: Partial<Parameters<typeof syncIssues>[0]> = {},
) {
  const { workspace, links } = loadWorkspace({ root });
  const client = githubClient({
    token: 'test-token',
    baseUrl,
    writeIntervalMs: 0,
    notifyIntervalMs: 0,
    retryUnitMs: 1,
  });
  return syncIssues({ workspace, links, client, repo: REPO, mode, ...extra });
}

const BOARD = `# Release board

## Backlog

- [ ] **REL-1**: Write the changelog
  - Priority: High
- [ ] **REL-2**: Tag the release
  - Depends on: REL-1
- [ ] **REL-4**: Announce the release

## Done

- [x] **REL-3**: Freeze the branch
`;

describe('sync (library) against the GitHub stand-in', () => {
  it('creates one issue per item, then a second apply writes nothing', async () => {
    const root = workspaceOf({ 'BOARD.md': BOARD });
    const first = await sync(root, 'apply');
    expect(first.plan.steps.map((s) => [s.kind, s.ref.id])).toEqual([
      ['create', 'REL-1'],
      ['create', 'REL-2'],
      ['create', 'REL-4'],
      ['create', 'REL-3'],
    ]);
    expect(api.issues).toHaveLength(4);
    const byId = new Map(api.issues.map((i) => [parseMarker(i.body)!.id, i]));
    expect(byId.get('REL-1')!.title).toBe('REL-1: Write the changelog');
    expect(byId.get('REL-1')!.labels).toEqual(
      expect.arrayContaining(['boardwright', 'board:board', 'priority:high', 'status:backlog']),
    );
    // REL-2 was created after REL-1, so it links it by number.
    expect(byId.get('REL-2')!.body).toContain(`#${byId.get('REL-1')!.number} (\`REL-1\`)`);
    expect(byId.get('REL-3')!.state).toBe('closed');
    expect(byId.get('REL-3')!.state_reason).toBe('completed');

    api.resetLog();
    const second = await sync(root, 'apply');
    expect(second.plan.steps.every((s) => s.kind === 'noop')).toBe(true);
    expect(second.result!.writes).toBe(0);
    expect(api.writes).toEqual([]);
  });

  it('renaming, finishing, removing and re-adding an item each make the one expected request', async () => {
    const root = workspaceOf({ 'BOARD.md': BOARD });
    await sync(root, 'apply');
    const number = (id: string) => api.issues.find((i) => parseMarker(i.body)?.id === id)!.number;

    writeFileSync(
      join(root, 'BOARD.md'),
      BOARD.replace('Write the changelog', 'Write the release notes'),
    );
    api.resetLog();
    await sync(root, 'apply');
    expect(api.writes.map((w) => [w.method, w.path])).toEqual([
      ['PATCH', `/repos/owner/repo/issues/${number('REL-1')}`],
    ]);
    expect(api.writes[0]!.body).toMatchObject({ title: 'REL-1: Write the release notes' });

    // Moved to Done: the card leaves Backlog and is ticked under ## Done.
    const renamedAndDone = BOARD.replace('Write the changelog', 'Write the release notes')
      .replace('- [ ] **REL-2**: Tag the release\n  - Depends on: REL-1\n', '')
      .replace(
        '## Done\n\n',
        '## Done\n\n- [x] **REL-2**: Tag the release\n  - Depends on: REL-1\n',
      );
    writeFileSync(join(root, 'BOARD.md'), renamedAndDone);
    api.resetLog();
    await sync(root, 'apply');
    expect(api.writes).toHaveLength(1);
    expect(api.writes[0]!.path).toBe(`/repos/owner/repo/issues/${number('REL-2')}`);
    expect(api.writes[0]!.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(api.issue(number('REL-2'))!.labels).toContain('status:done');

    writeFileSync(
      join(root, 'BOARD.md'),
      renamedAndDone.replace('- [ ] **REL-4**: Announce the release\n', ''),
    );
    api.resetLog();
    await sync(root, 'apply');
    expect(api.writes.map((w) => [w.method, w.path])).toEqual([
      ['POST', `/repos/owner/repo/issues/${number('REL-4')}/comments`],
      ['PATCH', `/repos/owner/repo/issues/${number('REL-4')}`],
    ]);
    expect(api.issue(number('REL-4'))).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
    });

    writeFileSync(join(root, 'BOARD.md'), renamedAndDone);
    api.resetLog();
    await sync(root, 'apply');
    expect(api.writes).toHaveLength(1);
    expect(api.writes[0]!.body).toMatchObject({ state: 'open' });
    expect(api.issues).toHaveLength(4);
  });

  it('gives up on a GitHub that never answers instead of holding the job', async () => {
    const root = workspaceOf({ 'BOARD.md': BOARD });
    api.faults.push({
      match: (r) => r.operationId === 'issues/list-for-repo',
      status: 0,
      times: 10,
    });
    const { workspace, links } = loadWorkspace({ root });
    const client = githubClient({
      token: 't',
      baseUrl,
      timeoutMs: 300,
      retries: 1,
      retryUnitMs: 1,
    });
    await expect(
      syncIssues({ workspace, links, client, repo: REPO, mode: 'plan' }),
    ).rejects.toThrow(/did not answer GET \/repos\/owner\/repo\/issues within 0.3 s/);
    // The first attempt and one retry, each cut off by the time limit.
    expect(api.requests.filter((r) => r.operationId === 'issues/list-for-repo')).toHaveLength(2);
  });

  it.each(Object.keys(SEED_EXAMPLES))(
    'seed %s: one issue per item with its labels and milestone; the second run writes nothing',
    async (seed) => {
      const dir = mkdtempSync(join(tmpdir(), `bw-sync-${seed}-`));
      const src = join(ROOT, SEED_EXAMPLES[seed]!);
      copyFileSync(src, join(dir, basename(src)));
      const first = await sync(dir, 'apply');
      const { workspace } = loadWorkspace({ root: dir });
      const board = workspace.boards[0]!;
      expect(first.result!.created).toHaveLength(board.items.length);
      expect(api.issues).toHaveLength(board.items.length);
      const markers = api.issues.map(
        (i) => `${parseMarker(i.body)!.board}/${parseMarker(i.body)!.id}`,
      );
      expect(new Set(markers).size).toBe(board.items.length);
      const manifest = labelsManifest(workspace);
      for (const mapping of manifest.items) {
        const issue = api.issues.find((i) => parseMarker(i.body)!.id === mapping.id)!;
        expect(issue.labels).toEqual(expect.arrayContaining(mapping.labels));
        expect(issue.labels).toEqual(expect.arrayContaining(['boardwright', `board:${board.id}`]));
        expect(api.milestones.find((m) => m.number === issue.milestone)?.title).toBe(
          mapping.milestone,
        );
        const item = board.items.find((i) => i.id === mapping.id)!;
        expect(issue.state).toBe(
          item.status === 'done' || item.status === 'cancelled' ? 'closed' : 'open',
        );
      }
      expect(api.milestones.map((m) => m.title).sort()).toEqual(
        manifest.milestones.map((m) => m.title).sort(),
      );

      api.resetLog();
      const second = await sync(dir, 'apply');
      expect(second.plan.steps.every((s) => s.kind === 'noop')).toBe(true);
      expect(api.writes).toEqual([]);
    },
    600_000,
  );
});
