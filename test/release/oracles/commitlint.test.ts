import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCommits } from '../../../release/lint.js';
import { ROOT } from '../../helpers.js';
import { TestRepo } from '../repo.js';
import { knownDifferences } from './differences.js';

/**
 * commit-lint's verdicts and findings against the commitlint CLI itself (@commitlint/cli with
 * @commitlint/config-conventional), both run over the same commits of a real repository: a
 * generated history of several hundred varied commits (headers, scopes, cases, bodies, footers,
 * GitHub's revert and merge forms, release commits, dependabot's). Every difference must be
 * listed, with its reason, in known-differences.yaml.
 */

const HEADERS = [
  'feat: add paging',
  'fix(api): handle empty input',
  'fix(ci+installers): ship both installers',
  'feat(compiler:sfc): support generics',
  'feat(runtime-core):  two spaces after the colon',
  'feat(api)!: drop v1 routes',
  'docs: Explain the options',
  'fix: ADD PAGING',
  'fix: AddPaging to the list',
  'chore: Add Start Case Words',
  'feat: add paging.',
  'feat: add paging...',
  'Feat: add paging',
  'FIX: broken output',
  'feature: add paging',
  'wip: half done',
  'fix:no space',
  'fix : space before colon',
  'fix(): empty scope',
  'fix(API): upper scope',
  'fix(core/api): two scopes',
  '(api): no type',
  ': no type at all',
  'feat: "Quoted" name first',
  'feat: `Code` first',
  'fix: 2fa codes expire',
  'fix: Éclair support',
  'fix: éclair support',
  ' fix: leading space',
  'fix: trailing space ',
  `fix: ${'long subject '.repeat(7)}`,
  `fix: ${'x'.repeat(95)}`,
  `fix: ${'x'.repeat(96)}`,
  'revert: feat: add paging',
  'perf(parser): cache headings',
  'Update README',
  'WIP',
  'Initial commit',
  'fix: see #12 for the cause',
  'refactor(core)!: rename setting',
  'test: ',
  'style: 日本語の説明',
];

const SPECIAL = [
  'Revert "feat: add paging" (#88)\n\nReverts acme/app#87',
  'Revert "fix(api): handle empty input"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
  'revert feat: lower-case revert',
  'Merge pull request #7 from acme/topic\n\nfeat: topic',
  "Merge branch 'main' into topic",
  "Merge remote-tracking branch 'origin/main'",
  'Merge tag v1.2.0',
  'Merged PR 12: feat: thing',
  'Automatic merge from release',
  'chore(release): 1.2.0 [skip ci]',
  'chore(release): v1.2.0',
  'v2.0.0',
  '1.0.0',
  'release: 1.2.0',
  'fixup! feat: add paging',
  'squash! fix: typo',
  'amend! feat: x',
  'Reapply "feat: add paging"',
  'Bump lodash from 4.17.20 to 4.17.21\n\nBumps [lodash](https://github.com/lodash/lodash) from 4.17.20 to 4.17.21.\n- [Release notes](https://github.com/lodash/lodash/releases)\n\nSigned-off-by: dependabot[bot] <support@github.com>',
  'chore(deps): bump lodash from 4.17.20 to 4.17.21\n\nBumps [lodash](https://github.com/lodash/lodash) from 4.17.20 to 4.17.21.\n\n---\nupdated-dependencies:\n- dependency-name: lodash\n  dependency-type: direct:production\n...\n\nSigned-off-by: dependabot[bot] <support@github.com>',
  'feat(board): swimlanes (#40)\n\n* feat(board)!: swimlanes\n\n* fix: lint error\n\n---------\n\nCo-authored-by: B <b@example.com>',
];

const BODIES = [
  '',
  '\n\nA body that explains the change.',
  '\nno blank line before the body',
  `\n\n${'word '.repeat(25)}`,
  `\n\nSee https://example.com/${'a'.repeat(120)} for details.`,
  '\n\nRefs #12',
  '\n\nCloses #34',
  '\n\nBody.\n\nBREAKING CHANGE: the flag is gone',
  '\n\nBody.\nBREAKING-CHANGE: no blank line before the footer',
  '\n\nbreaking change: lower case',
  '\n\nBody.\n\nSigned-off-by: Ada <ada@example.com>',
  `\n\nBody.\n\nRefs: ${'BSP-1, '.repeat(20)}`,
  '\n\nThe crash in #123 came from the parser.\nIt is fixed here.',
  `\n\nFixes #5\n${'y'.repeat(110)}`,
  '\n\n* feat!: listed commit\n\n* fix: another',
  '\n\nBody ending with a full stop.',
  '\n\n\n\nTwo blank lines first.',
];

