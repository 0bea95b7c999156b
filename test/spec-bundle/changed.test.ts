import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import { changedFiles } from '../../specbundle/changed.js';
import { brief, cli, CONSTITUTION, git, specKitFeature, tempRepo, writeFiles } from './helpers.js';

/**
 * A spec-kit repository with two features committed on main; `001-alpha` carries an open
 * clarification marker from before the branch, so a full check fails while a changed-only check
 * of a branch that does not touch it must not see it. The branch `feature` touches `002-beta`.
 */
function repository(): { dir: string; base: string } {
  const dir = tempRepo({
    '.specify/memory/constitution.md': CONSTITUTION,
    ...specKitFeature(
      '001-alpha',
      '- **FR-002**: System MUST [NEEDS CLARIFICATION: which format?]\n',
    ),
    ...specKitFeature('002-beta'),
  });
  git(dir, 'init', '--quiet', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD').trim();
  git(dir, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(
    dir,
    specKitFeature(
      '002-beta',
      '- **FR-002**: System MUST export [NEEDS CLARIFICATION: to where?]\n',
    ),
  );
  git(dir, 'commit', '--quiet', '-am', 'touch beta');
  return { dir, base };
}

describe('changed-only, on a real git repository', () => {
  let repo: { dir: string; base: string };
  beforeEach(() => {
    repo = repository();
  });

  it('checks only the bundle the branch touched (and the shared constitution with it)', () => {
    const full = checkSpecBundles({ root: repo.dir });
    expect(full.bundles.map((b) => b.dir)).toEqual(['.', 'specs/001-alpha', 'specs/002-beta']);
    expect(
      full.diagnostics.filter((d) => d.rule === 'needs-clarification').map((d) => d.path),
    ).toEqual(['specs/001-alpha/spec.md', 'specs/002-beta/spec.md']);

    const changed = checkSpecBundles({ root: repo.dir, changedOnly: true, base: 'main' });
    expect(changed.changed).toEqual({
      base: repo.base,
      files: ['specs/002-beta/spec.md'],
      skipped: 1,
    });
    expect(changed.bundles.map((b) => b.dir)).toEqual(['.', 'specs/002-beta']);
    expect(brief(changed.diagnostics)).toEqual([
      ['warning', 'uncovered-requirement', 'specs/002-beta/spec.md', 10, 5],
      ['error', 'needs-clarification', 'specs/002-beta/spec.md', 10, 34],
    ]);
    expect(changed.passed).toBe(false);

    // The CLI gives the same result and exit code.
    const run = cli(['spec-bundle', '--changed-only', '--base', 'main', '--json'], repo.dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.diagnostics).toEqual(changed.diagnostics);
    expect(json.changed).toEqual(changed.changed);
  });

  it('diffs from the merge base, and sees uncommitted, untracked and deleted files', () => {
    // main moves on after the branch: its change to alpha is not part of this branch's diff.
    git(repo.dir, 'checkout', '--quiet', 'main');
    writeFileSync(join(repo.dir, 'specs/001-alpha/research.md'), '# Research\n\nDone.\n');
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '--quiet', '-m', 'main moves');
    git(repo.dir, 'checkout', '--quiet', 'feature');
    expect(changedFiles(repo.dir, 'main')).toEqual({
      files: ['specs/002-beta/spec.md'],
      base: git(repo.dir, 'rev-parse', 'main').trim(),
    });

    rmSync(join(repo.dir, 'specs/002-beta/plan.md'));
    writeFileSync(join(repo.dir, 'notes.md'), '# Notes\n');
    const result = checkSpecBundles({ root: repo.dir, changedOnly: true, base: 'main' });
    expect(result.changed?.files).toEqual([
      'notes.md',
      'specs/002-beta/plan.md',
      'specs/002-beta/spec.md',
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-file').map((d) => d.path)).toEqual([
      'specs/002-beta/plan.md',
    ]);
  });

  it('a branch that touches no bundle passes, and only the shared file is checked when only it changed', () => {
    git(repo.dir, 'checkout', '--quiet', '-b', 'docs', 'main');
    writeFileSync(join(repo.dir, 'README.md'), '# Readme\n');
    const none = checkSpecBundles({ root: repo.dir, changedOnly: true, base: 'main' });
    expect(none.bundles).toEqual([]);
    expect(none.changed?.skipped).toBe(2);
    expect(none.passed).toBe(true);

    writeFileSync(
      join(repo.dir, '.specify/memory/constitution.md'),
      '# Constitution\n\n## Governance\n\nTwo approvals.\n',
    );
    const shared = checkSpecBundles({ root: repo.dir, changedOnly: true, base: 'main' });
    expect(shared.bundles.map((b) => [b.dir, b.kind])).toEqual([['.', 'shared']]);
    expect(brief(shared.diagnostics)).toEqual([
      ['error', 'missing-heading', '.specify/memory/constitution.md', 1, 1],
    ]);
  });

  it('works from a sub-folder of the repository: paths stay relative to the workspace root', () => {
    const dir = tempRepo({ 'docs/.specify/memory/constitution.md': CONSTITUTION });
    writeFiles(join(dir, 'docs'), specKitFeature('001-alpha'));
    git(dir, 'init', '--quiet', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '--quiet', '-m', 'base');
    writeFileSync(
      join(dir, 'docs/specs/001-alpha/research.md'),
      '# Research\n\nSee http://x.example\n',
    );
    const result = checkSpecBundles({ root: join(dir, 'docs'), changedOnly: true, base: 'HEAD' });
    expect(result.changed?.files).toEqual(['specs/001-alpha/research.md']);
    expect(brief(result.diagnostics)).toEqual([
      ['warning', 'remark-lint:no-literal-urls', 'specs/001-alpha/research.md', 3, 5],
    ]);
  });

  it('an unknown base, a folder outside git and a missing --base are unusable input: exit 2', () => {
    const unknown = cli(['spec-bundle', '--changed-only', '--base', 'origin/nope'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain(
      '.:1:1  error  The base revision "origin/nope" is not in this clone. Fetch it first; in GitHub Actions, check out with fetch-depth: 0.  git-failed',
    );
    const outside = tempRepo({ 'specs/001-a/spec.md': '# A\n' });
    const noRepo = checkSpecBundles({ root: outside, changedOnly: true, base: 'main' });
    expect(noRepo.unusable).toBe(true);
    expect(noRepo.diagnostics.map((d) => d.rule)).toEqual(['git-failed']);
    expect(noRepo.diagnostics[0]!.message).toMatch(/is not inside a git repository/);
    // A base that git would read as an option never reaches git.
    expect(changedFiles(repo.dir, '--output=/tmp/x')).toEqual({
      diagnostic: expect.objectContaining({ rule: 'git-failed', fatal: true }),
    });
    const noBase = cli(['spec-bundle', '--changed-only'], repo.dir);
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toBe(
      'boardwright: --changed-only needs --base <ref> (e.g. --base origin/main).\n',
    );
  });
});
