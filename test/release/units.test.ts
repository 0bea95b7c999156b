import { describe, expect, it } from 'vitest';
import {
  decodeChangelog,
  detectLayout,
  gitCliffOrder,
  updateChangelog,
} from '../../release/changelog.js';
import { parseChanges } from '../../release/conventional.js';
import { repoLinks } from '../../release/remote.js';
import { GIT_CLIFF_ORDERS, type SectionInput } from '../../release/render.js';
import { classifyTags, parseTagPattern } from '../../release/tags.js';

const commit = (message: string, hash = 'a'.repeat(40)) => ({
  hash,
  parents: [],
  date: '2024-05-01T10:00:00+00:00',
  message,
});

describe('remote URL → web links', () => {
  it.each([
    ['git@github.com:acme/app.git', 'https://github.com/acme/app'],
    ['https://github.com/acme/app.git', 'https://github.com/acme/app'],
    ['https://x-access-token:ghs_abc@github.com/acme/app', 'https://github.com/acme/app'],
    ['ssh://git@github.com:22/acme/app.git', 'https://github.com/acme/app'],
    ['git@gitlab.com:group/sub/app.git', 'https://gitlab.com/group/sub/app'],
  ])('%s', (url, base) => {
    expect(repoLinks(url)?.base).toBe(base);
  });

  it('local paths and single-segment paths give no links', () => {
    for (const url of [
      '/srv/git/app.git',
      '../app',
      'file:///srv/app',
      'C:\\repos\\app',
      'https://host/app',
    ]) {
      expect(repoLinks(url)).toBeUndefined();
    }
  });

  it('builds GitHub and GitLab URLs, encoding tag names', () => {
    const gh = repoLinks('https://github.com/o/r')!;
    expect(gh.compare('pkg@1.0.0', 'pkg@1.1.0')).toBe(
      'https://github.com/o/r/compare/pkg%401.0.0...pkg%401.1.0',
    );
    expect(gh.tag('v1.0.0')).toBe('https://github.com/o/r/releases/tag/v1.0.0');
    const gl = repoLinks('https://gitlab.example.com/o/r')!;
    expect([gl.commit('abc'), gl.tag('v1'), gl.issue('3')]).toEqual([
      'https://gitlab.example.com/o/r/-/commit/abc',
      'https://gitlab.example.com/o/r/-/tags/v1',
      'https://gitlab.example.com/o/r/-/issues/3',
    ]);
  });
});

