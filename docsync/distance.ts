import { diffLines } from 'diff';
import levenshtein from 'fast-levenshtein';

/** One changed region of a line diff: lines [start, end] (1-based, inclusive; empty when end < start). */
export interface Hunk {
  /** Lines of `a` the hunk replaces: start is where the change sits when no line is removed. */
  a: { start: number; end: number };
  /** Lines of `b` the hunk brings in. */
  b: { start: number; end: number };
  /** The removed lines of `a`, without their line breaks. */
  removed: string[];
  /** The added lines of `b`, without their line breaks. */
  added: string[];
  /** Edit distance between the hunk's removed and added text (see hunkCost), in UTF-16 code units. */
  distance: number;
}

/** The edit distance of two texts, assembled hunk by hunk. */
export interface HunkDistance {
  /** The reported distance in UTF-16 code units (see hunkDistance for its exact definition). */
  distance: number;
  hunks: Hunk[];
}

/**
 * Largest |x|·|y| (UTF-16 code units) for which a full Levenshtein distance is computed: 25
 * million cell updates, about 15 ms with fast-levenshtein. Two texts of up to 5,000 characters
 * each always get the exact distance.
 */
export const EXACT_BUDGET = 25_000_000;

/**
 * Longest line edit script (lines removed + lines added) asked of the Myers line diff. Its cost
 * grows with the square of that length (about 0.3 s at 1,000 on 200 KB, 7 s at 10,000), so past
 * it the lines are aligned on unique lines instead (see anchoredHunks).
 */
export const MAX_LINE_EDITS = 1_000;

/**
 * Edit distance between two normalised texts, exact on small texts and fast on large ones.
 * Lengths and distances count UTF-16 code units, as `String.length` does. The reported
 * `distance` is defined as:
 *
 *  1. when |a|·|b| ≤ EXACT_BUDGET: the Levenshtein distance L(a, b) (fast-levenshtein);
 *  2. otherwise the sum of hunkCost over the hunks of the line diff (hunksOf).
 *
 * Guarantees (proved in the comments of hunksOf and hunkCost, checked on generated pairs in
 * test/doc-sync/distance.test.ts): the result is always ≥ L(a, b), because each step is a
 * valid edit script; it equals L(a, b) in case 1, and in case 2 whenever the line diff has at
 * most one hunk and that hunk fits EXACT_BUDGET. With several hunks it may exceed L(a, b) when
 * the cheapest character alignment would cross a line the diff kept equal (a line moved from
 * one hunk to another). The hunks are always listed, for the report. Never throws.
 */
export function hunkDistance(a: string, b: string): HunkDistance {
  const result = hunksOf(a, b);
  if (a.length * b.length <= EXACT_BUDGET) result.distance = levenshtein.get(a, b);
  return result;
}

/**
 * The line-diff method alone: the changed hunks between `a` and `b` and the sum of their
 * hunkCost, capped at max(|a|, |b|) (the cost of substituting the shorter text and inserting the
 * rest). Lines are found by jsdiff 9 `diffLines` (Myers) when its edit script has at most
 * MAX_LINE_EDITS lines, else by anchoredHunks. The sum is ≥ L(a, b): keeping the lines outside
 * the hunks and editing each hunk's removed text into its added text is one edit script of
 * that cost. With a single hunk it equals L(a, b) when hunkCost is exact, because stripping a
 * common prefix and suffix never changes a Levenshtein distance. Never throws.
 */
export function hunksOf(a: string, b: string): HunkDistance {
  const la = linesOf(a);
  const lb = linesOf(b);
  const raw = myersHunks(a, b) ?? anchoredHunks(la, lb);
  const hunks = raw.map((h): Hunk => {
    const removed = la.slice(h.a, h.a + h.removed);
    const added = lb.slice(h.b, h.b + h.added);
    return {
      a: { start: h.a + 1, end: h.a + h.removed },
      b: { start: h.b + 1, end: h.b + h.added },
      removed: removed.map(stripBreak),
      added: added.map(stripBreak),
      distance: hunkCost(removed, added),
    };
  });
  const sum = hunks.reduce((n, h) => n + h.distance, 0);
  return { distance: Math.min(sum, Math.max(a.length, b.length)), hunks };
}

