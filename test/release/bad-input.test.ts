import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, TestRepo, short, tempDir } from './repo.js';

/** A stack trace line, which no message may contain. */
const STACK = /\n\s+at .+[(:]\d+/;

function expectClean(run: { code: number | null; stderr: string; stdout: string }): void {
  expect(run.code).toBe(2);
  expect(run.stderr + run.stdout).not.toMatch(STACK);
}

const CHANGELOG = '# Changelog\n\n## [1.0.0] - 2024-01-01\n\n- Hand-written.\n';

describe('bad input: a clear message, exit code 2, no stack trace, no file written', () => {
  it('no release tag', () => {
    const repo = new TestRepo();
    repo.commit('feat: start');
    repo.tag('nightly');
    const version = cli(repo.dir, 'version');
    expectClean(version);
    expect(version.stderr).toBe(
      'boardwright: No release tag matching "v{version}" is reachable from HEAD, so the last release is unknown. Tags reachable from HEAD: nightly. Tag the last release (git tag -a v1.0.0 <commit>), fetch tags (git fetch --tags), set the tag pattern, or pass --first-release to treat the whole history as the first release. (no-release-tag)\n',
    );
    const write = cli(repo.dir, 'changelog', '--write');
    expectClean(write);
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
    // --json: the same diagnostic as a versioned JSON report on stdout.
    const json = JSON.parse(cli(repo.dir, 'version', '--json').stdout);
    expect(json.diagnostics).toMatchObject([
      { rule: 'no-release-tag', severity: 'error', fatal: true },
    ]);
  });

  it('a release-looking tag that is not semver, newer than the last release', () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0');
    repo.commit('chore: b');
    repo.tag('v1.1.0');
    // v1.0 is older than v1.1.0: harmless, ignored.
    repo.commit('fix: c');
    expect(cli(repo.dir, 'version', '-q')).toMatchObject({ code: 0, stdout: '1.1.1\n' });
    const bad = repo.commit('fix: d');
    repo.tag('v1.2');
    const run = cli(repo.dir, 'version');
    expectClean(run);
    expect(run.stderr).toContain(
      `Tag "v1.2" (${short(bad)}) looks like a release tag of "v{version}" but is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0), and it is newer than the last release v1.1.0.`,
    );
    expect(run.stderr).toMatch(/\(non-semver-tag\)\n$/);
  });

  it('a shallow clone', () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0.0');
    repo.commit('feat: b');
    repo.commit('fix: c');
    const clone = join(tempDir('bw-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    for (const args of [
      ['version'],
      ['changelog', '--write'],
      ['commit-lint', '--range', 'HEAD~1..HEAD'],
    ]) {
      const run = cli(clone, ...args);
      expectClean(run);
      expect(run.stderr).toMatch(
        /is a shallow clone: its history is cut off.*"fetch-depth: 0"\. \(shallow-clone\)\n$/,
      );
    }
    expect(existsSync(join(clone, 'CHANGELOG.md'))).toBe(false);
  });

  it('a commit message that is not UTF-8; the existing changelog stays byte for byte', () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0.0');
    repo.commit('feat: b');
    const latin1 = repo.commitBytes(Buffer.from('fix: caf\xe9 au lait\n', 'latin1'));
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), CHANGELOG);
    const run = cli(repo.dir, 'changelog', '--write');
    expectClean(run);
    expect(run.stderr).toBe(
      `boardwright: Commit ${short(latin1)} ("fix: caf\uFFFD au lait") has a message that is not valid UTF-8 (byte 0xE9 at offset 8). It was probably written in another encoding without an "encoding" header; reword it (git rebase -i, or git replace --edit ${short(latin1)}) or move the release tag past it. (invalid-utf8-commit)\n`,
    );
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(CHANGELOG);
  });

  it('a CHANGELOG.md with conflict markers is refused with its line; version still works', () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0.0');
    repo.commit('feat: b');
    const conflicted =
      '# Changelog\n\n<<<<<<< HEAD\n## [1.1.0] - 2024-01-02\n=======\n## [1.0.1] - 2024-01-02\n>>>>>>> fix\n';
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), conflicted);
    for (const args of [
      ['changelog', '--write'],
      ['changelog', '--dry-run'],
    ]) {
      const run = cli(repo.dir, ...args);
      expectClean(run);
      expect(run.stderr).toBe(
        'CHANGELOG.md:3: CHANGELOG.md has unresolved merge conflict markers (<<<<<<< on line 3): resolve the conflict and commit, then run again. Nothing was written. (changelog-conflict-markers)\n',
      );
    }
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(conflicted);
    expect(cli(repo.dir, 'version', '-q')).toMatchObject({ code: 0, stdout: '1.1.0\n' });
    // A setext underline of "=" alone is not a conflict.
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), 'Changelog\n=======\n');
    expect(cli(repo.dir, 'changelog', '--write').code).toBe(0);
  });

  it('a CHANGELOG.md that is not UTF-8 is refused', () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0.0');
    repo.commit('feat: b');
    const bytes = Buffer.from('# Changelog\n\nCaf\xe9\n', 'latin1');
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), bytes);
    const run = cli(repo.dir, 'changelog', '--write');
    expectClean(run);
    expect(run.stderr).toMatch(/^CHANGELOG\.md:3: CHANGELOG\.md is not valid UTF-8 \(line 3\)/);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md')).equals(bytes)).toBe(true);
  });

  it('not a repository, and bad options', () => {
    const dir = tempDir('bw-norepo-');
    const run = cli(dir, 'version');
    expectClean(run);
    expect(run.stderr).toMatch(
      /is not inside a git repository: changelogs and versions are read from git history/,
    );
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.0.0');
    repo.commit('feat: b');
    for (const [args, message] of [
      [['version', '--release-as', 'soon'], '--release-as "soon" is not a semantic version'],
      [
        ['changelog', '--date', '2024-02-30'],
        '--date "2024-02-30" is not a date in YYYY-MM-DD form.',
      ],
      [['version', '--tag-pattern', 'v{version}-{version}'], 'must contain {version} once'],
      [['version', '--prerelease', 'r c'], 'must be letters, digits and hyphens'],
      [['commit-lint', '--range', 'nope..HEAD'], 'git log failed'],
      [['changelog', '--write', '--file', '../CHANGELOG.md'], 'is outside'],
    ] as const) {
      const bad = cli(repo.dir, ...args);
      expect([args, bad.code, bad.stderr]).toEqual([args, 2, expect.any(String)]);
      expectClean(bad);
      expect(bad.stderr).toContain(message);
    }
    expect(cli(repo.dir, 'changelog', '--layout', 'fancy').code).toBe(2);
    expect(existsSync(join(repo.dir, '..', 'CHANGELOG.md'))).toBe(false);
  });
});
