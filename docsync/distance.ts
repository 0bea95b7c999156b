import { diffLines } from 'diff';
import levenshtein from 'fast-levenshtein';

/** One changed region of a line diff: lines [start, end] (1-based, inclusive; empty when end < start). */
export interface Hunk {
  /** Lines of `a` the hunk replaces: start is where the change sits when no line is removed. */
  a: { start: number; end: number };
  /** Lines of `b` the hunk brings in. */
  b: { start: number; end: number };
  /** Levenshtein distance between the hunk's removed and added text, in UTF-16 code units. */
  distance: number;
}

/** The edit distance of two texts, assembled hunk by hunk. */
export interface HunkDistance {
  /** Sum of the hunks' distances (UTF-16 code units). */
  distance: number;
  hunks: Hunk[];
}

/**
 * Edit distance between two normalised texts, fast on large files: a line diff (jsdiff 9
 * `diffLines`, Myers) finds the changed hunks, and Levenshtein (fast-levenshtein) runs only
 * on each hunk's removed text against its added text (line breaks included); the result is the
 * sum. Lengths and distances count UTF-16 code units, as `String.length` does.
 *
 * Relation to the full Levenshtein distance L(a, b) of the whole texts — guaranteed, and
 * checked on generated pairs in test/doc-sync/distance.test.ts:
 *  - always `L(a, b) ≤ distance`: matching the equal lines unchanged and editing each hunk
 *    optimally is one valid edit script, so the sum is an upper bound;
 *  - `distance === L(a, b)` whenever the diff has at most one hunk (no change, or a single
 *    changed region), since removing a common prefix and suffix never changes a Levenshtein
 *    distance;
 *  - with two or more hunks it may exceed L(a, b) when the cheapest character alignment would
 *    cross a line the diff kept equal (e.g. a line moved from one hunk into another).
 * Texts small enough for one full Levenshtein (|a|·|b| ≤ EXACT_BUDGET) get the exact L(a, b) as
 * `distance` — the hunks are still listed — so small files never see the upper bound.
 * Never throws.
 */
export function hunkDistance(a: string, b: string): HunkDistance {
  const result = hunksOf(a, b);
  if (a.length * b.length <= EXACT_BUDGET) result.distance = levenshtein.get(a, b);
  return result;
}

/**
 * Largest |a|·|b| for which the full Levenshtein is computed: about 25 million cell updates,
 * tens of milliseconds.
 */
export const EXACT_BUDGET = 25_000_000;

/**
 * The line-diff method alone: the sum of per-hunk Levenshtein distances, an upper bound of
 * L(a, b) that is exact with at most one hunk (see hunkDistance). Never throws.
 */
export function hunksOf(a: string, b: string): HunkDistance {
  const hunks: Hunk[] = [];
  let lineA = 1;
  let lineB = 1;
  let removed = '';
  let added = '';
  let removedLines = 0;
  let addedLines = 0;
  const flush = (): void => {
    if (!removedLines && !addedLines) return;
    hunks.push({
      a: { start: lineA, end: lineA + removedLines - 1 },
      b: { start: lineB, end: lineB + addedLines - 1 },
      distance: levenshtein.get(removed, added),
    });
    lineA += removedLines;
    lineB += addedLines;
    removed = added = '';
    removedLines = addedLines = 0;
  };
  for (const change of diffLines(a, b)) {
    if (change.removed) {
      removed += change.value;
      removedLines += change.count;
    } else if (change.added) {
      added += change.value;
      addedLines += change.count;
    } else {
      flush();
      lineA += change.count;
      lineB += change.count;
    }
  }
  flush();
  return { distance: hunks.reduce((n, h) => n + h.distance, 0), hunks };
}

/**
 * Drift between two texts as a fraction in [0, 1]: 1 − similarity, where similarity =
 * 1 − distance / max(|a|, |b|) with `distance` from hunkDistance (so drift = distance /
 * max length). Two empty texts have drift 0.
 */
export function driftOf(a: string, b: string, distance: number): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : distance / longest;
}
