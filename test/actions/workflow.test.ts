import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { renderedProblems } from '../output/markdown-check.js';
import { FakeGitHub } from './harness.js';
import { runWorkflow } from './workflow.js';

const EXAMPLE = join(ROOT, 'examples', 'workflows', 'boardwright.yml');
const GATES = [
  'Board check',
  'Spec bundles',
  'Doc sync',
  'Parity validate',
  'Parity gate',
  'Diagrams check',
];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Ada',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
    },
  }).trim();
}

/**
 * A repository with a base commit and a pull request commit on top (`head` files and the
 * `copies` of example folders); returns it and the pull_request event.
 */
function pullRequest(
  base: Record<string, string>,
  head: Record<string, string>,
  copies: Array<[string, string]> = [],
): { cwd: string; event: unknown } {
  const cwd = mkdtempSync(join(tmpdir(), 'bw-workflow-'));
  const write = (files: Record<string, string>): void => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
  };
  git(cwd, 'init', '-q', '-b', 'main');
  write(base);
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'base');
  const baseSha = git(cwd, 'rev-parse', 'HEAD');
  write(head);
  for (const [from, to] of copies) cpSync(join(ROOT, from), join(cwd, to), { recursive: true });
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'change');
  const headSha = git(cwd, 'rev-parse', 'HEAD');
  return {
    cwd,
    event: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        title: 'Change the board',
        base: { ref: 'main', sha: baseSha },
        head: { ref: 'feature', sha: headSha },
      },
      repository: { name: 'repo', owner: { login: 'owner' }, full_name: 'owner/repo' },
    },
  };
}

const BOARD = '# Roadmap\n\n## Backlog\n- AB-1 — [Task] One\n## Done\n- AB-2 — [Task] Two\n';

describe('the example workflow, run by the fake runner', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('passes on a repository that only has boards, skipping what does not apply, with one comment', async () => {
    const { cwd, event } = pullRequest(
      { 'docs/ROADMAP.md': BOARD },
      { 'docs/ROADMAP.md': BOARD.replace('One', 'One, renamed') },
    );
    const { steps, failed } = await runWorkflow(EXAMPLE, { cwd, event, apiUrl });
    const ran = steps.filter((s) => s.run);
    for (const s of ran) expect(s.run!.code, `${s.name}\n${s.run!.stdout}`).toBe(0);
    expect(failed).toBe(false);
    expect(ran.map((s) => s.action)).toEqual([
      'board-check',
      'spec-bundle',
      'doc-sync',
      'parity',
      'parity',
      'diagrams',
      'report',
    ]);
    for (const name of ['Parity knowledge base is valid', 'Committed diagrams match the boards'])
      expect(steps.find((s) => s.name === name)!.run!.stdout).toMatch(/::notice::.* skipped: /);
    expect(api.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/owner/repo/issues/7/comments',
    ]);
    const body = api.comments[0]!.body;
    expect(body.split('\n')[0]).toBe('<!-- boardwright:report -->');
    expect(body).toContain('### boardwright: ✅ 1 gate(s) passed, 5 skipped');
    for (const gate of GATES) expect(body).toContain(`| ${gate} |`);
    expect(renderedProblems(body, ['https://github.com/owner/repo/actions/runs/4242'])).toEqual([]);
  });

  it('on a failing repository runs every gate and posts one comment listing each', async () => {
    const dupes = BOARD.replace('AB-2', 'AB-1');
    const { cwd, event } = pullRequest(
      {
        'docs/ROADMAP.md': BOARD,
        'docs/diagrams/stale.mmd': 'graph TD\n  A-->B\n',
      },
      { 'docs/ROADMAP.md': dupes },
      [
        ['examples/doc-sync/drifted', '.'],
        ['examples/spec-bundles/spec-kit/failing', '.'],
      ],
    );
    const { steps, failed } = await runWorkflow(EXAMPLE, { cwd, event, apiUrl });
    expect(failed).toBe(true);
    const code = (name: string): number | null | undefined =>
      steps.find((s) => s.name === name)?.run?.code;
    expect(code('Board check')).toBe(1);
    expect(code('Agent instruction files in step')).toBe(1);
    expect(code('Spec bundles touched by the pull request')).toBe(1);
    expect(code('Committed diagrams match the boards')).toBe(1);
    expect(code('One comment with every gate')).toBe(0);
    expect(steps.every((s) => !s.skipped)).toBe(true);
    expect(api.writes).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body).toMatch(
      /^<!-- boardwright:report -->\n### boardwright: ❌ 4 of 6 gate\(s\) failed/,
    );
    for (const gate of GATES) expect(body).toContain(`| ${gate} |`);
    expect(body).toContain('#### Board check: ❌ failed');
    expect(body).toContain('duplicate-item-id');
  });
});