/** The generated history, oldest first: each header with several bodies, then the special forms. */
function messages(): string[] {
  const out: string[] = [];
  HEADERS.forEach((header, i) => {
    for (let k = 0; k < 8; k++) out.push(`${header}${BODIES[(i * 5 + k * 3) % BODIES.length]}\n`);
  });
  for (const special of SPECIAL) out.push(`${special}\n`);
  return out;
}

const CLI = join(ROOT, 'node_modules/@commitlint/cli/cli.js');
const FORMATTER = join(ROOT, 'test/release/oracles/commitlint-json.mjs');
const CONFIGS = join(ROOT, 'test/release/oracles/commitlint-configs');

interface Verdict {
  valid: boolean;
  errors: string[];
  warnings: string[];
}

/** The commitlint CLI over base..HEAD: one verdict per commit, newest first. */
function commitlint(repo: TestRepo, base: string, config: string): Verdict[] {
  const r = spawnSync(
    process.execPath,
    [CLI, '--from', base, '--to', 'HEAD', '--cwd', repo.dir, '-g', config, '--format', FORMATTER],
    { cwd: repo.dir, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const line = r.stdout.split('\n').find((l) => l.startsWith('['));
  if (!line) throw new Error(`commitlint printed no report: ${r.stdout}\n${r.stderr}`);
  return JSON.parse(line) as Verdict[];
}

/** boardwright's commit-lint over the same range: one verdict per commit, newest first. */
async function ours(repo: TestRepo, base: string, config: string): Promise<Verdict[]> {
  const result = await lintCommits({ cwd: repo.dir, range: `${base}..HEAD`, config });
  return result.checked
    .map((c) => {
      const found = result.diagnostics.filter(
        (d) => d.path === `commit ${c.id}` && d.rule !== 'breaking-change-case',
      );
      return {
        valid: c.passed,
        errors: found
          .filter((d) => d.severity === 'error')
          .map((d) => d.rule)
          .sort(),
        warnings: found
          .filter((d) => d.severity === 'warning')
          .map((d) => d.rule)
          .sort(),
      };
    })
    .reverse();
}

describe('commit-lint agrees with commitlint on a generated history', () => {
  const list = messages();
  const repo = new TestRepo();
  const base = repo.commit('chore: base');
  for (const m of list) repo.commit(m);
  // commitlint leaves out commits whose message is only white space; so does the comparison.
  const sent = [...list].reverse().filter((m) => m.trim());
  const known = knownDifferences().commitlint;

  it.each([
    ['config-conventional', 'conventional.json'],
    [
      'a repository config: other types, shorter headers, scopes, lower-case subjects',
      'custom.json',
    ],
    ['a JavaScript config, read without running it', 'custom.config.mjs'],
  ])(
    '%s',
    async (_name, file) => {
      expect(list.length).toBeGreaterThanOrEqual(300);
      const config = join(CONFIGS, file);
      const [a, b] = [await ours(repo, base, config), commitlint(repo, base, config)];
      expect(a).toHaveLength(sent.length);
      expect(b).toHaveLength(sent.length);
      const unlisted: string[] = [];
      let sameVerdict = 0;
      let sameFindings = 0;
      sent.forEach((message, i) => {
        if (a[i]!.valid === b[i]!.valid) sameVerdict++;
        if (JSON.stringify(a[i]) === JSON.stringify(b[i])) sameFindings++;
        else if (!known.some((k) => k.message === message && k.config === file)) {
          unlisted.push(
            `${JSON.stringify(message)}: boardwright ${JSON.stringify(a[i])}, commitlint ${JSON.stringify(b[i])}`,
          );
        }
      });
      console.log(
        `commitlint agreement (${file}): verdict ${sameVerdict}/${sent.length}, findings ${sameFindings}/${sent.length}`,
      );
      // Every difference is listed in known-differences.yaml, and every listed one still differs.
      expect(unlisted).toEqual([]);
      for (const k of known.filter((x) => x.config === file)) {
        const i = sent.indexOf(k.message);
        expect(i, k.id).toBeGreaterThanOrEqual(0);
        expect(JSON.stringify(a[i]) === JSON.stringify(b[i]), k.id).toBe(false);
      }
    },
    300_000,
  );

  it('the history really is varied: commitlint passes, fails and ignores commits of it', () => {
    const verdicts = commitlint(repo, base, join(CONFIGS, 'conventional.json'));
    const failed = verdicts.filter((v) => !v.valid).length;
    expect(failed).toBeGreaterThan(50);
    expect(verdicts.length - failed).toBeGreaterThan(50);
    expect(
      new Set(verdicts.flatMap((v) => [...v.errors, ...v.warnings])).size,
    ).toBeGreaterThanOrEqual(10);
    const count = execFileSync('git', ['rev-list', '--count', `${base}..HEAD`], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(Number(count)).toBe(list.length);
  }, 120_000);
});
