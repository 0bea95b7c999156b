import type { Heading, List, ListItem, Nodes, Paragraph } from 'mdast';
import { plain, splitField } from '../mdast.js';
import type { EditDoc } from './doc.js';
import type { TextEdit } from './source.js';

/**
 * The span core every dialect's edit module builds on: the anatomy of a list item's first line
 * (marker, checkbox, leading emoji), field bullets, heading suffixes, and cutting and inserting
 * whole blocks of lines with the blank lines around them kept the way the file has them.
 */

/** The first line of a list item taken apart; every offset is absolute. */
export interface ItemLine {
  line: number;
  /** Text before the marker: indentation, or `> ` in a quote. */
  prefix: string;
  marker: string;
  markerStart: number;
  /** Offset just past the marker and the white space after it. */
  afterMarker: number;
  /** The checkbox, `[ ]` through `]` plus Kiro's optional `*`; `mark` is the character inside. */
  box?: { start: number; end: number; mark: string };
  /** Offset where the item's own text starts (after the box and its space). */
  contentStart: number;
  lineEnd: number;
}

// The marks kanban/markers.ts reads: GFM's, and `[-]` `[/]` `[~]` `[*]` `[>]` `[!]` `[+]` `[?]`.
const MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)(?:\[([ xX\-/~*+>!?])\](\*?)(?=[ \t]|$)[ \t]*)?/;

/** Takes apart the first line of a list item. */
export function itemLine(doc: EditDoc, li: ListItem): ItemLine {
  const p = li.position!;
  const start = p.start.offset!;
  const line = p.start.line;
  const lineStart = doc.lineStart(line);
  const lineEnd = doc.lineEnd(line);
  const m = MARKER.exec(doc.text.slice(start, lineEnd));
  const marker = m ? (m[1] as string) : '-';
  const afterMarker = start + (m ? (m[1] as string).length + (m[2] as string).length : 1);
  const out: ItemLine = {
    line,
    prefix: doc.text.slice(lineStart, start),
    marker,
    markerStart: start,
    afterMarker,
    contentStart: m ? start + m[0].length : afterMarker,
    lineEnd,
  };
  if (m && m[3] !== undefined) {
    const boxStart = afterMarker;
    out.box = { start: boxStart, end: boxStart + 3 + (m[4] as string).length, mark: m[3] };
  }
  return out;
}

/** Edit that puts `mark` into the item's checkbox (`x`, ` `, `-`); none when it is already there. */
export function setCheckbox(line: ItemLine, mark: string): TextEdit[] {
  if (!line.box) return [];
  if (line.box.mark === mark || (/^[xX]$/.test(mark) && /^[xX]$/.test(line.box.mark))) return [];
  return [{ start: line.box.start + 1, end: line.box.start + 2, text: mark }];
}

/** Edit that adds a checkbox to a plain bullet. */
export function addCheckbox(line: ItemLine, mark: string): TextEdit {
  return { start: line.afterMarker, end: line.afterMarker, text: `[${mark}] ` };
}

const LEADING_EMOJI = /^(\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)[ \t]*/u;

/** The status emoji an item's text starts with (`✅ BSP-065 — …`), with its span and trailing space. */
export function leadingEmoji(
  doc: EditDoc,
  line: ItemLine,
): { emoji: string; start: number; end: number } | undefined {
  const m = LEADING_EMOJI.exec(doc.text.slice(line.contentStart, line.lineEnd));
  if (!m) return undefined;
  return {
    emoji: m[1] as string,
    start: line.contentStart,
    end: line.contentStart + m[0].length,
  };
}

/** A `Name: value` bullet nested under an item, with the span of its value. */
export interface FieldBullet {
  li: ListItem;
  name: string;
  value: string;
  valueStart: number;
  valueEnd: number;
}

/** `Name: value` bullets directly under a list item (one level down), in order. */
export function fieldBullets(doc: EditDoc, li: ListItem): FieldBullet[] {
  return li.children.flatMap((c) => (c.type === 'list' ? listFieldBullets(doc, c) : []));
}

/** `Name: value` bullets of one list, in order. */
export function listFieldBullets(doc: EditDoc, list: List): FieldBullet[] {
  const out: FieldBullet[] = [];
  {
    for (const sub of list.children) {
      if (typeof sub.checked === 'boolean') continue;
      const para = sub.children[0];
      if (para?.type !== 'paragraph') continue;
      const field = splitField(plain(para));
      if (!field) continue;
      const span = fieldValueSpan(doc, para);
      if (!span) continue;
      out.push({ li: sub, name: field.name, value: field.value, ...span });
    }
  }
  return out;
}

