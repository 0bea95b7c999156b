import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import { SPEC_KIT_FIXTURES } from './spec-kit-fixtures.js';
import { knownDifferences, writeRepo } from './oracle.js';

/**
 * spec-kit's decisions (its scripts and templates, stated in the fixtures) against the spec-kit
 * profile: the findings at warning or error, Markdown lint aside, must be exactly the ones the
 * fixture states, unless test/oracles/known-differences.yaml lists the difference.
 */

interface Difference {
  fixture: string;
  item: string;
  expected: boolean;
  boardwright: boolean;
}

const differences: Difference[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the spec-kit profile follows spec-kit’s scripts and templates', () => {
  for (const f of SPEC_KIT_FIXTURES) {
    it(f.name, () => {
      const dir = writeRepo(f.files, 'bw-speckit-');
      dirs.push(dir);
      const result = checkSpecBundles({ root: dir, profiles: ['spec-kit'], env: f.env ?? {} });
      expect(result.unusable).toBe(false);
      const ours = new Set(
        result.diagnostics
          .filter((d) => d.severity !== 'info' && !d.rule.startsWith('remark-lint:'))
          .map((d) => `${d.rule} ${d.path}`),
      );
      const theirs = new Set(f.expected.map(([rule, path]) => `${rule} ${path}`));
      for (const item of new Set([...ours, ...theirs])) {
        if (ours.has(item) !== theirs.has(item))
          differences.push({
            fixture: f.name,
            item,
            expected: theirs.has(item),
            boardwright: ours.has(item),
          });
      }
    });
  }

  it('every difference is a known one, and every known one still occurs', () => {
    const known = knownDifferences('spec-kit');
    const listed = (d: Difference) =>
      known.some(
        (k) =>
          k.fixture === d.fixture &&
          k.item === d.item &&
          k.expected === d.expected &&
          k.boardwright === d.boardwright,
      );
    expect(
      differences.filter((d) => !listed(d)),
      'unlisted differences',
    ).toEqual([]);
    expect(
      known.filter((k) => !differences.some((d) => d.fixture === k.fixture && d.item === k.item)),
      'known differences that no longer occur',
    ).toEqual([]);
    const findings = SPEC_KIT_FIXTURES.reduce((n, f) => n + f.expected.length, 0);
    console.log(
      `spec-kit: ${SPEC_KIT_FIXTURES.length} fixtures, ${findings} expected finding(s), ${differences.length} difference(s)`,
    );
  });
});
