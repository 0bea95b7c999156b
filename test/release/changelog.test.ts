import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRelease, writeChangelog } from '../../release/release.js';
import { TestRepo, short } from './repo.js';

const URL = 'https://github.com/acme/app';
const link = (hash: string): string => `[${short(hash)}](${URL}/commit/${hash})`;

/**
 * The repository most tests read: a release v1.0.0, then a merged feature branch (its merge
 * commit's body repeats a branch commit, as GitHub's merge commits do), a squash-merged pull
 * request whose body lists three commits (one entry: the header decides), a perf change, a breaking refactor, a docs commit and a
 * non-conventional one.
 */
function webApp() {
  const repo = new TestRepo();
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git');
  repo.commit('chore: init');
  repo.tag('v1.0.0', 'First release');
  repo.git('checkout', '-q', '-b', 'login');
  const login = repo.commit('feat(BSP-011): add login form');
  const auth = repo.commit('fix(auth): reject empty passwords');
  repo.git('checkout', '-q', 'main');
  repo.git(
    'merge',
    '--no-ff',
    '-q',
    '-m',
    'Merge pull request #12 from acme/login\n\nfeat(BSP-011): add login form',
    'login',
  );
  const squash = repo.commit(
    'feat(export): export boards as CSV (#14)\n\n* feat(export): export boards as CSV\n\n* fix(export): quote fields with commas\n\nRefs M1.2.1\n\n* docs: document the export\n',
  );
  const perf = repo.commit('perf(board): index items by id');
  const api = repo.commit(
    'refactor(api)!: rename /boards to /projects\n\nBREAKING CHANGE: clients must call /projects; /boards answers 410.',
  );
  repo.commit('docs: fix a typo');
  const date = repo.nextDate;
  repo.commit('Update README');
  return { repo, login, auth, squash, perf, api, date };
}

describe('changelog sections from real history', () => {
  it('Keep a Changelog section: a squash commit is one entry (the list in its body adds none), merges never duplicated, items collected, breaking notes shown', async () => {
    const { repo, login, auth, squash, perf, api, date } = webApp();
    const plan = await planRelease({ cwd: repo.dir, layout: 'keep-a-changelog' });
    expect(plan.version).toBe('2.0.0');
    expect(plan.section).toBe(
      [
        `## [2.0.0] - ${date}`,
        '',
        '### Added',
        '',
        `- **export:** export boards as CSV ([#14](${URL}/issues/14)) (${link(squash)}), refs M1.2.1`,
        `- **BSP-011:** add login form (${link(login)})`,
        '',
        '### Changed',
        '',
        `- **Breaking:** **api:** rename /boards to /projects (${link(api)})`,
        '  clients must call /projects; /boards answers 410.',
        `- **board:** index items by id (${link(perf)})`,
        '',
        '### Fixed',
        '',
        `- **auth:** reject empty passwords (${link(auth)})`,
        '',
      ].join('\n'),
    );
    expect(plan.items).toEqual(['BSP-011', 'M1.2.1']);
    // 7 commits without the merge; docs and "Update README" are not listed.
    expect([plan.commits, plan.nonConventional]).toEqual([7, 1]);
  });

  it('conventional layout and release notes', async () => {
    const { repo, login, auth, squash, perf, api, date } = webApp();
    const plan = await planRelease({ cwd: repo.dir, layout: 'conventional' });
    const body = [
      '### Breaking Changes',
      '',
      `- **api:** rename /boards to /projects (${link(api)})`,
      '  clients must call /projects; /boards answers 410.',
      '',
      '### Features',
      '',
      `- **export:** export boards as CSV ([#14](${URL}/issues/14)) (${link(squash)}), refs M1.2.1`,
      `- **BSP-011:** add login form (${link(login)})`,
      '',
      '### Bug Fixes',
      '',
      `- **auth:** reject empty passwords (${link(auth)})`,
      '',
      '### Performance',
      '',
      `- **board:** index items by id (${link(perf)})`,
      '',
    ].join('\n');
    expect(plan.section).toBe(`## [2.0.0](${URL}/compare/v1.0.0...v2.0.0) (${date})\n\n${body}`);
    expect(plan.releaseNotes).toBe(
      `${body}\n**Changes since v1.0.0:** [v1.0.0...v2.0.0](${URL}/compare/v1.0.0...v2.0.0)\n`,
    );
  });

  it('without a remote nothing is linked; --repo-url and GitLab remotes give their own links', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('v0.1.0');
    const fix = repo.commit('fix: close the file (#3)');
    const plain = await planRelease({ cwd: repo.dir, layout: 'conventional', date: '2024-06-01' });
    expect(plain.section).toBe(
      `## 0.1.1 (2024-06-01)\n\n### Bug Fixes\n\n- close the file (#3) (${short(fix)})\n`,
    );
    repo.git('remote', 'add', 'origin', 'https://user:s3cret@gitlab.example.com/grp/sub/proj.git');
    const gitlab = await planRelease({ cwd: repo.dir, layout: 'conventional', date: '2024-06-01' });
    const base = 'https://gitlab.example.com/grp/sub/proj';
    expect(gitlab.section).toBe(
      `## [0.1.1](${base}/-/compare/v0.1.0...v0.1.1) (2024-06-01)\n\n### Bug Fixes\n\n- close the file ([#3](${base}/-/issues/3)) ([${short(fix)}](${base}/-/commit/${fix}))\n`,
    );
    expect(gitlab.section).not.toContain('s3cret');
    const forced = await planRelease({
      cwd: repo.dir,
      repoUrl: 'https://github.com/o/r',
      layout: 'conventional',
      date: '2024-06-01',
    });
    expect(forced.section.split('\n')[0]).toBe(
      '## [0.1.1](https://github.com/o/r/compare/v0.1.0...v0.1.1) (2024-06-01)',
    );
  });

  it('links item ids to the boards that hold them and warns about ids no board has', async () => {
    const { repo, login } = webApp();
    repo.write({
      'docs/board.md':
        '# Kanban\n\n## A. Release Board\n### Backlog\n- BSP-011 — [Story] Login form\n- BSP-012 — [Story] Export\n### Done\n- BSP-010 — [Story] Setup\n',
    });
    const plan = await planRelease({ cwd: repo.dir, linkItems: true, layout: 'keep-a-changelog' });
    expect(plan.section).toContain(
      `- **[BSP-011](docs/board.md):** add login form (${link(login)})`,
    );
    expect(plan.diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ['unknown-item', 'warning'],
    ]);
    expect(plan.diagnostics[0]!.message).toMatch(/names item M1\.2\.1, which no board/);
  });
});

