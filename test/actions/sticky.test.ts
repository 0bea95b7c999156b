import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderedProblems } from '../output/markdown-check.js';
import { FakeGitHub, pullRequestEvent, runAction } from './harness.js';

const DUPES = '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n';
const MARKER = '<!-- boardwright:board-check -->';
const inputs = { 'github-token': 'ghs_secret' };

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-sticky-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('the sticky comment is the bot’s own, by marker and login', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('never overwrites another user’s comment or a comment that only quotes the marker', async () => {
    const other = `${MARKER}\nI copied your marker.`;
    const quoting = `<!-- boardwright:changelog -->\n### Release preview\n- feat: ${MARKER} (abc1234)`;
    api.comments.push(
      { id: 1, body: other, user: { login: 'mallory' } },
      { id: 2, body: quoting, user: { login: 'github-actions[bot]' } },
    );
    const cwd = workspace({ 'board.md': DUPES });
    const run = await runAction('board-check', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(run.code).toBe(1);
    expect(api.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- boardwright:changelog -->',
      MARKER,
    ]);
    expect(api.comments[0]!.body).toBe(other);
    expect(api.comments[1]!.body).toBe(quoting);

    // The rerun updates the bot's own comment, found by the GraphQL author without "[bot]".
    writeFileSync(join(cwd, 'board.md'), DUPES.replace('AB-7 — [Task] Two', 'AB-8 — [Task] Two'));
    await runAction('board-check', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(api.writes.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/repos/owner/repo/issues/comments/${api.comments[2]!.id}`,
    });
    expect(api.comments).toHaveLength(3);
    expect(api.comments[2]!.body).toContain('✅ passed');
  });

  it('leaves a minimized comment alone and matches a personal token’s own login', async () => {
    api.viewer = 'ada';
    api.comments.push(
      { id: 5, body: `${MARKER}\nold`, user: { login: 'ada' }, minimized: true },
      // 150 comments from others: the bot's comment is on the second page of the listing.
      ...Array.from({ length: 150 }, (_, i) => ({
        id: 10 + i,
        body: `${MARKER}\nnoise ${i}`,
        user: { login: `user${i}` },
      })),
      { id: 500, body: `${MARKER}\nprevious`, user: { login: 'ada' } },
    );
    const cwd = workspace({ 'board.md': DUPES });
    await runAction('board-check', { cwd, inputs, event: pullRequestEvent(7), apiUrl });
    expect(api.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
    expect(api.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'PATCH /repos/owner/repo/issues/comments/500',
    ]);
    expect(api.comments[0]!.body).toBe(`${MARKER}\nold`);
  });

  it('gives up on an API that never answers after api-timeout seconds, and the result stands', async () => {
    api.hang = true;
    const cwd = workspace({ 'board.md': DUPES });
    const run = await runAction('board-check', {
      cwd,
      inputs: { ...inputs, 'api-timeout': '1' },
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::notice::The board-check comment was skipped: the GitHub API did not answer POST \/graphql within 1 s\. The check result stands\./,
    );
    expect(run.outputs.passed).toBe('false');
  });

  it('rejects an api-timeout that is not a number of seconds', async () => {
    const cwd = workspace({ 'board.md': DUPES });
    const run = await runAction('board-check', {
      cwd,
      inputs: { ...inputs, 'api-timeout': 'soon' },
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('api-timeout must be a number of seconds from 1 to 600');
  });
});

describe('summaries and comments are capped by bytes', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('750 boards with long names and findings: a comment under 65,536 characters, a summary under 1 MiB, the rest in the report file', async () => {
    const files: Record<string, string> = {};
    const long = 'a-very-long-folder-name-for-boards-of-one-team'.repeat(3);
    for (let i = 0; i < 750; i++) {
      const title = `Board ${i} <b>@team/x</b> ${'word '.repeat(200)}`;
      files[`boards/${long}/board-${String(i).padStart(3, '0')}.md`] =
        `# ${title}\n\n## Backlog\n- AB-${i} — [Task] One ${'x'.repeat(300)}\n## Done\n- AB-${i} — [Task] Two\n`;
    }
    const cwd = workspace(files);
    const run = await runAction('board-check', {
      cwd,
      inputs,
      event: pullRequestEvent(7),
      apiUrl,
      env: { GITHUB_RUN_ID: '42' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.boards).toBe('750');
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/…and \d+ more row\(s\)/);
    const runUrl = 'https://github.com/owner/repo/actions/runs/42';
    expect(body).toContain(`[job summary](${runUrl})`);
    expect(renderedProblems(body, [runUrl])).toEqual([]);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1_048_576);
    expect(run.summary).toContain('step output "report"');
    const full = readFileSync(run.outputs.report!, 'utf8');
    expect(full).toContain('board-749.md');
    expect((full.match(/duplicate-item-id/g) ?? []).length).toBe(750);
  });
});
