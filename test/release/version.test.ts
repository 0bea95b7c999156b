import { describe, expect, it } from 'vitest';
import { ReleaseError } from '../../release/errors.js';
import { planRelease, type ReleaseOptions } from '../../release/release.js';
import { TestRepo } from './repo.js';

/** A repository released as `tag`, then `messages` committed in order. */
function released(tag: string, messages: string[]): TestRepo {
  const repo = new TestRepo();
  repo.commit('chore: initial commit');
  repo.tag(tag);
  for (const m of messages) repo.commit(m);
  return repo;
}

async function next(repo: TestRepo, options: Partial<ReleaseOptions> = {}) {
  const plan = await planRelease({ cwd: repo.dir, ...options });
  return { version: plan.version, bump: plan.bump, release: plan.release };
}

describe('next version (Conventional Commits 1.0.0 → SemVer 2.0.0) from real history', () => {
  it.each([
    ['fix → patch', ['fix: handle empty boards'], '1.2.4', 'patch'],
    ['perf → patch', ['perf(parser): cache headings'], '1.2.4', 'patch'],
    ['feat → minor, over fixes', ['fix: a', 'feat(api): add paging', 'fix: b'], '1.3.0', 'minor'],
    ['"!" → major', ['feat(api)!: drop v1 routes'], '2.0.0', 'major'],
    [
      'BREAKING CHANGE footer → major',
      ['fix: trim ids\n\nBREAKING CHANGE: ids are trimmed'],
      '2.0.0',
      'major',
    ],
    [
      'BREAKING-CHANGE footer → major',
      ['perf: x\n\nBREAKING-CHANGE: cache is on disk'],
      '2.0.0',
      'major',
    ],
    [
      'lower-case "breaking change:" is not breaking (spec §16)',
      ['fix: x\n\nbreaking change: no'],
      '1.2.4',
      'patch',
    ],
    [
      'docs, chore and non-conventional commits release nothing',
      ['docs: typo', 'Update README', 'chore(deps): bump'],
      '1.2.3',
      'none',
    ],
  ])('%s', async (_name, messages, version, bump) => {
    const repo = released('v1.2.3', messages);
    expect(await next(repo)).toEqual({ version, bump, release: bump !== 'none' });
  });

  it('0.x: a breaking change goes to 1.0.0, or to the next minor with bumpMinorPreMajor', async () => {
    const repo = released('v0.3.1', ['feat!: new board format', 'fix: y']);
    expect(await next(repo)).toEqual({ version: '1.0.0', bump: 'major', release: true });
    expect(await next(repo, { bumpMinorPreMajor: true })).toEqual({
      version: '0.4.0',
      bump: 'minor',
      release: true,
    });
  });

  it('prereleases count up -rc.N; the stable release covers everything since the last stable tag', async () => {
    const repo = released('v1.0.0', ['feat: search']);
    expect((await next(repo, { prerelease: 'rc' })).version).toBe('1.1.0-rc.0');
    repo.tag('v1.1.0-rc.0');
    const fix = repo.commit('fix: search ranks exact matches first');
    const rc1 = await planRelease({ cwd: repo.dir, prerelease: 'rc' });
    expect(rc1.version).toBe('1.1.0-rc.1');
    // The rc.1 section lists what came since rc.0 only.
    expect(rc1.previous?.name).toBe('v1.1.0-rc.0');
    expect(rc1.changes.map((c) => c.hash)).toEqual([fix]);
    repo.tag('v1.1.0-rc.1');
    // A breaking change starts a new prerelease line; another id starts at .0.
    const breaking = released('v1.0.0', ['feat: a']);
    breaking.tag('v1.1.0-rc.3');
    breaking.commit('feat!: b');
    expect((await next(breaking, { prerelease: 'rc' })).version).toBe('2.0.0-rc.0');
    expect((await next(repo, { prerelease: 'beta' })).version).toBe('1.1.0-beta.0');
    const stable = await planRelease({ cwd: repo.dir });
    expect(stable.version).toBe('1.1.0');
    expect(stable.previous?.name).toBe('v1.0.0');
    expect(stable.changes.map((c) => c.subject)).toEqual([
      'search ranks exact matches first',
      'search',
    ]);
  });

  it('before the first stable release, prereleases continue and the stable one is 1.0.0', async () => {
    const repo = new TestRepo();
    repo.commit('feat: first');
    repo.tag('v1.0.0-rc.0');
    const fix = repo.commit('fix: second');
    const rc = await planRelease({ cwd: repo.dir, prerelease: 'rc' });
    expect([rc.version, rc.previous?.name, rc.changes.map((c) => c.hash)]).toEqual([
      '1.0.0-rc.1',
      'v1.0.0-rc.0',
      [fix],
    ]);
    const stable = await planRelease({ cwd: repo.dir });
    expect([stable.version, stable.previous, stable.changes.length]).toEqual([
      '1.0.0',
      undefined,
      2,
    ]);
  });

  it('a forced version wins, but must be semver and above the last release', async () => {
    const repo = released('v1.2.3', ['fix: x']);
    expect(await next(repo, { releaseAs: '3.0.0' })).toEqual({
      version: '3.0.0',
      bump: 'major',
      release: true,
    });
    expect(await next(repo, { releaseAs: 'v1.3.0' })).toEqual({
      version: '1.3.0',
      bump: 'minor',
      release: true,
    });
    await expect(planRelease({ cwd: repo.dir, releaseAs: '1.2.0' })).rejects.toThrow(
      /--release-as 1\.2\.0 is not above the last release 1\.2\.3/,
    );
    await expect(planRelease({ cwd: repo.dir, releaseAs: 'next' })).rejects.toMatchObject({
      rule: 'bad-option',
    });
  });

  it('first release: 1.0.0, or the forced version; without the flag no tags is an error', async () => {
    const repo = new TestRepo();
    repo.commit('feat: start');
    await expect(planRelease({ cwd: repo.dir })).rejects.toBeInstanceOf(ReleaseError);
    expect(await next(repo, { firstRelease: true })).toEqual({
      version: '1.0.0',
      bump: 'major',
      release: true,
    });
    expect((await next(repo, { releaseAs: '0.1.0' })).version).toBe('0.1.0');
  });

  it('the last release is the highest semver tag HEAD reaches (annotated tags peeled; other branches and patterns ignored)', async () => {
    const repo = new TestRepo();
    repo.commit('chore: a');
    repo.tag('v1.10.0', 'annotated');
    repo.commit('chore: b');
    repo.tag('v1.9.0'); // newer commit, lower version
    repo.tag('release-7.0.0');
    repo.tag('nightly');
    repo.git('checkout', '-q', '-b', 'other');
    repo.commit('chore: c');
    repo.tag('v5.0.0'); // not reachable from main
    repo.git('checkout', '-q', 'main');
    repo.commit('feat: d');
    const plan = await planRelease({ cwd: repo.dir });
    expect(plan.previousStable?.name).toBe('v1.10.0');
    expect(plan.version).toBe('1.11.0');
    expect(plan.tag).toBe('v1.11.0');
    const other = await planRelease({ cwd: repo.dir, tagPattern: 'release-{version}' });
    expect([other.version, other.tag]).toEqual(['7.1.0', 'release-7.1.0']);
  });

  it('monorepo: per-package tag patterns and path filters give each package its own version', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init', { 'packages/a/index.js': '1', 'packages/b/index.js': '1' });
    repo.tag('a@1.0.0');
    repo.tag('b@2.0.0');
    const featA = repo.commit('feat(a): add search', { 'packages/a/search.js': 'x' });
    const fixB = repo.commit('fix(b): escape names', { 'packages/b/names.js': 'x' });
    repo.commit('docs: root readme', { 'README.md': 'x' });
    const both = repo.commit('fix: share the logger', {
      'packages/a/log.js': 'x',
      'packages/b/log.js': 'x',
    });
    const a = await planRelease({
      cwd: repo.dir,
      tagPattern: 'a@{version}',
      paths: ['packages/a'],
    });
    const b = await planRelease({
      cwd: repo.dir,
      tagPattern: 'b@{version}',
      paths: ['packages/b'],
    });
    expect([a.version, a.tag, a.commits]).toEqual(['1.1.0', 'a@1.1.0', 2]);
    expect(a.changes.map((c) => c.hash)).toEqual([both, featA]);
    expect([b.version, b.tag, b.commits]).toEqual(['2.0.1', 'b@2.0.1', 2]);
    expect(b.changes.map((c) => c.hash)).toEqual([both, fixB]);
    // From the package folder, "." is the package; the changelog file is the package's.
    const fromA = await planRelease({
      cwd: `${repo.dir}/packages/a`,
      tagPattern: 'a@{version}',
      paths: ['.'],
    });
    expect(fromA.version).toBe('1.1.0');
    expect(fromA.file).toBe(`${repo.dir}/packages/a/CHANGELOG.md`);
  });
});
