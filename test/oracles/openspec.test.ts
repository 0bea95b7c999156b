import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpecBundles } from '../../specbundle/check.js';
import type { BundleResult } from '../../specbundle/types.js';
import { OPENSPEC_EXAMPLES, OPENSPEC_FIXTURES } from './openspec-fixtures.js';
import { ROOT } from '../helpers.js';
import { knownDifferences, runOpenSpec, writeRepo } from './oracle.js';

/**
 * Differential test: boardwright's openspec profile against `openspec validate --all --strict
 * --json` (@fission-ai/openspec, a devDependency) on the fixture repositories. Per item, the
 * strict verdict (no error and no warning) and the default verdict (no error) must agree with
 * OpenSpec's, except where test/oracles/known-differences.yaml lists the item with a reason; a
 * listed difference that no longer occurs fails too, so the list stays true.
 */

/** The OpenSpec item a boardwright bundle is: `spec/<capability>` or `change/<name>`. */
function itemOf(b: BundleResult): string | undefined {
  if (b.kind === 'capability') return `spec/${b.dir.replace(/^openspec\/specs\//, '')}`;
  if (b.kind === 'change') return `change/${b.dir.replace(/^openspec\/changes\//, '')}`;
  return undefined;
}

interface Comparison {
  fixture: string;
  item: string;
  mode: 'strict' | 'default';
  expected: boolean;
  boardwright: boolean;
}

const dirs: string[] = [];
const comparisons: Comparison[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir`, by relative path. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const FIXTURES = [
  ...OPENSPEC_FIXTURES,
  ...OPENSPEC_EXAMPLES.map((e) => ({
    name: e.name,
    files: filesOf(join(ROOT, e.dir)),
    openspec: e.openspec,
  })),
];

describe('openspec profile agrees with openspec validate --all --strict', () => {
  for (const fixture of FIXTURES) {
    it(fixture.name, () => {
      const dir = writeRepo(fixture.files, 'bw-openspec-');
      dirs.push(dir);
      const oracle = runOpenSpec(dir);

      // The fixture states OpenSpec's verdicts; they must still be what OpenSpec says.
      const stated = Object.fromEntries([...oracle].map(([k, v]) => [k, v.valid]));
      expect(stated, `OpenSpec's verdicts on ${fixture.name}`).toEqual(fixture.openspec);

      const result = checkSpecBundles({ root: dir, profiles: ['openspec'] });
      expect(result.unusable).toBe(false);
      const ours = new Map(result.bundles.map((b) => [itemOf(b), b]));
      expect([...ours.keys()].sort(), 'the same items').toEqual([...oracle.keys()].sort());

      for (const [item, o] of oracle) {
        const b = ours.get(item) as BundleResult;
        comparisons.push(
          {
            fixture: fixture.name,
            item,
            mode: 'strict',
            expected: o.valid,
            boardwright: b.errors === 0 && b.warnings === 0,
          },
          {
            fixture: fixture.name,
            item,
            mode: 'default',
            expected: !o.issues.some((i) => i.level === 'ERROR'),
            boardwright: b.errors === 0,
          },
        );
      }
    });
  }

  it('every disagreement is a known difference, and every known difference still occurs', () => {
    expect(comparisons.length).toBeGreaterThan(0);
    const known = knownDifferences('openspec');
    const key = (d: { fixture: string; item: string; mode?: string }) =>
      `${d.fixture} ${d.item} ${d.mode ?? 'strict'}`;
    const differing = comparisons.filter((c) => c.expected !== c.boardwright);
    const unlisted = differing.filter(
      (c) =>
        !known.some(
          (k) => key(k) === key(c) && k.expected === c.expected && k.boardwright === c.boardwright,
        ),
    );
    expect(unlisted, 'disagreements not listed in known-differences.yaml').toEqual([]);
    const stale = known.filter((k) => !differing.some((c) => key(c) === key(k)));
    expect(stale, 'known differences that no longer occur').toEqual([]);

    const strict = comparisons.filter((c) => c.mode === 'strict');
    const agreed = strict.filter((c) => c.expected === c.boardwright).length;
    const all = comparisons.filter((c) => c.expected === c.boardwright).length;
    console.log(
      `OpenSpec agreement: strict ${agreed}/${strict.length} items (${((100 * agreed) / strict.length).toFixed(1)}%), strict and default verdicts ${all}/${comparisons.length}`,
    );
    expect(agreed / strict.length).toBeGreaterThanOrEqual(0.95);
  });
});
