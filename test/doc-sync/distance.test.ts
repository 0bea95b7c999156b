import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import {
  EXACT_BUDGET,
  MAX_LINE_EDITS,
  hunkCost,
  hunkDistance,
  hunksOf,
} from '../../docsync/distance.js';

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

const text = (l: readonly string[]): string => (l.length ? `${l.join('\n')}\n` : '');

/**
 * A copy of `lines` with random edits: line inserts, deletes, character edits, and the
 * reorderings that make a line diff over-count — a run of lines moved elsewhere, two adjacent
 * runs swapped.
 */
function edit(lines: readonly string[], r: () => number, edits: number): string[] {
  const out = [...lines];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (out.length + 1));
    const kind = r();
    if (kind < 0.2) out.splice(at, 0, randomLine(r));
    else if (kind < 0.35 && out.length) out.splice(Math.min(at, out.length - 1), 1);
    else if (kind < 0.55 && out.length > 1) {
      const from = Math.floor(r() * out.length);
      const run = out.splice(from, 1 + Math.floor(r() * 3));
      out.splice(Math.floor(r() * (out.length + 1)), 0, ...run);
    } else if (kind < 0.7 && out.length > 3) {
      const i = Math.floor(r() * (out.length - 3));
      const n = 1 + Math.floor(r() * Math.min(3, (out.length - i) / 2));
      out.splice(i, 2 * n, ...out.slice(i + n, i + 2 * n), ...out.slice(i, i + n));
    } else if (out.length) {
      const i = Math.min(at, out.length - 1);
      const line = out[i]!;
      const c = Math.floor(r() * (line.length + 1));
      out[i] = line.slice(0, c) + (r() < 0.5 ? 'Z' : '') + line.slice(c + 1);
    }
  }
  return out;
}

function smallPair(r: () => number): [string, string] {
  const lines = Array.from({ length: 1 + Math.floor(r() * 9) }, () => randomLine(r));
  return [text(lines), text(edit(lines, r, Math.floor(r() * 4)))];
}

/** A realistic instruction-file line of about 40–90 characters. */
function ruleLine(i: number, r: () => number): string {
  return `- Rule ${i}: ${randomLine(r)} ${randomLine(r)} ${'keep the board in git '.slice(0, 5 + (i % 17))}`;
}

describe('hunkDistance against the full Levenshtein distance', () => {
  it('reports the exact distance on 3,000 small pairs with inserts, deletes, moves and swaps', () => {
    const r = rng(20240611);
    const tally = { pairs: 0, singleHunk: 0, multiHunk: 0, multiEqual: 0, worstExcess: 0 };
    for (let k = 0; k < 3000; k++) {
      const [a, b] = smallPair(r);
      const full = reference(a, b);
      expect(levenshtein.get(a, b)).toBe(full);
      // What the check reports on files this small is the exact distance.
      expect(hunkDistance(a, b).distance).toBe(full);
      // The line-diff method alone: exact with one hunk, never below the exact distance.
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
      expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }
    // Every case must have been exercised, including line-diff over-counting, for the test to mean anything.
    expect(tally.singleHunk).toBeGreaterThan(500);
    expect(tally.multiHunk).toBeGreaterThan(500);
    expect(tally.multiEqual).toBeLessThan(tally.multiHunk);
    console.log('hunksOf vs full Levenshtein on small pairs:', JSON.stringify(tally));
  });

  it('is exact past the full-Levenshtein budget when the line diff finds one changed region', () => {
    const r = rng(99);
    for (let k = 0; k < 20; k++) {
      const lines = Array.from({ length: 160 + k * 4 }, (_, i) => ruleLine(i, r));
      const changed = [...lines];
      const at = 10 + Math.floor(r() * 80);
      // One region: lines edited, moved or swapped within it, each marked so that none stays
      // equal and the line diff sees one changed region.
      const region = [...edit(lines.slice(at, at + 6), r, 3), randomLine(r)];
      changed.splice(at, 6, ...region.map((l) => `${l} *`));
      const a = text(lines);
      const b = text(changed);
      expect(a.length * b.length).toBeGreaterThan(EXACT_BUDGET);
      const { distance, hunks } = hunkDistance(a, b);
      expect(hunks.length).toBe(1);
      expect(distance).toBe(levenshtein.get(a, b));
    }
  });

  it('stays an upper bound past the budget with many hunks and with moved sections', () => {
    const r = rng(5);
    for (let k = 0; k < 6; k++) {
      const lines = Array.from({ length: 130 }, (_, i) => ruleLine(i, r));
      const a = text(lines);
      const b = text(edit(lines, r, 12));
      const full = levenshtein.get(a, b);
      const { distance, hunks } = hunkDistance(a, b);
      expect(hunks.length).toBeGreaterThan(1);
      expect(distance).toBeGreaterThanOrEqual(full);
      expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }
  });

  it('pairs lines of a hunk past the budget: an upper bound, exact for in-line edits', () => {
    const r = rng(11);
    const removed = Array.from({ length: 160 }, (_, i) => `${ruleLine(i, r)}\n`);
    const added = removed.map((l, i) => (i % 2 ? l.replace('Rule', 'rule') : `  ${l}`));
    expect(removed.join('').length * added.join('').length).toBeGreaterThan(EXACT_BUDGET);
    // Each line's own edit is its cheapest: the pairing is exact here.
    expect(hunkCost(removed, added)).toBe(levenshtein.get(removed.join(''), added.join('')));
    expect(hunkCost(removed, added)).toBe(160 + 80);
    const shifted = ['- a new first rule\n', ...added.slice(0, -1)];
    const cost = hunkCost(removed, shifted);
    expect(cost).toBeGreaterThanOrEqual(levenshtein.get(removed.join(''), shifted.join('')));
    expect(cost).toBeLessThanOrEqual(Math.max(removed.join('').length, shifted.join('').length));
  });

  it('places hunks on 1-based line ranges of both texts, with their lines', () => {
    const a = 'one\ntwo\nthree\nfour\n';
    const b = 'one\nTWO\nthree\nfour\nfive\n';
    const { distance, hunks } = hunkDistance(a, b);
    expect(hunks).toEqual([
      {
        a: { start: 2, end: 2 },
        b: { start: 2, end: 2 },
        removed: ['two'],
        added: ['TWO'],
        distance: 3,
      },
      {
        a: { start: 5, end: 4 },
        b: { start: 5, end: 5 },
        removed: [],
        added: ['five'],
        distance: 5,
      },
    ]);
    expect(distance).toBe(8);
    expect(reference(a, b)).toBe(8);
  });
});

