import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommits } from '../../release/git.js';
import { cli, tempDir, TestRepo } from './repo.js';

/**
 * Revisions, ranges, tag names and paths come from users and from pull requests: none of them
 * may ever be read by git as an option (`git log --output=/tmp/x` writes a file).
 */
describe('git arguments from input are never options', () => {
  function repo(): TestRepo {
    const r = new TestRepo();
    r.commit('chore: init');
    r.tag('v1.0.0');
    r.commit('feat: search');
    return r;
  }

  it('commit-lint --range=--output=/tmp/x writes nothing and says why', () => {
    const r = repo();
    const out = tempDir();
    const ranges = ['--output=X', 'HEAD..--output=X', '--output=X..HEAD', '--output=X...HEAD'];
    ranges.forEach((range, i) => {
      const target = join(out, `written-${i}`);
      const run = cli(r.dir, 'commit-lint', `--range=${range.replace('X', target)}`);
      expect(run.code, range).toBe(2);
      expect(run.stderr).toMatch(/starts with "-", so git would read it as an option/);
      expect(existsSync(target)).toBe(false);
    });
    expect(cli(r.dir, 'commit-lint', '--range=-p').code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('version and changelog: a path that looks like an option is a path; a tag pattern or remote that does is refused', () => {
    const r = repo();
    const out = tempDir();
    const target = join(out, 'x');
    const byPath = cli(r.dir, 'version', '--json', `--path=--output=${target}`);
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout)).toMatchObject({ release: false, commits: 0 });
    const byPattern = cli(
      r.dir,
      'changelog',
      '--dry-run',
      `--tag-pattern=--output=${target}{version}`,
    );
    expect(byPattern.code).toBe(2);
    expect(byPattern.stderr).toMatch(/starting with "-"/);
    const byRemote = cli(r.dir, 'changelog', '--dry-run', `--remote=--output=${target}`);
    expect(byRemote.code).toBe(2);
    expect(byRemote.stderr).toMatch(/The remote name/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('the library refuses such revisions before git runs', async () => {
    const r = repo();
    await expect(readCommits(r.dir, { from: '--output=x' })).rejects.toMatchObject({
      rule: 'bad-option',
    });
    await expect(readCommits(r.dir, { to: '-n1' })).rejects.toMatchObject({ rule: 'bad-option' });
    await expect(readCommits(r.dir, { to: 'HEAD\nx' })).rejects.toMatchObject({
      rule: 'bad-option',
    });
    expect(await readCommits(r.dir, { from: 'v1.0.0', to: 'HEAD' })).toHaveLength(1);
  });
});
