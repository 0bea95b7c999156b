import { execFileSync } from 'node:child_process';
import { analyzeCommits } from '@semantic-release/commit-analyzer';
import { describe, expect, it } from 'vitest';
import { planRelease } from '../../../release/release.js';
import { TestRepo } from '../repo.js';
import { knownDifferences } from './differences.js';

/**
 * Next-version bump against semantic-release's commit-analyzer (preset conventionalcommits) on
 * real repositories: a release tag, then commits of the shapes real histories have. Both tools
 * read the same range; commit-analyzer gets the commits as semantic-release gives them (every
 * commit of `tag..HEAD`, merges included, newest first, message trimmed).
 */

type Step = string | ((repo: TestRepo, hashes: string[]) => void);

/** Builds a repository: `chore: init` tagged v1.2.3, then the steps in order. */
function build(steps: readonly Step[]): TestRepo {
  const repo = new TestRepo();
  repo.commit('chore: init');
  repo.tag('v1.2.3');
  const hashes: string[] = [];
  for (const step of steps) {
    if (typeof step === 'string') hashes.push(repo.commit(step));
    else step(repo, hashes);
  }
  return repo;
}

/** A revert as `git revert` writes it, of the commit `hashes[i]` with header `header`. */
const revertOf =
  (i: number, header: string, subjectLine = `Revert "${header}"`): Step =>
  (repo, hashes) =>
    void hashes.push(repo.commit(`${subjectLine}\n\nThis reverts commit ${hashes[i]}.\n`));

async function theirs(repo: TestRepo): Promise<string | null> {
  const out = execFileSync('git', ['log', '--format=%H%x00%B%x1e', 'v1.2.3..HEAD', '--'], {
    cwd: repo.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const commits = out
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter(Boolean)
    .map((record) => {
      const [hash, message = ''] = record.split('\0');
      return { hash: hash!, message: message.trim() };
    });
  return analyzeCommits(
    { preset: 'conventionalcommits' },
    { commits, cwd: repo.dir, logger: { log: () => undefined } },
  );
}

async function ours(repo: TestRepo): Promise<string | null> {
  const plan = await planRelease({ cwd: repo.dir });
  return plan.level === 'none' ? null : plan.level;
}

const CASES: Array<[string, Step[]]> = [
  [
    'squash merge whose body lists "feat!:" and "fix:" commits: the header decides (minor)',
    [
      'feat(api): paging for boards (#231)\n\n* feat!: paging for boards\n\n* fix: lint error\n\n* chore: review comments\n',
    ],
  ],
  [
    'squash fix whose body lists a breaking feat (release-please 8c5e2ae shape): patch',
    [
      'fix: keep the manifest when a path is missing (#2012)\n\n* feat!: new manifest format\n\n* fix: lint\n\n---------\n\nCo-authored-by: B <b@example.com>\n',
    ],
  ],
  [
    'non-conventional squash subject with conventional bullets: nothing to release',
    ['Sprint 4 (#41)\n\n* feat: a\n* fix: b\n'],
  ],
  ['scope with "+" (OpenSpec 41ceebe shape)', ['fix(ci+installers): ship both installers']],
  ['scope with ":"', ['feat(compiler:sfc): support generics']],
  ['two spaces after the colon (vuejs/core 016c472 shape)', ['feat(runtime-core):  add hook']],
  ['"!" after a scope holding parentheses', ['feat(a (b))!: x']],
  [
    'fix and its revert in one release: both dropped, nothing to release',
    ['fix(cli): handle empty input', revertOf(0, 'fix(cli): handle empty input')],
  ],
  [
    'fix, its revert and a docs change: nothing to release',
    [
      'docs: intro',
      'fix(cli): handle empty input',
      'docs: more',
      revertOf(1, 'fix(cli): handle empty input'),
    ],
  ],
  [
    'feature reverted but a fix stays: patch',
    ['feat: search', 'fix: typo in the output', revertOf(0, 'feat: search')],
  ],
  [
    'revert of a commit from an earlier release: patch',
    [
      (repo, hashes) => void hashes.push(repo.git('rev-parse', 'v1.2.3')),
      revertOf(0, 'chore: init'),
    ],
  ],
  [
    'revert written as "revert: <header>": paired and dropped',
    ['feat: export CSV', revertOf(0, 'feat: export CSV', 'revert: feat: export CSV')],
  ],
  [
    'revert of a revert brings the feature back: minor',
    ['feat: export CSV', revertOf(0, 'feat: export CSV'), revertOf(1, 'Revert "feat: export CSV"')],
  ],
  [
    'GitHub\'s revert pull request (Revert "…" (#N), no hash line): nothing',
    ['Revert "feat: export CSV" (#88)\n\nReverts acme/app#87'],
  ],
  ['"!" → major', ['feat(api)!: drop v1 routes']],
  ['BREAKING CHANGE footer → major', ['fix: trim ids\n\nBREAKING CHANGE: ids are trimmed']],
  ['BREAKING-CHANGE footer → major', ['perf: x\n\nBREAKING-CHANGE: cache is on disk']],
  [
    'BREAKING CHANGE footer from a listed commit in a squash body → major',
    ['feat: y (#42)\n\n* feat!: y\n\nBREAKING CHANGE: z is gone\n\n* fix: w\n'],
  ],
  [
    'bulleted and indented BREAKING CHANGE lines → major',
    ['fix: a\n\n* BREAKING CHANGE: the flag is gone'],
  ],
  [
    'non-conventional header with a BREAKING CHANGE footer → major',
    ['Update the API\n\nBREAKING CHANGE: /v1 is gone'],
  ],
  [
    'merged feature branch (merge commit plus its commits): minor',
    [
      (repo) => {
        repo.git('checkout', '-q', '-b', 'topic');
        repo.commit('feat(board): swimlanes');
        repo.commit('fix(board): lane order');
        repo.git('checkout', '-q', 'main');
        repo.commit('docs: readme');
        repo.git('merge', '--no-ff', '-q', '-m', 'Merge pull request #7 from acme/topic', 'topic');
      },
    ],
  ],
  [
    'docs, chore, fixup and non-conventional commits: nothing',
    ['docs: typo', 'Update README', 'chore(deps): bump', 'fixup! feat: x'],
  ],
  ['perf → patch; feat over fixes → minor', ['perf(parser): cache', 'fix: a', 'feat: b', 'fix: c']],
];

describe('next-version bump equals commit-analyzer on real repositories', () => {
  it.each(CASES)('%s', async (_name, steps) => {
    const repo = build(steps);
    const [a, b] = [await ours(repo), await theirs(repo)];
    expect(a).toBe(b);
  });

  it('the header shapes above really are read differently from their bodies', async () => {
    // Guard against a case that passes only because both tools ignore it.
    const repo = build(['docs: x', 'feat(compiler:sfc):  two spaces and a colon']);
    expect(await ours(repo)).toBe('minor');
  });
});

describe('known differences from commit-analyzer (known-differences.yaml) still hold', () => {
  const list = knownDifferences()['commit-analyzer'];
  it.each(list.map((d) => [d.id, d] as const))('%s', async (_id, difference) => {
    expect(difference.reason.length).toBeGreaterThan(40);
    const repo = build(difference.commits);
    expect([await ours(repo), await theirs(repo)]).toEqual([
      difference.boardwright,
      difference['commit-analyzer'],
    ]);
  });
});
