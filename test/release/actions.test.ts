import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub, pullRequestEvent, runAction } from '../actions/harness.js';
import { TestRepo, short, tempDir } from './repo.js';

function project() {
  const repo = new TestRepo();
  repo.git('remote', 'add', 'origin', 'https://github.com/owner/repo.git');
  repo.commit('chore: init');
  repo.tag('v1.4.0');
  const feat = repo.commit('feat(BSP-020): show burndown');
  const date = repo.nextDate;
  const fix = repo.commit('fix: round percentages\n\nRefs M2.1');
  return { repo, feat, fix, date };
}

describe('changelog, version and commit-lint Actions, run as the runner runs them', () => {
  let api: FakeGitHub;
  let apiUrl: string;
  beforeEach(async () => {
    api = new FakeGitHub();
    apiUrl = await api.start();
  });
  afterEach(() => api.stop());

  it('changelog on a pull request: outputs, a summary with the section, one sticky preview comment', async () => {
    const { repo, feat, fix, date } = project();
    const inputs = { 'github-token': 'ghs_token', layout: 'keep-a-changelog' };
    const first = await runAction('changelog', {
      cwd: repo.dir,
      inputs,
      event: pullRequestEvent(5),
      apiUrl,
    });
    expect(first.code).toBe(0);
    const section = [
      `## [1.5.0] - ${date}`,
      '',
      '### Added',
      '',
      `- **BSP-020:** show burndown ([${short(feat)}](https://github.com/owner/repo/commit/${feat}))`,
      '',
      '### Fixed',
      '',
      `- round percentages ([${short(fix)}](https://github.com/owner/repo/commit/${fix})), refs M2.1`,
      '',
    ].join('\n');
    expect(first.outputs).toMatchObject({
      version: '1.5.0',
      bump: 'minor',
      release: 'true',
      tag: 'v1.5.0',
      'previous-tag': 'v1.4.0',
      changelog: section,
      items: 'BSP-020 M2.1',
      changed: 'true',
      written: 'false',
      tagged: 'false',
      passed: 'true',
      errors: '0',
    });
    expect(first.summary).toContain('### Changelog: ✅ passed');
    expect(first.summary).toContain(
      '1.5.0 (minor bump from v1.4.0): 2 commit(s), 2 change(s) listed.',
    );
    expect(first.summary).toContain(`| feat | BSP-020: show burndown | ${short(feat)} |`);
    // The section as it renders, two heading levels down, commit text escaped.
    const preview = section.trimEnd().replace(/^(#{1,4}) /gm, '##$1 ');
    expect(preview).toContain('##### Added');
    expect(first.summary).toContain(`### Release preview`);
    expect(first.summary).toContain(preview);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toBe(
      `<!-- boardwright:changelog -->\n### Release preview\n\nMerging this would release **1.5.0** — 1.5.0 (minor bump from v1.4.0): 2 commit(s), 2 change(s) listed.\n\nThe changelog section it would write:\n\n${preview}\n`,
    );
    // Nothing is written without write: true.
    expect(() => readFileSync(join(repo.dir, 'CHANGELOG.md'))).toThrow();

    // A new push to the pull request updates the same comment.
    repo.commit('perf: faster burndown');
    const second = await runAction('changelog', {
      cwd: repo.dir,
      inputs,
      event: pullRequestEvent(5),
      apiUrl,
    });
    expect(second.code).toBe(0);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/owner/repo/issues/5/comments',
      'POST /graphql',
      `PATCH /repos/owner/repo/issues/comments/${api.comments[0]!.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('faster burndown');
  });

  it('changelog with write on a push writes CHANGELOG.md; the version Action gives the same outputs', async () => {
    const { repo } = project();
    const run = await runAction('changelog', {
      cwd: repo.dir,
      inputs: { write: 'true', 'github-token': 't' },
      apiUrl,
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ version: '1.5.0', changed: 'true', written: 'true' });
    const text = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(text).toContain(`## [Unreleased]\n\n${run.outputs.changelog}\n[unreleased]:`);
    expect(api.requests).toEqual([]); // not a pull request: no comment

    const version = await runAction('version', {
      cwd: repo.dir,
      inputs: { 'tag-prefix': 'v' },
      apiUrl,
    });
    expect(version.code).toBe(0);
    expect(version.outputs).toMatchObject({
      version: '1.5.0',
      bump: 'minor',
      tag: 'v1.5.0',
      changelog: run.outputs.changelog,
      'release-notes': expect.stringContaining('**Changes since v1.4.0:**'),
    });
    expect(version.summary).toContain('### Next version: ✅ passed');
  });

  it('a shallow checkout fails the step with exit 2 and says to fetch the full history', async () => {
    const { repo } = project();
    const clone = join(tempDir('bw-action-shallow-'), 'c');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    const run = await runAction('version', {
      cwd: clone,
      inputs: { 'github-token': 't', comment: 'false' },
      event: pullRequestEvent(2),
      apiUrl,
    });
    expect(run.code).toBe(2);
    expect(run.annotations[0]).toMatch(
      /^::error title=version%3A shallow-clone::.* is a shallow clone: .*"fetch-depth: 0"\./,
    );
    expect(run.summary).toContain('### Next version: ⛔ unusable input');
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+/);
    expect(api.requests).toEqual([]);
  });

  it('commit-lint: the PR title and every PR commit, one annotation per broken rule, a summary and a comment', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'topic');
    const ok = repo.commit('feat(api): paging');
    const bad = repo.commit('Fixed stuff');
    const head = repo.git('rev-parse', 'HEAD');
    const event = {
      ...(pullRequestEvent(9) as object),
      pull_request: { number: 9, title: 'Add paging', base: { sha: base }, head: { sha: head } },
    };
    const run = await runAction('commit-lint', {
      cwd: repo.dir,
      inputs: { 'github-token': 't' },
      event,
      apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.startsWith('::error title=commit-lint'))).toEqual([
      expect.stringMatching(
        /^::error title=commit-lint%3A subject-empty::PR title: Subject may not be empty\./,
      ),
      expect.stringMatching(
        /^::error title=commit-lint%3A type-empty::PR title: Type may not be empty\. "Add paging" is not a conventional commit header \(there is no "type:" prefix\)\. Write the header as/,
      ),
      expect.stringMatching(
        new RegExp(`^::error title=commit-lint%3A subject-empty::commit ${short(bad)}: `),
      ),
      expect.stringMatching(
        new RegExp(
          `^::error title=commit-lint%3A type-empty::commit ${short(bad)}: Type may not be empty\\. "Fixed stuff" is not`,
        ),
      ),
    ]);
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '4', checked: '3', failed: '2' });
    // The headline is escaped like all text in a summary: the @ mentions no one.
    expect(run.summary).toContain(
      'Checked the pull request title and 2 commit(s) with @&#8203;commitlint/config-conventional (built in); 2 failed.',
    );
    expect(run.summary).toContain(`| ✅ | ${short(ok)} | feat(api): paging |`);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(
      /^<!-- boardwright:commit-lint -->\n### Commit lint: ❌ failed/,
    );

    const titleOnly = await runAction('commit-lint', {
      cwd: repo.dir,
      inputs: { check: 'title', title: 'feat: add paging', comment: 'false' },
      event,
      apiUrl,
    });
    expect(titleOnly.code).toBe(0);
    expect(titleOnly.outputs).toMatchObject({ passed: 'true', checked: '1', failed: '0' });

    // A commitlint configuration named by the input (the repository's own would be found too).
    repo.write({ 'lint.json': '{"rules":{"header-max-length":[2,"always",10]}}' });
    const configured = await runAction('commit-lint', {
      cwd: repo.dir,
      inputs: {
        check: 'title',
        title: 'feat: add paging',
        comment: 'false',
        'commitlint-config': 'lint.json',
      },
      event,
      apiUrl,
    });
    expect(configured.code).toBe(1);
    expect(configured.summary).toContain('with lint.json; 1 failed.');
  });
});
