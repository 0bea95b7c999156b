import {
  isLevelTwo,
  levelTwoTitle,
  type LineDoc,
  requirementHeader,
  requirementName,
} from './lines.js';

/**
 * Requirement blocks and delta specs as OpenSpec 1.13 reads them (`openspec validate`,
 * `openspec archive`): a main spec's `## Requirements` section and a change's
 * `## ADDED|MODIFIED|REMOVED|RENAMED Requirements` sections, found with OpenSpec's line model
 * (see lines.ts). Line numbers are 1-based lines of the file.
 */

/** One `### Requirement:` block. */
export interface RequirementBlock {
  /** Normalised name (see requirementName). */
  name: string;
  /** 1-based line of the header. */
  line: number;
  /** The lines after the header, up to the next requirement or level-2 heading. */
  body: string[];
}

/** The delta operations of one delta spec file. */
export type DeltaOperation = 'ADDED' | 'MODIFIED' | 'REMOVED' | 'RENAMED';

/** A change's delta spec, read. */
export interface DeltaSpec {
  added: RequirementBlock[];
  modified: RequirementBlock[];
  /** Names of removed requirements, with their lines. */
  removed: Array<{ name: string; line: number }>;
  renamed: Array<{ from: string; to: string; line: number }>;
  /** `FROM:` or `TO:` lines that did not form a pair. */
  unpaired: Array<{ side: 'FROM' | 'TO'; name: string; line: number }>;
  /** `### Requirement:` blocks outside every delta section (ignored by OpenSpec). */
  orphans: Array<{ name: string; section?: string; line: number }>;
  /** `### Other` headers inside ADDED/MODIFIED that are not requirement headers. */
  strayHeaders: Array<{ header: string; section: string; line: number }>;
  /** Which delta sections are present, as first spelled. */
  sections: Partial<Record<DeltaOperation, string>>;
}

const OPERATIONS: readonly DeltaOperation[] = ['ADDED', 'MODIFIED', 'REMOVED', 'RENAMED'];

/** The delta operation a level-2 title names, compared case-insensitively. */
function operationOf(title: string): DeltaOperation | undefined {
  const t = title.toLowerCase();
  return OPERATIONS.find((op) => t === `${op.toLowerCase()} requirements`);
}

interface Section {
  title: string;
  /** 0-based index of the first body line. */
  start: number;
  end: number;
}

/** Level-2 sections outside fences, in order; each runs to the next one. */
function levelTwoSections(doc: LineDoc): Section[] {
  const heads: Array<{ title: string; index: number }> = [];
  doc.lines.forEach((line, index) => {
    if (doc.fenced[index]) return;
    const title = levelTwoTitle(line);
    if (title !== undefined) heads.push({ title, index });
  });
  return heads.map((h, k) => ({
    title: h.title,
    start: h.index + 1,
    end: heads[k + 1]?.index ?? doc.lines.length,
  }));
}

/**
 * The requirement blocks of lines [start, end): each from a `### Requirement:` header to the
 * next one or to a level-2 heading. With `stray`, other `### ` headers are recorded.
 */
function blocksIn(
  doc: LineDoc,
  start: number,
  end: number,
  stray?: { section: string; sink: DeltaSpec['strayHeaders'] },
): RequirementBlock[] {
  const isHeader = (i: number) => !doc.fenced[i] && requirementHeader(doc.lines[i] as string);
  const noteStray = (i: number) => {
    if (!stray || doc.fenced[i]) return;
    const m = /^###\s+(.+?)\s*$/.exec(doc.lines[i] as string);
    if (m && !requirementHeader(doc.lines[i] as string))
      stray.sink.push({ header: (m[1] as string).trim(), section: stray.section, line: i + 1 });
  };
  const out: RequirementBlock[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !isHeader(i)) noteStray(i++);
    if (i >= end) break;
    const header = i;
    i++;
    while (i < end && !isHeader(i) && !(!doc.fenced[i] && isLevelTwo(doc.lines[i] as string)))
      noteStray(i++);
    out.push({
      name: requirementName(requirementHeader(doc.lines[header] as string) as string),
      line: header + 1,
      body: trimTrailingBlank(doc.lines.slice(header + 1, i)),
    });
  }
  return out;
}

function trimTrailingBlank(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && (lines[n - 1] as string).trim() === '') n--;
  return lines.slice(0, n);
}

/**
 * The `## Requirements` section of a main spec (the first such level-2 heading outside fences,
 * case-insensitive) and its requirement blocks; undefined when there is none.
 */
