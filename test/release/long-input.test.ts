import { describe, expect, it } from 'vitest';
import { lintCommits } from '../../release/lint.js';
import { planRelease } from '../../release/release.js';
import { TestRepo } from './repo.js';

/**
 * Hostile commit messages of about 2 MB each, in the shapes that made reading history
 * super-linear (a 200 KB message of whitespace lines took 119 s, 4.4× the time for 2× the
 * size). At this size a quadratic pass would take hours; a linear one takes well under a
 * second. No time is asserted: the test finishing is the check.
 */
const SIZE = 2_000_000;

function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const SHAPES: Record<string, string> = {
  'whitespace lines after a header': `fix: x\n${fill('\t \n \n')}`,
  'whitespace lines only': fill('   \t  \n'),
  'a header of spaces ending in ")"': `fix: ${fill(' ')})`,
  'a scope full of parentheses and no colon': `feat(${fill(')(')}`,
  '"Revert" then whitespace, no hash line': `Revert "${fill(' \n')}`,
  'revert lines without the final period': `Revert "x"\n\n${fill('This reverts commit abc \n')}`,
  'a Refs footer of spaces ending in CR': `fix: x\n\nRefs${fill(' ')}\r`,
  'a breaking note of spaces and colons': `fix: x\n\nBREAKING CHANGE${fill(': \t')}`,
  'bullet lines of a squash body': `feat: x (#1)\n\n${fill('* fix: a\n\n')}`,
  'pipes and stars before a keyword that never comes': `fix: x\n\n${fill('| * ')}BREAKING`,
  'closing keywords before one issue reference': `fix: x\n\n${fill('fixes ')}#1`,
  'unmatched quotes in the subject': `fix: A${fill('\'b"c')}`,
};

describe('version, changelog and commit-lint stay linear on long hostile commit messages', () => {
  it('reads every shape and still finds the release', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    const fix = repo.commit('fix: the one real change');
    for (const message of Object.values(SHAPES)) repo.commit(message);
    const plan = await planRelease({ cwd: repo.dir, changelog: true, layout: 'conventional' });
    // "fix: x" with the whitespace lines, the real fix, and the others that parse: a patch
    // (the breaking note of spaces and colons has no text, but it is still a breaking footer).
    expect(plan.version).toBe('2.0.0');
    expect(plan.allChanges.some((c) => c.hash === fix)).toBe(true);
    expect(plan.section.length).toBeGreaterThan(100);
    const lint = await lintCommits({ cwd: repo.dir, range: 'v1.0.0..HEAD' });
    expect(lint.checked).toHaveLength(Object.keys(SHAPES).length + 1);
  }, 600_000);
});
