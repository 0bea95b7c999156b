import { diffArrays } from 'diff';

/** One region of a merged file where both sides changed the same base lines differently. */
export interface MergeConflict {
  /** 1-based line of the `<<<<<<<` marker in the merged text. */
  line: number;
  /** Lines of the conflict region on each side (base, ours, theirs). */
  baseLines: number;
  oursLines: number;
  theirsLines: number;
}

/** The result of a three-way merge: the merged text (with conflict markers) and the conflicts. */
export interface MergeResult {
  text: string;
  conflicts: MergeConflict[];
}

/** Labels written after the conflict markers (`<<<<<<< ours`, `||||||| base`, `>>>>>>> theirs`). */
export interface MergeLabels {
  ours: string;
  base: string;
  theirs: string;
}

/**
 * Splits text into lines that keep their terminators (`\n` or `\r\n`), so joining the pieces
 * gives the text back byte for byte. A last line without a newline stays without one.
 */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * For each base line, the index of the line it is matched to in `other` (by a line LCS from
 * jsdiff's Myers diff), or -1 when the line was deleted or changed there. Matches are strictly
 * increasing, which the chunk walk below relies on.
 */
function matches(base: string[], other: string[]): Int32Array {
  const map = new Int32Array(base.length).fill(-1);
  let o = 0;
  let a = 0;
  for (const change of diffArrays(base, other)) {
    const n = change.count ?? change.value.length;
    if (change.added) a += n;
    else if (change.removed) o += n;
    else for (let k = 0; k < n; k++) map[o++] = a++;
  }
  return map;
}

const same = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && x.every((line, i) => line === y[i]);

/**
 * Three-way line merge in the diff3 manner (Khanna, Kunal and Pierce, "A Formal Investigation of
 * Diff3"): lines matched in base, ours and theirs alike are stable; between stable runs, a region
 * changed on one side only takes that side, a region changed identically on both sides is taken
 * once, and a region changed differently on both sides is a conflict. Conflicts are written in
 * git's diff3 style, with the base in the `|||||||` section so the reader sees what each side
 * changed. Lines keep their own terminators; marker lines use `eol`. Pure; never throws.
 */
export function merge3(
  base: string,
  ours: string,
  theirs: string,
  labels: MergeLabels,
  eol = '\n',
): MergeResult {
  const O = splitLines(base);
  const A = splitLines(ours);
  const B = splitLines(theirs);
  const mA = matches(O, A);
  const mB = matches(O, B);
  const out: string[] = [];
  const conflicts: MergeConflict[] = [];
  let lineNo = 1;
  const emit = (lines: readonly string[]): void => {
    for (const line of lines) {
      // A side's last line may lack a newline; anything written after it must start a new line.
      if (out.length && !out[out.length - 1]!.endsWith('\n')) out[out.length - 1] += eol;
      out.push(line);
      lineNo++;
    }
  };

  let o = 0;
  let a = 0;
  let b = 0;
  while (o < O.length || a < A.length || b < B.length) {
    if (o < O.length && mA[o] === a && mB[o] === b) {
      emit([O[o]!]);
      o++;
      a++;
      b++;
      continue;
    }
    // The next base line that both sides still have ends this unstable region.
    let next = o;
    while (next < O.length && (mA[next]! < 0 || mB[next]! < 0)) next++;
    const aEnd = next < O.length ? mA[next]! : A.length;
    const bEnd = next < O.length ? mB[next]! : B.length;
    const baseChunk = O.slice(o, next);
    const oursChunk = A.slice(a, aEnd);
    const theirsChunk = B.slice(b, bEnd);
    if (same(oursChunk, baseChunk)) emit(theirsChunk);
    else if (same(theirsChunk, baseChunk) || same(oursChunk, theirsChunk)) emit(oursChunk);
    else {
      conflicts.push({
        line: lineNo,
        baseLines: baseChunk.length,
        oursLines: oursChunk.length,
        theirsLines: theirsChunk.length,
      });
      emit([`<<<<<<< ${labels.ours}${eol}`]);
      emit(oursChunk);
      emit([`||||||| ${labels.base}${eol}`]);
      emit(baseChunk);
      emit([`=======${eol}`]);
      emit(theirsChunk);
      emit([`>>>>>>> ${labels.theirs}${eol}`]);
    }
    o = next;
    a = aEnd;
    b = bEnd;
  }
  return { text: out.join(''), conflicts };
}
