import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { FakeGitHub, pullRequestEvent, runAction } from './harness.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-action-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const DUPES = '# Dupes\n\n## Backlog\n- AB-7 — [Task] One\n## Done\n- AB-7 — [Task] Two\n';
const CLEAN = '# Clean\n\n## Backlog\n- AB-1 — [Task] One\n## Done\n- AB-2 — [Task] Two\n';

describe('board-check Action, run as the runner runs it', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('fails with an annotation on the board line, a summary, outputs and one sticky comment', async () => {
    const cwd = workspace({ 'board.md': DUPES });
    const inputs = { 'github-token': 'ghs_secret', comment: 'true' };
    const first = await runAction('board-check', {
      cwd,
      inputs,
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(first.code).toBe(1);
    expect(first.annotations.filter((a) => a.includes('file='))).toEqual([
      expect.stringMatching(
        /^::error title=board-check%3A duplicate-item-id,file=board.md,line=6,col=1::Item id "AB-7" is already used on line 4/,
      ),
    ]);
    expect(first.outputs).toMatchObject({
      passed: 'false',
      errors: '1',
      warnings: '0',
      boards: '1',
      items: '2',
    });
    expect(first.summary).toContain('### Board check: ❌ failed');
    expect(first.summary).toContain('| board.md | compact-kanban | 2 | 1 | 50% |');
    expect(first.stdout).toContain('::add-mask::ghs_secret');
    expect(first.stdout).not.toMatch(/ghs_secret(?!$)/m);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    expect(api.requests[0]!.authorization).toBe('token ghs_secret');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:board-check -->\n### Board check: ❌ failed/,
    );

    // The fix is pushed: the second run updates the same comment instead of adding one.
    writeFileSync(join(cwd, 'board.md'), CLEAN);
    const second = await runAction('board-check', {
      cwd,
      inputs,
      event: pullRequestEvent(7),
      apiUrl,
    });
    expect(second.code).toBe(0);
    expect(second.outputs.passed).toBe('true');
    expect(api.requests.slice(2).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      `PATCH /repos/owner/repo/issues/comments/${api.comments[0]!.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('### Board check: ✅ passed');
  });

  it('skips the comment with a notice for a read-only token and still fails on its merits', async () => {
    api.status = 403;
    const cwd = workspace({ 'board.md': DUPES });
    const run = await runAction('board-check', {
      cwd,
      inputs: { 'github-token': 'ghs_readonly' },
      event: pullRequestEvent(9),
      apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::notice::The board-check comment was skipped: the token may not write/,
    );
    expect(run.outputs.passed).toBe('false');
  });

  it('skips the comment without a token, caps annotations at 10 per severity, and exits 2 on unusable input', async () => {
    const many = Array.from({ length: 15 }, (_, i) => `- AB-1 — [Task] Copy ${i}`).join('\n');
    const cwd = workspace({
      'board.md': `# Many\n\n## Backlog\n${many}\n## Done\n`,
      'bad.md': '# x\n\0\0',
    });
    const run = await runAction('board-check', { cwd, event: pullRequestEvent(3), apiUrl });
    expect(run.code).toBe(2);
    // Ten annotations on board lines; the step's own failure message is one more.
    expect(
      run.annotations.filter((a) => a.startsWith('::error') && a.includes('file=')),
    ).toHaveLength(10);
    expect(run.summary).toContain('binary-file');
    expect((run.summary.match(/duplicate-item-id/g) ?? []).length).toBe(14);
    expect(run.stdout).toContain('::notice::No GitHub token: the board-check comment is skipped.');
    expect(api.requests).toEqual([]);
  });

  it('does not comment outside pull requests', async () => {
    const cwd = workspace({ 'board.md': CLEAN });
    const run = await runAction('board-check', { cwd, inputs: { 'github-token': 't' }, apiUrl });
    expect(run.code).toBe(0);
    expect(api.requests).toEqual([]);
  });
});

describe('the example workflow', () => {
  it('is valid workflow YAML whose every step uses a boardwright Action with inputs it declares', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/workflows/boardwright.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const used = new Set<string>();
    for (const job of Object.values(workflow.jobs) as Array<{
      'runs-on': string;
      steps: Array<{ uses?: string; with?: Record<string, string> }>;
    }>) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      for (const step of job.steps) {
        const m = /^boardwright\/boardwright\/actions\/([a-z-]+)@v1$/.exec(step.uses ?? '');
        if (!m) continue;
        used.add(m[1]!);
        const action = parse(readFileSync(join(ROOT, 'actions', m[1]!, 'action.yml'), 'utf8'));
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs)).toContain(input);
        expect(action.runs).toEqual({ using: 'node24', main: `../../dist/actions/${m[1]}.js` });
      }
    }
    expect([...used].sort()).toEqual([
      'board-check',
      'diagrams',
      'doc-sync',
      'parity',
      'report',
      'spec-bundle',
    ]);
  });
});