export function mainRequirements(
  doc: LineDoc,
): { line: number; blocks: RequirementBlock[] } | undefined {
  const header = doc.lines.findIndex((l, i) => !doc.fenced[i] && /^##\s+Requirements\s*$/i.test(l));
  if (header === -1) return undefined;
  let end = doc.lines.length;
  for (let i = header + 1; i < doc.lines.length; i++) {
    if (!doc.fenced[i] && isLevelTwo(doc.lines[i] as string)) {
      end = i;
      break;
    }
  }
  return { line: header + 1, blocks: blocksIn(doc, header + 1, end) };
}

const BULLET_REMOVED = /^\s*[-*+]\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
const RENAME_FROM = /^\s*[-*+]?\s*FROM:\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;
const RENAME_TO = /^\s*[-*+]?\s*TO:\s*`?###\s*Requirement:\s*(.+?)`?\s*$/;

/**
 * Reads a change's delta spec: every ADDED/MODIFIED/REMOVED/RENAMED section (a repeated or
 * differently cased header adds to the same operation), REMOVED entries as headers or bullets,
 * RENAMED as `FROM:`/`TO:` pairs within one section, and the requirement headers OpenSpec
 * ignores (outside delta sections) or skips (`### Other` inside ADDED/MODIFIED).
 */
export function readDelta(doc: LineDoc): DeltaSpec {
  const delta: DeltaSpec = {
    added: [],
    modified: [],
    removed: [],
    renamed: [],
    unpaired: [],
    orphans: [],
    strayHeaders: [],
    sections: {},
  };
  for (const section of levelTwoSections(doc)) {
    const op = operationOf(section.title);
    if (!op) continue;
    delta.sections[op] ??= section.title;
    const title = delta.sections[op] as string;
    if (op === 'ADDED' || op === 'MODIFIED') {
      const blocks = blocksIn(doc, section.start, section.end, {
        section: title,
        sink: delta.strayHeaders,
      });
      (op === 'ADDED' ? delta.added : delta.modified).push(...blocks);
    } else if (op === 'REMOVED') {
      for (let i = section.start; i < section.end; i++) {
        if (doc.fenced[i]) continue;
        const line = doc.lines[i] as string;
        const name = requirementHeader(line) ?? BULLET_REMOVED.exec(line)?.[1];
        if (name !== undefined) delta.removed.push({ name: requirementName(name), line: i + 1 });
      }
    } else {
      let pending: { name: string; line: number } | undefined;
      for (let i = section.start; i < section.end; i++) {
        if (doc.fenced[i]) continue;
        const line = doc.lines[i] as string;
        const from = RENAME_FROM.exec(line);
        const to = from ? null : RENAME_TO.exec(line);
        if (from) {
          if (pending) delta.unpaired.push({ side: 'FROM', ...pending });
          pending = { name: requirementName(from[1] as string), line: i + 1 };
        } else if (to) {
          const name = requirementName(to[1] as string);
          if (!pending) delta.unpaired.push({ side: 'TO', name, line: i + 1 });
          else delta.renamed.push({ from: pending.name, to: name, line: pending.line });
          pending = undefined;
        }
      }
      if (pending) delta.unpaired.push({ side: 'FROM', ...pending });
    }
  }
  delta.unpaired.sort((a, b) => a.line - b.line);
  delta.strayHeaders.sort((a, b) => a.line - b.line);
  let current: string | undefined;
  doc.lines.forEach((line, i) => {
    if (doc.fenced[i]) return;
    const title = levelTwoTitle(line);
    if (title !== undefined) {
      current = title;
      return;
    }
    if (current !== undefined && operationOf(current)) return;
    const name = requirementHeader(line);
    if (name !== undefined) {
      const orphan: DeltaSpec['orphans'][number] = { name: requirementName(name), line: i + 1 };
      if (current !== undefined) orphan.section = current;
      delta.orphans.push(orphan);
    }
  });
  return delta;
}

/** True when the delta has at least one operation. */
export function hasEntries(d: DeltaSpec): boolean {
  return d.added.length + d.modified.length + d.removed.length + d.renamed.length > 0;
}

/** True when the document has at least one delta section header (for stray delta files). */
export function hasDeltaSections(doc: LineDoc): boolean {
  return doc.lines.some((l, i) => {
    if (doc.fenced[i]) return false;
    const title = levelTwoTitle(l);
    return title !== undefined && operationOf(title) !== undefined;
  });
}