describe('two 200 KB files (results only; bench/doc-sync.mjs measures the time)', () => {
  const r = rng(7);
  const lines: string[] = [];
  while (text(lines).length < 200_000) lines.push(ruleLine(lines.length, r));
  const a = text(lines);

  function diffAgainst(b: string): { distance: number; hunks: number } {
    const result = hunkDistance(a, b);
    return { distance: result.distance, hunks: result.hunks.length };
  }

  it('scattered edits: one hunk per edited line, distance the sum of the edits', () => {
    const edited = [...lines];
    for (let i = 50; i < edited.length; i += 97) edited[i] = `${edited[i]} (changed)`;
    const run = diffAgainst(text(edited));
    expect(run.hunks).toBe(Math.ceil((lines.length - 50) / 97));
    expect(run.distance).toBe(run.hunks * ' (changed)'.length);
    console.log(`200 KB, scattered edits: ${JSON.stringify(run)}`);
  });

  it('every line re-indented (more line edits than the Myers diff is given)', () => {
    const run = diffAgainst(text(lines.map((l) => `  ${l}`)));
    expect(2 * lines.length).toBeGreaterThan(MAX_LINE_EDITS);
    expect(run.hunks).toBe(1);
    expect(run.distance).toBe(2 * lines.length);
    console.log(`200 KB, re-indented: ${JSON.stringify(run)}`);
  });

  it('every third line edited and a line inserted at the top (unique-line alignment)', () => {
    const edited = lines.map((l, i) => (i % 3 ? l : l.replace('- Rule', '* Rule')));
    const run = diffAgainst(text(['# New title', ...edited]));
    expect(run.hunks).toBe(Math.ceil(lines.length / 3));
    // One line added (12 characters with its break) and one character per edited line.
    expect(run.distance).toBe(12 + Math.ceil(lines.length / 3));
    console.log(`200 KB, every third line edited: ${JSON.stringify(run)}`);
  });

  it('an unrelated file of the same size', () => {
    const r2 = rng(8);
    const other: string[] = [];
    while (text(other).length < 200_000)
      other.push(`* Note ${other.length}: ${randomLine(r2)} ${randomLine(r2)}`);
    const b = text(other);
    const run = diffAgainst(b);
    expect(run.distance).toBeGreaterThan(0.3 * Math.max(a.length, b.length));
    expect(run.distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
    console.log(`200 KB, unrelated: ${JSON.stringify(run)}`);
  });
});
