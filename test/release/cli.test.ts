import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, TestRepo, short } from './repo.js';

function project() {
  const repo = new TestRepo();
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/app.git');
  repo.commit('chore: init');
  repo.tag('v0.4.2', 'Release 0.4.2');
  const feat = repo.commit('feat(board): drag cards between columns');
  const fix = repo.commit('fix: keep WIP limits on reload');
  const date = repo.nextDate;
  repo.commit('chore: tidy');
  return { repo, feat, fix, date };
}

const URL = 'https://github.com/acme/app';

describe('boardwright version / changelog (node dist/cli.js)', () => {
  it('version prints the version on stdout and why on stderr; --quiet and --json', () => {
    const { repo, feat, fix } = project();
    const run = cli(repo.dir, 'version');
    expect(run).toEqual({
      code: 0,
      stdout: '0.5.0\n',
      stderr: [
        '3 commit(s) since v0.4.2, 3 conventional change(s).',
        'Minor bump from 0.4.2: 1 feature(s), 1 fix(es)/performance change(s).',
        `  patch  ${short(fix)}  fix: keep WIP limits on reload`,
        `  minor  ${short(feat)}  feat(board): drag cards between columns`,
        '',
      ].join('\n'),
    });
    expect(cli(repo.dir, 'version', '--quiet')).toEqual({ code: 0, stdout: '0.5.0\n', stderr: '' });
    const json = JSON.parse(cli(repo.dir, 'version', '--json', '--prerelease').stdout);
    expect(json).toMatchObject({
      schemaVersion: 1,
      version: '0.5.0-rc.0',
      tag: 'v0.5.0-rc.0',
      bump: 'minor',
      release: true,
      previousTag: 'v0.4.2',
      commits: 3,
      nonConventional: 0,
      items: [],
      diagnostics: [],
    });
    expect(json.changes.map((c: { bump: string; hash: string }) => [c.bump, c.hash])).toEqual([
      ['none', expect.any(String)],
      ['patch', fix],
      ['minor', feat],
    ]);
  });

  it('changelog prints the section without writing; --write writes it once; --release-notes', () => {
    const { repo, feat, fix, date } = project();
    const section = [
      `## [0.5.0] - ${date}`,
      '',
      '### Added',
      '',
      `- **board:** drag cards between columns ([${short(feat)}](${URL}/commit/${feat}))`,
      '',
      '### Fixed',
      '',
      `- keep WIP limits on reload ([${short(fix)}](${URL}/commit/${fix}))`,
      '',
    ].join('\n');
    const dry = cli(repo.dir, 'changelog', '--dry-run', '--write');
    expect(dry).toEqual({
      code: 0,
      stdout: section,
      stderr: '(dry run) --write would add 0.5.0 in CHANGELOG.md.\n',
    });
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);

    const write = cli(repo.dir, 'changelog', '--write');
    expect(write).toEqual({ code: 0, stdout: '', stderr: 'Added 0.5.0 in CHANGELOG.md.\n' });
    const text = readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(text).toContain(
      `## [Unreleased]\n\n${section}\n[unreleased]: ${URL}/compare/v0.5.0...HEAD\n[0.5.0]: ${URL}/compare/v0.4.2...v0.5.0\n`,
    );
    expect(cli(repo.dir, 'changelog', '--write')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'CHANGELOG.md already has 0.5.0; nothing to write.\n',
    });
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(text);

    const notes = cli(repo.dir, 'changelog', '--release-notes');
    expect(notes).toEqual({
      code: 0,
      stdout: `${section.split('\n').slice(2).join('\n')}\n**Changes since v0.4.2:** [v0.4.2...v0.5.0](${URL}/compare/v0.4.2...v0.5.0)\n`,
      stderr: '',
    });
  });

  it('--tag waits for the changelog to be committed, then tags HEAD with the notes; afterwards nothing is left to release', () => {
    const { repo } = project();
    const refused = cli(repo.dir, 'changelog', '--write', '--tag');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'CHANGELOG.md: CHANGELOG.md has uncommitted changes, which the tag v0.5.0 would not contain. Commit it, then run again with --tag. Nothing was tagged. (changelog-uncommitted)\n',
    );
    expect(repo.git('tag', '--list', 'v0.5.0')).toBe('');
    repo.git('add', 'CHANGELOG.md');
    repo.git('commit', '-q', '-m', 'chore(release): 0.5.0');
    const notes = cli(repo.dir, 'changelog', '--release-notes').stdout;
    const tagged = cli(repo.dir, 'changelog', '--write', '--tag');
    expect(tagged).toEqual({
      code: 0,
      stdout: '',
      stderr: 'CHANGELOG.md already has 0.5.0; nothing to write.\nTagged HEAD as v0.5.0.\n',
    });
    expect(repo.git('cat-file', '-t', 'v0.5.0')).toBe('tag');
    expect(repo.git('tag', '--list', '--format=%(contents)', 'v0.5.0')).toBe(
      `v0.5.0\n\n${notes}`.trim(),
    );
    expect(cli(repo.dir, 'version', '-q').stdout).toBe('0.5.0\n');
    expect(cli(repo.dir, 'changelog', '--write')).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'No feat, fix, perf or breaking change since 0.5.0: nothing to release. CHANGELOG.md is unchanged.\n',
    });
    // A tag of that name on another branch is not reachable, but still may not be made twice.
    repo.git('checkout', '-q', '-b', 'elsewhere');
    repo.commit('chore: elsewhere');
    repo.tag('v0.6.0');
    repo.git('checkout', '-q', 'main');
    expect(cli(repo.dir, 'changelog', '--tag', '--release-as', '0.6.0')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'boardwright: Tag v0.6.0 already exists; nothing was tagged. (tag-exists)\n',
    });
  });

  it("monorepo: -C into a package with its tag pattern writes that package's changelog", () => {
    const repo = new TestRepo();
    repo.commit('chore: init', { 'packages/ui/a.js': '1', 'packages/api/a.js': '1' });
    repo.tag('ui@1.0.0');
    repo.tag('api@3.1.0');
    const ui = repo.commit('feat(ui): dark mode', { 'packages/ui/theme.js': 'x' });
    repo.commit('fix(api): timeouts', { 'packages/api/http.js': 'x' });
    const date = repo.nextDate;
    repo.commit('chore: x', { 'packages/ui/x.js': 'x' });
    const pkg = join(repo.dir, 'packages/ui');
    const run = cli(
      repo.dir,
      '-C',
      'packages/ui',
      'changelog',
      '--write',
      '--tag-pattern',
      'ui@{version}',
      '--path',
      '.',
    );
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'Added 1.1.0 in CHANGELOG.md.\n' });
    expect(readFileSync(join(pkg, 'CHANGELOG.md'), 'utf8')).toContain(
      `## [1.1.0] - ${date}\n\n### Added\n\n- **ui:** dark mode (${short(ui)})\n`,
    );
    expect(existsSync(join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });
});