/** Span of the value after the first colon of a one-line paragraph (`Status: ✅ Done`). */
function fieldValueSpan(
  doc: EditDoc,
  para: Paragraph,
): { valueStart: number; valueEnd: number } | undefined {
  const p = para.position!;
  if (p.start.line !== p.end.line) return undefined;
  const source = doc.text.slice(p.start.offset!, p.end.offset!);
  const colon = source.indexOf(':');
  if (colon === -1) return undefined;
  let valueStart = p.start.offset! + colon + 1;
  // `**Status:** value` keeps its closing emphasis before the value.
  const after = /^(\*\*|__|\*|_)?[ \t]*/.exec(source.slice(colon + 1));
  if (after) valueStart += after[0].length;
  return { valueStart, valueEnd: p.end.offset! };
}

/** A bold inline field in a paragraph, `**Status**: value`, with the span of its value. */
export interface BoldField {
  name: string;
  value: string;
  valueStart: number;
  /** End of the value, before the white space that leads to the next field. */
  valueEnd: number;
  /** End of the white space after the value (start of the next field, or the paragraph's end). */
  gapEnd: number;
}

/** Every `**Name**: value` field of a paragraph, with exact spans. */
export function boldFieldSpans(doc: EditDoc, para: Paragraph): BoldField[] {
  const out: BoldField[] = [];
  const kids = para.children;
  const end = para.position!.end.offset!;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type !== 'strong') continue;
    const label = plain(node);
    const next = kids[i + 1];
    const colonInside = label.endsWith(':');
    const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
    if (!colonInside && !colonAfter) continue;
    let valueStart = node.position!.end.offset!;
    if (colonAfter) valueStart += /^\s*:[ \t]*/.exec(doc.text.slice(valueStart))![0].length;
    else valueStart += /^[ \t]*/.exec(doc.text.slice(valueStart))![0].length;
    let gapEnd = end;
    for (let j = i + 1; j < kids.length; j++) {
      const k = kids[j]!;
      if (k.type !== 'strong') continue;
      const l = plain(k);
      const n = kids[j + 1];
      if (l.endsWith(':') || (n?.type === 'text' && /^\s*:/.test(n.value))) {
        gapEnd = k.position!.start.offset!;
        break;
      }
    }
    const raw = doc.text.slice(valueStart, gapEnd);
    const valueEnd = valueStart + raw.trimEnd().length;
    out.push({
      name: label.replace(/:$/, '').trim(),
      value: raw.replace(/\s+/g, ' ').trim(),
      valueStart,
      valueEnd,
      gapEnd,
    });
  }
  return out;
}

/**
 * The status suffix at the end of a line (`✅ COMPLETE`, `✅ **VALIDATED**`, `(in progress)`):
 * where it starts in the source line, found from the plain-text suffix the reader split off.
 */
export function suffixSpan(
  doc: EditDoc,
  line: number,
  from: number,
  raw: string,
): { start: number; end: number } | undefined {
  const lineEnd = doc.lineEnd(line);
  const source = doc.text.slice(from, lineEnd);
  const content = source.trimEnd();
  const candidates: number[] = [];
  for (const opener of new Set([[...raw][0] ?? '(', '(', '[']))
    for (let at = content.lastIndexOf(opener); at > 0; at = content.lastIndexOf(opener, at - 1))
      candidates.push(at);
  candidates.sort((a, b) => b - a);
  const norm = (s: string): string => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  for (const at of candidates) {
    const tail = norm(content.slice(at));
    if (tail === norm(raw) || tail === norm(`(${raw})`) || tail === norm(`[${raw}]`)) {
      let start = from + at;
      while (start > from && /[ \t]/.test(doc.text[start - 1] as string)) start--;
      return { start, end: from + content.length };
    }
  }
  return undefined;
}

/** The text of a heading's line after its `#` marks. */
export function headingContentStart(doc: EditDoc, heading: Heading): number {
  const start = heading.position!.start.offset!;
  const m = /^[ \t]*#{1,6}[ \t]*/.exec(
    doc.text.slice(start, doc.lineEnd(heading.position!.start.line)),
  );
  return start + (m ? m[0].length : 0);
}

/** Lines a block occupies, inclusive. */
export interface Unit {
  start: number;
  end: number;
}

/** The units of a list: each item's lines. */
export function listUnits(list: List): Unit[] {
  return list.children.map((li) => ({
    start: li.position!.start.line,
    end: li.position!.end.line,
  }));
}

/** The blank lines between the first two units of a run (`\n` per blank line); `fallback` for one unit. */
export function runSeparator(doc: EditDoc, run: readonly Unit[], fallback: string): string {
  if (run.length < 2) return fallback;
  const a = run[0] as Unit;
  const b = run[1] as Unit;
  // The blank lines as the file writes them: a line of spaces stays a line of spaces.
  const between = doc.text.slice(doc.nextLineStart(a.end), doc.lineStart(b.start));
  if (/^[ \t\n]*$/.test(between)) return between;
  return '\n'.repeat(Math.max(0, b.start - a.end - 1));
}

/** Whether a block of lines is followed by a final line ending in the text. */
function endOf(doc: EditDoc, line: number): number {
  return doc.nextLineStart(line);
}