describe('conventional commits → changes', () => {
  const one = (message: string) => parseChanges([commit(message)]).changes[0];

  it('reads type, scope, "!" and both breaking footers; only upper-case footers count', () => {
    expect(
      one('Feat(API)!: drop v1\n\nBody.\n\nBREAKING CHANGE: v1 is gone\nand stays gone.'),
    ).toMatchObject({
      type: 'feat',
      scope: 'API',
      subject: 'drop v1',
      breaking: true,
      breakingNotes: ['v1 is gone\nand stays gone.'],
    });
    expect(one('fix: x\n\nBREAKING-CHANGE: dash form')).toMatchObject({
      breaking: true,
      breakingNotes: ['dash form'],
    });
    expect(one('fix: x\n\nBreaking change: mixed case')!.breaking).toBe(false);
    expect(one('fix:no space')).toBeUndefined();
    // A note ends at a trailer.
    expect(
      one('fix: x\n\nBREAKING CHANGE: a\nb\nSigned-off-by: A <a@example.com>')!.breakingNotes,
    ).toEqual(['a\nb']);
  });

  it('accepts the headers conventional-commits-parser accepts: any scope text, two spaces after the colon', () => {
    expect(one('fix(ci+installers): ship both')).toMatchObject({
      scope: 'ci+installers',
      subject: 'ship both',
    });
    expect(one('feat(compiler:sfc):  two spaces')).toMatchObject({
      type: 'feat',
      scope: 'compiler:sfc',
      subject: 'two spaces',
    });
    expect(one('feat(a)!: x (b): y')).toMatchObject({
      scope: 'a',
      subject: 'x (b): y',
      breaking: true,
    });
    expect(one('feat(a): x (b): y')).toMatchObject({ scope: 'a): x (b', subject: 'y' });
    expect(one('(scope): no type')).toBeUndefined();
  });

  it('squash bodies list commits but add no changes; a BREAKING CHANGE footer line in them still counts', () => {
    const message =
      'feat(board): swimlanes (#40)\n\n* feat(board)!: swimlanes\n\n* fix: lint error\n\n- perf: cache lanes\n\n---------\n\nCo-authored-by: B <b@example.com>\n';
    const { changes } = parseChanges([commit(message)]);
    expect(changes.map((c) => [c.header, c.breaking])).toEqual([
      ['feat(board): swimlanes (#40)', false],
    ]);
    expect(one('Sprint 4 (#41)\n\n* feat: a\n* fix: b\n')).toBeUndefined();
    expect(one('feat: y (#42)\n\n* feat!: y\n\nBREAKING CHANGE: z')).toMatchObject({
      breaking: true,
      breakingNotes: ['z'],
    });
  });

  it('a non-conventional commit with a BREAKING CHANGE footer is a breaking change without a type', () => {
    expect(one('Update the API\n\nBREAKING CHANGE: /v1 is gone')).toMatchObject({
      type: '',
      subject: 'Update the API',
      breaking: true,
    });
  });

  it('collects item ids from id-like scopes and Refs-style footers, not from ordinary scopes', () => {
    const items = (m: string) => one(m)!.items;
    expect(items('feat(BSP-011): login')).toEqual(['BSP-011']);
    expect(items('feat(BSP-011,BSP-012): both')).toEqual(['BSP-011', 'BSP-012']);
    expect(items('fix(T014): task')).toEqual(['T014']);
    expect(items('feat(api): x\n\nRefs M1.2.1')).toEqual(['M1.2.1']);
    expect(items('feat(api): x\n\nRefs: BSP-011, BSP-012; M4\nImplements T001.')).toEqual([
      'BSP-011',
      'BSP-012',
      'M4',
      'T001',
    ]);
    expect(items('feat(S3): bucket')).toEqual([]);
    expect(items('feat(utf-8): x\n\nRefs #12')).toEqual([]);
    expect(items('feat: x\n\nRefs:M1')).toEqual([]);
  });

  it('a change seen twice (cherry-pick) is listed once with the items of both', () => {
    const { changes, nonConventional } = parseChanges([
      commit('fix: Handle  empty boards (#3)', '1'.repeat(40)),
      commit('fix: handle empty boards\n\nRefs BSP-9', '2'.repeat(40)),
      commit('Update README', '3'.repeat(40)),
    ]);
    expect(changes.map((c) => [c.hash[0], c.items])).toEqual([['1', ['BSP-9']]]);
    expect(nonConventional.map((c) => c.hash[0])).toEqual(['3']);
  });

  it('a commit and its revert in the same range drop out together; a revert of an older commit stays', () => {
    const fix = 'f'.repeat(40);
    const old = 'e'.repeat(40);
    const { changes, reverted } = parseChanges([
      commit(`Revert "fix: y"\n\nThis reverts commit ${old}.`, '3'.repeat(40)),
      commit(`Revert "fix(cli): x"\n\nThis reverts commit ${fix}.`, '2'.repeat(40)),
      commit('fix(cli): x', fix),
    ]);
    expect(changes.map((c) => [c.hash[0], c.type, c.subject, c.revert?.paired])).toEqual([
      ['3', 'revert', 'fix: y', false],
      ['2', 'revert', 'fix(cli): x', true],
    ]);
    expect(reverted.map((c) => c.hash)).toEqual([fix]);
    // A revert of a revert brings the change back.
    const again = parseChanges([
      commit(`Revert "Revert "feat: z""\n\nThis reverts commit ${'2'.repeat(40)}.`, '3'.repeat(40)),
      commit(`Revert "feat: z"\n\nThis reverts commit ${fix}.`, '2'.repeat(40)),
      commit('feat: z', fix),
    ]);
    expect(again.changes.map((c) => [c.hash[0], c.type])).toEqual([
      ['3', 'revert'],
      ['f', 'feat'],
    ]);
  });
});

describe('tags', () => {
  it('sorts release tags by version and flags release-looking tags that are not semver', () => {
    const p = parseTagPattern('v');
    const t = classifyTags(
      ['v1.2.0', 'v1.10.0', 'v1.10.0-rc.1', 'v1.2', 'v01.0.0', 'vnext', 'pkg@1.0.0', '1.0.0'].map(
        (name) => ({
          name,
          commit: name,
        }),
      ),
      p,
    );
    expect(t.releases.map((r) => r.name)).toEqual(['v1.10.0', 'v1.10.0-rc.1', 'v1.2.0']);
    expect(t.malformed.map((r) => r.name)).toEqual(['v1.2', 'v01.0.0']);
    expect(t.other.map((r) => r.name)).toEqual(['vnext', 'pkg@1.0.0', '1.0.0']);
    expect(parseTagPattern('@scope/ui@v{version}')).toEqual({
      prefix: '@scope/ui@v',
      suffix: '',
      source: '@scope/ui@v{version}',
    });
    expect(() => parseTagPattern('release {version}')).toThrow(/characters git does not allow/);
  });
});