describe('boardwright commit-lint', () => {
  it('checks a PR title: exit 0 when conventional, 1 with the rule explained when not', () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    expect(cli(repo.dir, 'commit-lint', '--title', 'feat(api): add paging')).toEqual({
      code: 0,
      stdout: 'ok    PR title  feat(api): add paging\nNo problems found.\n',
      stderr: 'Rules: @commitlint/config-conventional (built in), 12 rules.\n',
    });
    const bad = cli(repo.dir, 'commit-lint', '--title', 'feature: add paging');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(
      'FAIL  PR title  feature: add paging\n' +
        'PR title:1:1  error  Type must be one of [build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test]. The type decides the changelog section and the version bump (feat → minor, fix/perf → patch).  type-enum\n' +
        '1 error(s), 0 warning(s), 0 info.\n',
    );
    // The repository's own configuration is used when there is one.
    writeFileSync(
      join(repo.dir, '.commitlintrc.json'),
      '{"extends":["@commitlint/config-conventional"],"rules":{"type-enum":[2,"always",["feature"]]}}',
    );
    const own = cli(repo.dir, 'commit-lint', '--title', 'feature: add paging');
    expect([own.code, own.stderr]).toEqual([0, 'Rules: .commitlintrc.json, 12 rules.\n']);
    expect(cli(repo.dir, 'commit-lint', '--no-config', '--title', 'feature: add paging').code).toBe(
      1,
    );
  });

  it('checks every commit of a range (merges skipped) in text, json and github formats', () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('base');
    repo.git('checkout', '-q', '-b', 'topic');
    const good = repo.commit('fix(parser): accept empty boards');
    const noSpace = repo.commit('feat:add export');
    const lower = repo.commit('fix: y\n\nbreaking change: the export format');
    repo.git('checkout', '-q', 'main');
    repo.commit('docs: main moves on');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge branch topic', 'topic');
    const text = cli(repo.dir, 'commit-lint', '--range', 'base..HEAD');
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      `ok    ${short(good)}   fix(parser): accept empty boards`,
      `FAIL  ${short(noSpace)}   feat:add export`,
      `ok    ${short(lower)}   fix: y`,
      expect.stringMatching(/^ok {4}[0-9a-f]{7} {3}docs: main moves on$/),
    ]);
    expect(text.stdout).toContain(
      `commit ${short(noSpace)}:1:1  error  Type may not be empty. "feat:add export" is not a conventional commit header (put one space after the colon).`,
    );
    expect(text.stdout).toContain(
      `commit ${short(lower)}:3:1  warning  "breaking change:" on line 3 is not upper case.`,
    );
    const json = JSON.parse(cli(repo.dir, 'commit-lint', '--range', 'base..HEAD', '--json').stdout);
    expect(json.passed).toBe(false);
    expect(json.summary).toEqual({ error: 2, warning: 1, info: 0 });
    expect(json.config).toMatchObject({ source: '@commitlint/config-conventional (built in)' });
    expect(json.diagnostics.map((d: { rule: string }) => d.rule)).toEqual([
      'subject-empty',
      'type-empty',
      'breaking-change-case',
    ]);
    const gh = cli(repo.dir, 'commit-lint', '--range', 'base..HEAD', '--format', 'github').stdout;
    expect(gh.split('\n')[1]).toBe(
      `::error title=boardwright type-empty::commit ${short(noSpace)}: Type may not be empty. "feat:add export" is not a conventional commit header (put one space after the colon). Write the header as "type(scope): subject": a type, an optional scope in parentheses, "!" for a breaking change, a colon and one space, then the subject (Conventional Commits 1.0.0). Example: "fix(parser): accept empty boards".`,
    );
  });

  it('checks a commit-msg hook file, ignoring git comments; default is the HEAD commit', () => {
    const repo = new TestRepo();
    repo.commit('Initial commit');
    writeFileSync(
      join(repo.dir, 'MSG'),
      'fix(ui): align cards\n\n# Please enter the commit message\n# ------------------------ >8 ------------------------\nanything\n',
    );
    expect(cli(repo.dir, 'commit-lint', '--message-file', 'MSG').code).toBe(0);
    const head = cli(repo.dir, 'commit-lint');
    expect(head.code).toBe(1);
    expect(head.stdout).toContain(
      'Type may not be empty. "Initial commit" is not a conventional commit header (there is no "type:" prefix).',
    );
    expect(cli(repo.dir, 'commit-lint', '--types', 'feat,fix,wip', '--title', 'wip: x').code).toBe(
      0,
    );
  });
});
