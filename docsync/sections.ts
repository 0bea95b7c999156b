import { driftOf, hunkDistance, hunksOf } from './distance.js';

/** Largest |a|·|b| of two sections given a full Levenshtein distance (about 0.2 ms). */
const SECTION_EXACT = 250_000;

/**
 * Drift section by section: both bodies are cut at their ATX headings (outside fenced code), the
 * sections are matched by heading text (case and spacing ignored; a repeated heading matches its
 * n-th occurrence), and each matched pair gets its own drift. A rule changed in one section of a
 * large file shows as that section's drift, which a whole-file percentage dilutes.
 */

/** One section of a body: its heading line (or `(top)` for text before the first heading). */
export interface BodySection {
  heading: string;
  /** Matching key: heading text folded, with its occurrence number. */
  key: string;
  /** 1-based body line of the heading (of the first line for `(top)`). */
  line: number;
  text: string;
}

/** A section's drift between two members. */
export interface SectionDrift {
  /** The heading as `a` writes it (as `b` does for a section only `b` has). */
  heading: string;
  /** same: identical; changed: both have it, with differences; missing: only `a`; added: only `b`. */
  status: 'same' | 'changed' | 'missing' | 'added';
  /** Drift in percent, 2 decimals (100 for missing and added sections). */
  drift: number;
  /** 1-based lines in the files (header included); 0 when the member lacks the section. */
  aLine: number;
  bLine: number;
}

/** Splits a normalised body into sections at ATX headings outside fenced code. */
export function splitSections(body: string): BodySection[] {
  const lines = body.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: BodySection[] = [];
  const seen = new Map<string, number>();
  let fence: string | undefined;
  let current: { heading: string; line: number; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const base = current.heading === '(top)' ? '(top)' : fold(current.heading);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // Blank lines before the next heading do not belong to a section's content.
    const lines = [...current.lines];
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    out.push({
      heading: current.heading,
      key: `${base}#${n}`,
      line: current.line,
      text: `${lines.join('\n')}\n`,
    });
  };
  lines.forEach((line, i) => {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const run = f[1] as string;
      if (!fence) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = undefined;
    } else if (!fence && /^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      close();
      current = { heading: line.trim(), line: i + 1, lines: [line] };
      return;
    }
    current ??= { heading: '(top)', line: i + 1, lines: [] };
    current.lines.push(line);
  });
  close();
  return out;
}

/** A heading folded for matching: marks, case and spacing ignored. */
function fold(heading: string): string {
  return heading
    .replace(/^ {0,3}#{1,6}\s*/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const percent = (x: number): number => Math.round(x * 10000) / 100;

/**
 * The drift of every section of `a` and `b` (normalised bodies), in `a`'s order with the sections
 * only `b` has after their preceding matched section. `aStart`/`bStart` are the 1-based file lines
 * where each body starts, for reporting.
 */
export function sectionDrift(a: string, b: string, aStart = 1, bStart = 1): SectionDrift[] {
  const sa = splitSections(a);
  const sb = splitSections(b);
  const inB = new Map(sb.map((s) => [s.key, s]));
  const inA = new Set(sa.map((s) => s.key));
  const out: SectionDrift[] = [];
  const added = (s: BodySection): SectionDrift => ({
    heading: s.heading,
    status: 'added',
    drift: 100,
    aLine: 0,
    bLine: s.line + bStart - 1,
  });
  let bIndex = 0;
  for (const s of sa) {
    const other = inB.get(s.key);
    if (!other) {
      out.push({
        heading: s.heading,
        status: 'missing',
        drift: 100,
        aLine: s.line + aStart - 1,
        bLine: 0,
      });
      continue;
    }
    // Sections only b has, up to this one, come first.
    const at = sb.indexOf(other);
    for (; bIndex < at; bIndex++) {
      const x = sb[bIndex] as BodySection;
      if (!inA.has(x.key)) out.push(added(x));
    }
    bIndex = Math.max(bIndex, at + 1);
    const lines = { aLine: s.line + aStart - 1, bLine: other.line + bStart - 1 };
    if (s.text === other.text) {
      out.push({ heading: s.heading, status: 'same', drift: 0, ...lines });
      continue;
    }
    // Sections are compared line by line first (hunksOf): exact when one region changed, and
    // never the full character matrix of two long sections.
    const { distance } =
      s.text.length * other.text.length <= SECTION_EXACT
        ? hunkDistance(s.text, other.text)
        : hunksOf(s.text, other.text);
    out.push({
      heading: s.heading,
      status: 'changed',
      drift: Math.max(0.01, percent(driftOf(s.text, other.text, distance))),
      ...lines,
    });
  }
  for (; bIndex < sb.length; bIndex++) {
    const x = sb[bIndex] as BodySection;
    if (!inA.has(x.key)) out.push(added(x));
  }
  return out;
}