describe('changelog file edits', () => {
  const input: SectionInput = {
    version: '1.1.0',
    date: '2024-05-01',
    tag: 'v1.1.0',
    previousTag: 'v1.0.0',
    changes: [
      {
        type: 'feat',
        subject: 'x',
        breaking: false,
        breakingNotes: [],
        items: [],
        hash: 'b'.repeat(40),
        date: '',
        header: 'feat: x',
        body: '',
      },
    ],
  };

  it('ignores version-like headings inside fenced code and keeps a file without a final newline as it was', () => {
    const text =
      '# Changelog\n\n```md\n## [1.1.0] - example\n```\n\n## [1.0.0] - 2024-01-01\n\n- First.';
    const { text: out, action } = updateChangelog(text, input, 'keep-a-changelog');
    expect(action).toBe('inserted');
    expect(out).toBe(
      '# Changelog\n\n```md\n## [1.1.0] - example\n```\n\n## [Unreleased]\n\n## [1.1.0] - 2024-05-01\n\n### Added\n\n- x (bbbbbbb)\n\n## [1.0.0] - 2024-01-01\n\n- First.',
    );
    expect(updateChangelog(out, input, 'keep-a-changelog')).toMatchObject({
      changed: false,
      text: out,
    });
  });

  it('replaces the section of the same version, wherever its end is', () => {
    const text =
      '# Changelog\n\n## 1.1.0 (2024-04-30)\n\n* old text\n\n### 1.0.1 (2024-04-01)\n\n* patch\n';
    const { text: out, action } = updateChangelog(text, input, 'conventional');
    expect(action).toBe('replaced');
    expect(out).toBe(
      '# Changelog\n\n## 1.1.0 (2024-05-01)\n\n### Features\n\n- x (bbbbbbb)\n\n### 1.0.1 (2024-04-01)\n\n* patch\n',
    );
  });

  it('git-cliff layout: replacing the last release keeps the footer and the blank line before it', () => {
    const text =
      '## [1.1.0] - 2024-04-30\n\n### 🚀 Features\n\n- Old\n\n<!-- generated by git-cliff -->\n';
    const { text: out } = updateChangelog(
      text,
      { ...input, groupHeadings: new Map([['Features', '🚀 Features']]) },
      'git-cliff',
    );
    expect(out).toBe(
      '## [1.1.0] - 2024-05-01\n\n### 🚀 Features\n\n- X\n\n<!-- generated by git-cliff -->\n',
    );
    expect(detectLayout(out)).toBe('git-cliff');
    expect(detectLayout('## [1.0.0] - 2024-01-01\n\n### ⚙️ Miscellaneous Tasks\n\n- Init\n')).toBe(
      'git-cliff',
    );
    expect(detectLayout('## [1.0.0] - 2024-01-01\n\n### Added\n\n### Features\n')).toBe(
      'keep-a-changelog',
    );
  });

  it("git-cliff layout: the group order of the file's git-cliff version", () => {
    const byName =
      '## [1.0.0] - 2024-01-01\n\n### 🐛 Bug Fixes\n\n- A\n\n### 💼 Other\n\n- B\n\n### 🚜 Refactor\n\n- C\n';
    const byParser =
      '## [1.0.0] - 2024-01-01\n\n### 📚 Documentation\n\n- A\n\n### 🚜 Refactor\n\n- C\n\n### 💼 Other\n\n- B\n';
    expect(gitCliffOrder(byName)[2]).toBe('Other');
    expect(gitCliffOrder(byParser).slice(-1)).toEqual(['Other']);
    expect(gitCliffOrder('## [1.0.0] - 2024-01-01\n\n### 🚀 Features\n\n- A\n')).toEqual(
      GIT_CLIFF_ORDERS.byName,
    );
  });

  it('detects layouts and conflict markers', () => {
    expect(detectLayout('## [Unreleased]\n')).toBe('keep-a-changelog');
    expect(detectLayout('## [1.0.0] - 2024-01-01\n')).toBe('keep-a-changelog');
    expect(detectLayout('## [1.0.0](https://x/compare/a...b) (2024-01-01)\n')).toBe('conventional');
    expect(detectLayout('# Notes\n')).toBeUndefined();
    const marked = Buffer.from('a\n<<<<<<< ours\nb\n||||||| base\n=======\nc\n>>>>>>> theirs\n');
    expect(() => decodeChangelog(marked, 'CHANGELOG.md')).toThrow(/line 2/);
    expect(decodeChangelog(Buffer.from('<<<<<<< only an opening line\n'), 'C.md')).toBe(
      '<<<<<<< only an opening line\n',
    );
  });
});