/**
 * Cost of editing the removed lines into the added lines (each line with its line break):
 * Levenshtein of the joined texts when |removed|·|added| ≤ EXACT_BUDGET; otherwise the lines are
 * paired in order (the i-th removed with the i-th added), each pair costs its Levenshtein (or,
 * past EXACT_BUDGET, the longer of the two after stripping their common prefix and suffix) and
 * every unpaired line costs its length, capped at the longer text's length. Each branch is the cost of an edit script, so the
 * result is ≥ the Levenshtein distance of the joined texts, and equal to it in the first.
 */
export function hunkCost(removed: readonly string[], added: readonly string[]): number {
  const r = removed.join('');
  const d = added.join('');
  if (r.length * d.length <= EXACT_BUDGET) return levenshtein.get(r, d);
  const paired = Math.min(removed.length, added.length);
  let cost = 0;
  for (let i = 0; i < paired; i++) cost += lineCost(removed[i]!, added[i]!);
  for (const line of removed.slice(paired)) cost += line.length;
  for (const line of added.slice(paired)) cost += line.length;
  return Math.min(cost, Math.max(r.length, d.length));
}

/** Levenshtein within budget; past it, substitute the differing middle and insert/delete the rest. */
function lineCost(x: string, y: string): number {
  if (x.length * y.length <= EXACT_BUDGET) return levenshtein.get(x, y);
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let s = 0;
  while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  return Math.max(x.length, y.length) - p - s;
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

/** A hunk by 0-based line offsets and line counts. */
interface RawHunk {
  a: number;
  b: number;
  removed: number;
  added: number;
}

/** Lines with their line breaks, so that joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function stripBreak(line: string): string {
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

/** Hunks of jsdiff's Myers line diff, or undefined when it needs more than MAX_LINE_EDITS. */
function myersHunks(a: string, b: string): RawHunk[] | undefined {
  const changes = diffLines(a, b, { maxEditLength: MAX_LINE_EDITS });
  if (!changes) return undefined;
  const hunks: RawHunk[] = [];
  let lineA = 0;
  let lineB = 0;
  let open: RawHunk | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = undefined;
      lineA += change.count;
      lineB += change.count;
      continue;
    }
    open ??= { a: lineA, b: lineB, removed: 0, added: 0 };
    if (change.removed) {
      open.removed += change.count;
      lineA += change.count;
    } else {
      open.added += change.count;
      lineB += change.count;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

/**
 * A line alignment in O(n log n) for texts too different for the Myers diff: the common first
 * and last lines are kept, then the lines that occur exactly once in each remaining part are
 * matched along their longest increasing run (as patience diff does); everything between two
 * matched lines is one hunk.
 */
function anchoredHunks(la: readonly string[], lb: readonly string[]): RawHunk[] {
  let p = 0;
  while (p < la.length && p < lb.length && la[p] === lb[p]) p++;
  let s = 0;
  while (s < la.length - p && s < lb.length - p && la[la.length - 1 - s] === lb[lb.length - 1 - s])
    s++;
  const endA = la.length - s;
  const endB = lb.length - s;
  const seen = new Map<string, { inA: number; inB: number; atA: number; atB: number }>();
  for (let i = p; i < endA; i++) {
    const e = seen.get(la[i]!) ?? { inA: 0, inB: 0, atA: i, atB: -1 };
    e.inA++;
    seen.set(la[i]!, e);
  }
  for (let j = p; j < endB; j++) {
    const e = seen.get(lb[j]!);
    if (!e) continue;
    e.inB++;
    e.atB = j;
  }
  const unique = [...seen.values()]
    .filter((e) => e.inA === 1 && e.inB === 1)
    .sort((x, y) => x.atA - y.atA);
  const anchors = longestIncreasing(unique.map((e) => e.atB)).map((k) => unique[k]!);
  const hunks: RawHunk[] = [];
  let lineA = p;
  let lineB = p;
  for (const { atA, atB } of [...anchors, { atA: endA, atB: endB }]) {
    if (atA > lineA || atB > lineB)
      hunks.push({ a: lineA, b: lineB, removed: atA - lineA, added: atB - lineB });
    lineA = atA + 1;
    lineB = atB + 1;
  }
  return hunks;
}

/** Indices of one longest strictly increasing subsequence of `xs` (patience sorting). */
function longestIncreasing(xs: readonly number[]): number[] {
  const tails: number[] = []; // index in xs of the smallest tail of each run length
  const before: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const run: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = before[k]!) run.push(k);
  return run.reverse();
}
