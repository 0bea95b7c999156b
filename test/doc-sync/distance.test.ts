import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { hunkDistance, hunksOf } from '../../docsync/distance.js';

/** Textbook dynamic-programming Levenshtein, written here to check the library against. */
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['run', 'npm', 'test', 'the', 'a', '-', '##', 'build', 'lint', 'ok', 'x'];

function randomLine(r: () => number): string {
  const n = Math.floor(r() * 5);
  return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

/** A small document and a copy with random line edits, inserts, deletes and character edits. */
function pair(r: () => number): [string, string] {
  const lines = Array.from({ length: 1 + Math.floor(r() * 8) }, () => randomLine(r));
  const edited = [...lines];
  const edits = Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (edited.length + 1));
    const kind = r();
    if (kind < 0.3) edited.splice(at, 0, randomLine(r));
    else if (kind < 0.55 && edited.length) edited.splice(Math.min(at, edited.length - 1), 1);
    else if (edited.length) {
      const i = Math.min(at, edited.length - 1);
      const line = edited[i]!;
      const c = Math.floor(r() * (line.length + 1));
      edited[i] = line.slice(0, c) + (r() < 0.5 ? 'Z' : '') + line.slice(c + 1);
    }
  }
  const end = (l: string[]): string => (l.length ? `${l.join('\n')}\n` : '');
  return [end(lines), end(edited)];
}

describe('hunkDistance against the full Levenshtein distance', () => {
  it('line-diff sum: exact with at most one hunk and an upper bound otherwise, on 3,000 pairs', () => {
    const r = rng(20240611);
    const tally = { pairs: 0, singleHunk: 0, multiHunk: 0, multiEqual: 0, worstExcess: 0 };
    for (let k = 0; k < 3000; k++) {
      const [a, b] = pair(r);
      const full = reference(a, b);
      expect(levenshtein.get(a, b)).toBe(full);
      // What the check reports on files this small is the exact distance.
      expect(hunkDistance(a, b).distance).toBe(full);
      const { distance, hunks } = hunksOf(a, b);
      tally.pairs++;
      if (hunks.length <= 1) {
        tally.singleHunk++;
        expect(distance, JSON.stringify([a, b])).toBe(full);
      } else {
        tally.multiHunk++;
        expect(distance, JSON.stringify([a, b])).toBeGreaterThanOrEqual(full);
        if (distance === full) tally.multiEqual++;
        tally.worstExcess = Math.max(tally.worstExcess, distance - full);
      }
    }
    // Both cases must actually have been exercised for the test to mean anything.
    expect(tally.singleHunk).toBeGreaterThan(500);
    expect(tally.multiHunk).toBeGreaterThan(500);
    console.log('hunkDistance vs full Levenshtein:', JSON.stringify(tally));
  });

  it('places hunks on 1-based line ranges of both texts', () => {
    const a = 'one\ntwo\nthree\nfour\n';
    const b = 'one\nTWO\nthree\nfour\nfive\n';
    const { distance, hunks } = hunkDistance(a, b);
    expect(hunks).toEqual([
      { a: { start: 2, end: 2 }, b: { start: 2, end: 2 }, distance: 3 },
      { a: { start: 5, end: 4 }, b: { start: 5, end: 5 }, distance: 5 },
    ]);
    expect(distance).toBe(8);
    expect(reference(a, b)).toBe(8);
  });

  it('compares two 200 KB files with scattered edits in a few seconds', () => {
    const r = rng(7);
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 200_000 && i < 10_000; i++)
      lines.push(
        `- Rule ${i}: ${randomLine(r)} ${randomLine(r)} ${'keep the board in git '.slice(0, 5 + (i % 17))}`,
      );
    const a = `${lines.join('\n')}\n`;
    const edited = [...lines];
    for (let i = 50; i < edited.length; i += 97) edited[i] = `${edited[i]} (changed)`;
    const b = `${edited.join('\n')}\n`;
    expect(a.length).toBeGreaterThan(200_000);
    const start = performance.now();
    const { distance, hunks } = hunkDistance(a, b);
    const ms = performance.now() - start;
    expect(hunks.length).toBe(Math.ceil((lines.length - 50) / 97));
    expect(distance).toBe(hunks.length * ' (changed)'.length);
    expect(ms).toBeLessThan(5000);
    console.log(`200 KB pair: ${hunks.length} hunks, distance ${distance}, ${ms.toFixed(0)} ms`);
  });
});