/**
 * Cuts unit `index` of `run` with the blank lines that belong to it: the separator after it, or,
 * for the last unit, the separator before it; for the only unit, one blank line when blank lines
 * stand on both sides. `insertInRun` and `insertAfterLine` put the same bytes back.
 */
export function removeUnit(doc: EditDoc, run: readonly Unit[], index: number): TextEdit {
  const u = run[index] as Unit;
  let start = doc.lineStart(u.start);
  let end = endOf(doc, u.end);
  if (run.length === 1) {
    if (u.start > 1 && doc.isBlank(u.start - 1) && u.end < doc.lineCount && doc.isBlank(u.end + 1))
      end = endOf(doc, u.end + 1);
  } else if (index < run.length - 1) {
    end = doc.lineStart((run[index + 1] as Unit).start);
  } else {
    start = endOf(doc, (run[index - 1] as Unit).end);
  }
  if (end === doc.text.length && !doc.endsWithNewline && start > 0) start -= 1;
  return { start, end, text: '' };
}

/**
 * Inserts `block` (whole lines, each ending in `\n`) into `run` before unit `index`, or after the
 * last unit when `index` is the run's length, with `separator` between units.
 */
export function insertInRun(
  doc: EditDoc,
  run: readonly Unit[],
  index: number,
  block: string,
  separator: string,
): TextEdit {
  if (index < run.length) {
    const at = doc.lineStart((run[index] as Unit).start);
    return { start: at, end: at, text: block + separator };
  }
  const last = run[run.length - 1] as Unit;
  const at = endOf(doc, last.end);
  if (at === doc.text.length && !doc.endsWithNewline)
    return { start: at, end: at, text: `\n${separator}${block.replace(/\n$/, '')}` };
  return { start: at, end: at, text: separator + block };
}

/**
 * Inserts `block` as the first content after line `after` (a heading, or the last line of what
 * already stands under it): right below it when the next line is not blank (or when `tight`, the
 * file's habit of putting items right under their heading), else after one blank line, with a
 * blank line after the block when more follows.
 */
export function insertAfterLine(
  doc: EditDoc,
  after: number,
  block: string,
  tight = false,
): TextEdit {
  const next = after + 1;
  if (next > doc.lineCount) {
    const at = doc.text.length;
    return { start: at, end: at, text: doc.endsWithNewline ? block : `\n${block}` };
  }
  if (tight || !doc.isBlank(next)) {
    if (doc.isBlank(next)) {
      const at = doc.lineStart(next);
      return { start: at, end: at, text: block };
    }
    const at = doc.lineStart(next);
    const following = doc.lineText(next);
    const needsBlank = !/^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$)/.test(
      following,
    );
    return { start: at, end: at, text: needsBlank ? `${block}\n` : block };
  }
  const at = doc.lineStart(next + 1);
  if (next + 1 > doc.lineCount) return { start: at, end: at, text: block };
  return { start: at, end: at, text: `${block}\n` };
}

/** Re-indents a block's lines from `from` to `to` (prefixes of its first line). */
export function reindent(block: string, from: string, to: string): string {
  if (from === to) return block;
  return block
    .split('\n')
    .map((l, i, all) => {
      if (i === all.length - 1 && l === '') return l;
      if (l.startsWith(from)) return to + l.slice(from.length);
      return l.trim() === '' ? l : to + l.replace(/^[ \t]*/, '');
    })
    .join('\n');
}

/** The last line of a node. */
export function endLineOf(node: Nodes): number {
  return node.position?.end.line ?? 1;
}

/** Inserts whole lines (each ending in `\n`) after line `line`, also when it is a last line without a line ending. */
export function insertLinesAfter(doc: EditDoc, line: number, lines: string): TextEdit {
  const at = doc.nextLineStart(line);
  if (at === doc.text.length && !doc.endsWithNewline)
    return { start: at, end: at, text: `\n${lines.replace(/\n$/, '')}` };
  return { start: at, end: at, text: lines };
}

const TICKED = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([xX])\]/;

/**
 * The mark to tick a box with: the one of the nearest ticked box above or below `line` (files
 * that mix `[x]` and `[X]` do so by section), else `X` when most ticked boxes of the file say
 * `[X]` (spec-kit's habit), else `x`.
 */
export function doneMark(doc: EditDoc, line?: number): 'x' | 'X' {
  if (line !== undefined)
    for (let d = 1; d <= 40; d++)
      for (const l of [line - d, line + d]) {
        if (l < 1 || l > doc.lineCount) continue;
        const m = TICKED.exec(doc.lineText(l));
        if (m) return m[1] as 'x' | 'X';
      }
  let upper = 0;
  let lower = 0;
  for (const m of doc.text.matchAll(new RegExp(TICKED.source, 'gm')))
    if (m[1] === 'X') upper++;
    else lower++;
  return upper > lower ? 'X' : 'x';
}