describe('CHANGELOG.md: Keep a Changelog 1.1.0, point by point', () => {
  /*
   * The points of Keep a Changelog 1.1.0 this suite checks (https://keepachangelog.com/en/1.1.0/):
   *  1. Changelogs are for humans, not machines: entries are the commit subjects with their scope,
   *     never raw log lines; merges, docs and non-conventional commits are left out.
   *  2. There is an entry for every single version: each release gets its own `## [x.y.z]` section.
   *  3. The same types of changes are grouped: Added, Changed, Deprecated, Removed, Fixed, Security,
   *     in this order, each change under exactly one.
   *  4. Versions and sections are linkable: `## [x.y.z]` headings with reference definitions at the
   *     bottom (`[x.y.z]: …/compare/vA...vB`, the first release `…/releases/tag/vX`).
   *  5. The latest version comes first (an older version is inserted below newer ones).
   *  6. The release date of each version is displayed, as YYYY-MM-DD (ISO 8601).
   *  7. It mentions whether the project follows Semantic Versioning (the preamble of a new file).
   *  8. An Unreleased section sits at the top, linked to `…/compare/vLast...HEAD`.
   *  9. Yanked releases (`## [x.y.z] - date [YANKED]`) are kept as written.
   * 10. The file is CHANGELOG.md.
   */

  const HAND_WRITTEN = [
    '# Changelog',
    '',
    'Hand-written intro that must stay,   ',
    'with trailing spaces and a [link][kac].',
    '',
    '## [Unreleased]',
    '',
    '## [1.0.0] - 2024-04-01',
    '',
    '### Added',
    '',
    '- The first version, written by hand.',
    '',
    '## [0.9.0] - 2024-03-01 [YANKED]',
    '',
    '[kac]: https://keepachangelog.com/en/1.1.0/',
    '[unreleased]: https://github.com/acme/app/compare/v1.0.0...HEAD',
    '[1.0.0]: https://github.com/acme/app/compare/v0.9.0...v1.0.0',
    '[0.9.0]: https://github.com/acme/app/releases/tag/v0.9.0',
    '',
  ].join('\n');

  it('writes only the new section into a hand-written file; a second run changes nothing (points 1–6, 8–10)', async () => {
    const { repo } = webApp();
    const file = join(repo.dir, 'CHANGELOG.md');
    writeFileSync(file, HAND_WRITTEN);
    const plan = await planRelease({ cwd: repo.dir, changelog: true });
    expect(plan.layout).toBe('keep-a-changelog'); // detected from the file
    expect(writeChangelog(plan, repo.dir)).toBe(true);
    const lines = HAND_WRITTEN.split('\n');
    expect(readFileSync(file, 'utf8')).toBe(
      [
        ...lines.slice(0, 7), // everything up to and including the blank line after Unreleased
        ...plan.section.split('\n'), // the new section (ends with a blank line)
        ...lines.slice(7, 16), // 1.0.0, the yanked 0.9.0 and [kac], byte for byte
        '[unreleased]: https://github.com/acme/app/compare/v2.0.0...HEAD',
        '[2.0.0]: https://github.com/acme/app/compare/v1.0.0...v2.0.0',
        ...lines.slice(17),
      ].join('\n'),
    );
    const again = await planRelease({ cwd: repo.dir, changelog: true });
    expect(again.update).toMatchObject({ changed: false, action: 'unchanged' });
    expect(writeChangelog(again, repo.dir)).toBe(false);
  });

  it('starts a new file with a preamble naming Keep a Changelog and SemVer, an Unreleased section and links (points 4, 6–8)', async () => {
    const repo = new TestRepo();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/app');
    repo.commit('chore: init');
    const added = repo.commit('feat: boards');
    const removed = repo.commit('remove: the legacy importer');
    const deprecated = repo.commit('deprecate(api): the /v1 routes');
    const security = repo.commit('fix(security): escape board titles');
    const fixed = repo.commit('fix: count done items');
    const plan = await planRelease({
      cwd: repo.dir,
      firstRelease: true,
      changelog: true,
      date: '2024-05-09',
    });
    writeChangelog(plan, repo.dir);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to this project are listed here, newest first. The format follows',
        '[Keep a Changelog 1.1.0](https://keepachangelog.com/en/1.1.0/), and versions follow',
        '[Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [Unreleased]',
        '',
        '## [1.0.0] - 2024-05-09',
        '',
        '### Added',
        '',
        `- boards (${link(added)})`,
        '',
        '### Deprecated',
        '',
        `- **api:** the /v1 routes (${link(deprecated)})`,
        '',
        '### Removed',
        '',
        `- the legacy importer (${link(removed)})`,
        '',
        '### Fixed',
        '',
        `- count done items (${link(fixed)})`,
        '',
        '### Security',
        '',
        `- **security:** escape board titles (${link(security)})`,
        '',
        '[unreleased]: https://github.com/acme/app/compare/v1.0.0...HEAD',
        '[1.0.0]: https://github.com/acme/app/releases/tag/v1.0.0',
        '',
      ].join('\n'),
    );
  });

  it('an older version goes below newer ones (point 5); CRLF files get CRLF lines and keep every other byte', async () => {
    const repo = new TestRepo();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/app');
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    repo.git('checkout', '-q', '-b', 'release-1.0');
    const fix = repo.commit('fix: backported fix');
    const crlf =
      '\uFEFF# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [2.0.0] - 2024-04-20\r\n\r\n- Big.\r\n\r\n## [1.0.0] - 2024-04-01\r\n\r\n- First.\r\n';
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), crlf);
    const plan = await planRelease({ cwd: repo.dir, changelog: true, date: '2024-05-01' });
    writeChangelog(plan, repo.dir);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(
      '\uFEFF# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [2.0.0] - 2024-04-20\r\n\r\n- Big.\r\n\r\n' +
        `## [1.0.1] - 2024-05-01\r\n\r\n### Fixed\r\n\r\n- backported fix (${link(fix)})\r\n\r\n` +
        '## [1.0.0] - 2024-04-01\r\n\r\n- First.\r\n' +
        `\r\n[unreleased]: https://github.com/acme/app/compare/v1.0.1...HEAD\r\n[1.0.1]: https://github.com/acme/app/compare/v1.0.0...v1.0.1\r\n`,
    );
  });

  it('--unreleased fills the Unreleased section; the release then moves it into the version (point 8)', async () => {
    const { repo } = webApp();
    const file = join(repo.dir, 'CHANGELOG.md');
    writeFileSync(file, HAND_WRITTEN);
    const unreleased = await planRelease({ cwd: repo.dir, changelog: true, unreleased: true });
    writeChangelog(unreleased, repo.dir);
    const body = unreleased.section.split('\n').slice(2).join('\n');
    expect(readFileSync(file, 'utf8')).toBe(
      HAND_WRITTEN.replace('## [Unreleased]\n\n', `## [Unreleased]\n\n${body}\n`),
    );
    const release = await planRelease({ cwd: repo.dir, changelog: true });
    writeChangelog(release, repo.dir);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`## [Unreleased]\n\n## [2.0.0] - `);
    expect(text.split(body).length).toBe(2); // the entries now appear once, under 2.0.0
    expect(release.diagnostics).toEqual([]);
  });

  it('hand-written Unreleased entries are never removed, and the user is told', async () => {
    const { repo } = webApp();
    const file = join(repo.dir, 'CHANGELOG.md');
    const own = HAND_WRITTEN.replace(
      '## [Unreleased]\n',
      '## [Unreleased]\n\n- Written by hand.\n',
    );
    writeFileSync(file, own);
    const plan = await planRelease({ cwd: repo.dir, changelog: true });
    writeChangelog(plan, repo.dir);
    expect(readFileSync(file, 'utf8')).toContain(
      '## [Unreleased]\n\n- Written by hand.\n\n## [2.0.0]',
    );
    expect(plan.diagnostics.map((d) => d.rule)).toEqual(['changelog-unreleased-kept']);
  });

  it('a forced release with nothing notable still gets its section (point 2)', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    repo.commit('docs: more words');
    const plan = await planRelease({ cwd: repo.dir, releaseAs: '1.0.1', date: '2024-05-02' });
    expect(plan.section).toBe('## [1.0.1] - 2024-05-02\n\nNo notable changes.\n');
  });
});
