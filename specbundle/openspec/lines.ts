/**
 * The line model OpenSpec's validator reads Markdown with (OpenSpec 1.13 `validate --strict`).
 * OpenSpec does not parse CommonMark: it reads a file line by line, skips lines inside fenced
 * code blocks and recognises headings with line patterns. Requirement and delta checks must see
 * the same structure it sees, or a file one tool passes the other fails, so these checks use
 * this model instead of the mdast the rest of boardwright reads.
 *
 * Differences from CommonMark that matter, all on purpose:
 *  - a fence opens after any indentation (four spaces included) and with any info string; it
 *    closes at a line holding only a run of the same character at least as long;
 *  - a heading is `#`…`######` at the very start of the line, then white space, then text
 *    (no leading spaces, no setext headings, none inside lists or quotes).
 */

/** The text split into lines: a UTF-8 BOM dropped, CRLF and lone CR read as LF. */
export function linesOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;

/**
 * For each line, whether it belongs to a fenced code block, the fence lines included. An
 * unclosed fence runs to the end of the text.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  const mask = new Array<boolean>(lines.length).fill(false);
  let open: { char: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!open) {
      const m = FENCE_OPEN.exec(line);
      if (m) {
        open = { char: (m[1] as string)[0] as string, length: (m[1] as string).length };
        mask[i] = true;
      }
      continue;
    }
    mask[i] = true;
    const close = FENCE_CLOSE.exec(line);
    if (
      close &&
      (close[1] as string)[0] === open.char &&
      (close[1] as string).length >= open.length
    )
      open = undefined;
  }
  return mask;
}

/** A Markdown document as lines with their fence mask. */
export interface LineDoc {
  lines: string[];
  fenced: boolean[];
}

/** Reads decoded text into the line model. */
export function lineDoc(text: string): LineDoc {
  const lines = linesOf(text);
  return { lines, fenced: fencedLines(lines) };
}

/** `## Title` (exactly two hashes): the title, trimmed; undefined for any other line. */
export function levelTwoTitle(line: string): string | undefined {
  const m = /^##\s+(.+)$/.exec(line);
  return m ? (m[1] as string).trim() : undefined;
}

/** True for a line that opens a level-2 section or ends one (`## ` followed by anything). */
export const isLevelTwo = (line: string): boolean => /^##\s/.test(line);

/** A `### Requirement: <name>` header: the name as written (untrimmed); undefined otherwise. */
export function requirementHeader(line: string): string | undefined {
  const m = /^###\s*Requirement:\s*(.+)\s*$/i.exec(line);
  return m ? (m[1] as string) : undefined;
}

/**
 * A requirement name as OpenSpec compares names: an ATX closing run of `#` (after a space or
 * tab) dropped, then trimmed. Comparison is case-sensitive.
 */
export function requirementName(raw: string): string {
  return raw.replace(/[ \t]+#+[ \t]*$/, '').trim();
}

/** A requirement name folded for near-miss detection: case and inner white space ignored. */
export function foldName(name: string): string {
  return requirementName(name).toLowerCase().replace(/\s+/g, ' ');
}

/** True when the text states behaviour normatively: SHALL or MUST as a whole word, in capitals. */
export const isNormative = (text: string): boolean => /\b(?:SHALL|MUST)\b/.test(text);

/**
 * The requirement text of a block: the non-blank lines after its header up to the first heading
 * (any level, outside fences), trimmed, fenced lines left out. `**Label**:` lines count only when
 * nothing else is written. '' when the block states nothing.
 */
export function requirementBody(bodyLines: readonly string[]): string {
  const fenced = fencedLines(bodyLines);
  const text: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (fenced[i]) continue;
    const line = bodyLines[i] as string;
    if (/^#{1,6}\s/.test(line)) break;
    const t = line.trim();
    if (!t) continue;
    (/^\*\*[^*]+\*\*:/.test(t) ? labels : text).push(t);
  }
  return (text.length ? text : labels).join('\n');
}

/** One `#### …` scenario of a requirement block: its name and whether anything is under it. */
export interface ScenarioInfo {
  name: string;
  /** 0-based index of the header within the block's body lines. */
  index: number;
  hasBody: boolean;
}

/**
 * The scenarios of a requirement block: every level-4 heading outside fences (OpenSpec counts any
 * `#### ` child, not only `#### Scenario:`). A scenario's body runs to the next heading of level 1
 * to 4; it counts only when it holds something besides white space. Names drop a closing `#` run
 * and a `Scenario:` prefix.
 */
export function scenariosOf(bodyLines: readonly string[]): ScenarioInfo[] {
  const fenced = fencedLines(bodyLines);
  const out: ScenarioInfo[] = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (fenced[i] || !/^####\s+/.test(bodyLines[i] as string)) continue;
    let end = i + 1;
    while (end < bodyLines.length && (fenced[end] || !/^#{1,4}\s/.test(bodyLines[end] as string)))
      end++;
    const hasBody =
      bodyLines
        .slice(i + 1, end)
        .join('\n')
        .trim().length > 0;
    const name = (bodyLines[i] as string)
      .replace(/^####\s+/, '')
      .replace(/[ \t]+#+[ \t]*$/, '')
      .replace(/^Scenario:\s*/i, '')
      .trim();
    out.push({ name, index: i, hasBody });
  }
  return out;
}

/**
 * Scenario names for comparing a requirement block with its replacement: every `#### ` header
 * outside fences, body or not, in order.
 */
export function scenarioNames(bodyLines: readonly string[]): string[] {
  return scenariosOf(bodyLines).map((s) => s.name);
}

/**
 * A scenario written where OpenSpec does not look for one — a `### Scenario:` or `##### Scenario:`
 * heading, or a `- **Scenario:**` bullet — in the given lines (outside fences): the text as
 * written, for a hint; undefined when there is none.
 */
export function misplacedScenario(lines: readonly string[]): string | undefined {
  const fenced = fencedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = (lines[i] as string).trim();
    if (/^(?:#{1,3}|#{5,6})\s+Scenario\s*:/i.test(line)) return line;
    if (!line.startsWith('#') && /\bScenario\s*:/.test(line))
      return line.length > 60 ? `${line.slice(0, 59)}…` : line;
  }
  return undefined;
}
