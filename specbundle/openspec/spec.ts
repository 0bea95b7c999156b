import type { Diagnostic, Severity } from '../../model/types.js';
import { mainRequirements } from './delta.js';
import {
  fencedLines,
  isNormative,
  lineDoc,
  type LineDoc,
  misplacedScenario,
  requirementBody,
  requirementName,
} from './lines.js';
import { OPENSPEC_MESSAGES as M } from './messages.js';

/**
 * A main spec (`openspec/specs/<capability>/spec.md`, at any depth) judged as
 * `openspec validate --strict` judges it (OpenSpec 1.13):
 *
 *  - a `Purpose` heading (any level) with content, and a `Requirements` heading (any level);
 *    without them nothing else is checked;
 *  - at least one requirement (every heading directly under Requirements is one), each with at
 *    least one scenario (a heading directly under it with content under that);
 *  - no delta headers, no `### Requirement:` outside `## Requirements`, no duplicate names;
 *  - a Purpose of 50 characters or more that is not the placeholder `openspec archive` writes
 *    (`TBD - created by archiving change …`) nor opens with TBD/TODO — warnings;
 *  - each `### Requirement:` block of `## Requirements` states something, with SHALL or MUST
 *    (missing text: error; text without the keywords, e.g. written in another language: warning);
 *  - requirement text over 500 characters: info.
 */

/** Shortest Purpose OpenSpec accepts in strict mode, in UTF-16 code units. */
export const MIN_PURPOSE_LENGTH = 50;
/** Longest requirement text before OpenSpec suggests splitting it. */
export const MAX_REQUIREMENT_LENGTH = 500;

/** The first and second halves of the Purpose `openspec archive` writes for a new capability. */
export const PURPOSE_PLACEHOLDER = {
  prefix: 'TBD - created by archiving change ',
  suffix: '. Update Purpose after archive.',
} as const;

interface Heading {
  level: number;
  title: string;
  /** 0-based line. */
  index: number;
  /** Index in the heading list of its parent; -1 at top level. */
  parent: number;
  /** The text under it up to the next heading of its level or higher, trimmed. */
  content: string;
}

/** Headings outside fences (`#`…`######` at column 1, white space, text) with their sections. */
function headingsOf(doc: LineDoc): Heading[] {
  const found: Array<{ level: number; title: string; index: number }> = [];
  doc.lines.forEach((line, index) => {
    if (doc.fenced[index]) return;
    const m = /^(#{1,6})\s+(.+)$/.exec(line);
    if (m) found.push({ level: (m[1] as string).length, title: (m[2] as string).trim(), index });
  });
  const stack: number[] = [];
  return found.map((h, k) => {
    while (stack.length && (found[stack[stack.length - 1] as number] as Heading).level >= h.level)
      stack.pop();
    const parent = stack.length ? (stack[stack.length - 1] as number) : -1;
    stack.push(k);
    let end = doc.lines.length;
    for (let i = h.index + 1; i < doc.lines.length; i++) {
      const m = doc.fenced[i] ? null : /^(#{1,6})\s+/.exec(doc.lines[i] as string);
      if (m && (m[1] as string).length <= h.level) {
        end = i;
        break;
      }
    }
    return {
      ...h,
      parent,
      content: doc.lines
        .slice(h.index + 1, end)
        .join('\n')
        .trim(),
    };
  });
}

const WORD_END = '(?![\\p{L}\\p{N}\\p{M}_])';
/** TBD/TODO in capitals opening the Purpose: a marker whatever follows. */
const MARKER_SHOUTED = new RegExp(`^(?:TBD|TODO)${WORD_END}`, 'u');
/** In any other case, a marker only when punctuation or the end of the line follows. */
const MARKER_PUNCTUATED = new RegExp(
  `^(?:TBD|TODO)${WORD_END}(?=[ \\t]*(?:$|\\n|[:\\-\\u2013\\u2014.,;()\\[\\]{}]))`,
  'iu',
);

/** True when a Purpose is still a placeholder rather than text someone wrote. */
export function isPlaceholderPurpose(purpose: string): boolean {
  const lines = purpose.replace(/\r\n?/g, '\n').split('\n');
  const fenced = fencedLines(lines);
  const prose = lines
    .filter((_, i) => !fenced[i])
    .join('\n')
    .trim();
  if (MARKER_SHOUTED.test(prose) || MARKER_PUNCTUATED.test(prose)) return true;
  let at = prose.indexOf(PURPOSE_PLACEHOLDER.suffix);
  while (at !== -1) {
    if (prose.lastIndexOf(PURPOSE_PLACEHOLDER.prefix, at) !== -1) return true;
    at = prose.indexOf(PURPOSE_PLACEHOLDER.suffix, at + 1);
  }
  return false;
}

/** The first non-blank line under a heading, 1-based (the heading's own line when none). */
function firstContentLine(doc: LineDoc, heading: Heading): number {
  for (let i = heading.index + 1; i < doc.lines.length; i++) {
    if ((doc.lines[i] as string).trim())
      return /^#{1,6}\s/.test(doc.lines[i] as string) ? heading.index + 1 : i + 1;
  }
  return heading.index + 1;
}

/**
 * Checks one main spec's text (decoded, any line endings) and returns diagnostics on `path`.
 * Pure; never throws.
 */
export function checkOpenSpecSpec(path: string, text: string): Diagnostic[] {
  const doc = lineDoc(text);
  const out: Diagnostic[] = [];
  const report = (rule: string, severity: Severity, message: string, line = 1): void => {
    out.push({ rule, severity, message, path, line, column: 1 });
  };
  const headings = headingsOf(doc);
  const named = (title: string) => headings.findIndex((h) => h.title.toLowerCase() === title);
  const purposeAt = named('purpose');
  const purpose = headings[purposeAt];
  if (!purpose?.content) {
    report(
      'openspec-missing-section',
      'error',
      M.missingPurpose(Boolean(purpose)),
      purpose ? purpose.index + 1 : 1,
    );
    return out;
  }
  const requirementsAt = named('requirements');
  if (requirementsAt === -1) {
    report('openspec-missing-section', 'error', M.missingRequirements);
    return out;
  }
  const requirementsHeading = headings[requirementsAt] as Heading;

  // Every heading directly under Requirements is a requirement, and every heading with content
  // directly under a requirement is a scenario.
  const children = (k: number) =>
    headings.map((h, i) => ({ h, i })).filter(({ h }) => h.parent === k);
  const requirements = children(requirementsAt);
  if (requirements.length === 0) {
    report('openspec-no-requirements', 'error', M.noRequirements, requirementsHeading.index + 1);
  }
  for (const { h, i } of requirements) {
    const name = h.title.replace(/^Requirement:\s*/i, '');
    const scenarios = children(i).filter((c) => c.h.content.length > 0);
    if (scenarios.length === 0) {
      // A `### Scenario:` right after the requirement is its sibling in this model.
      const next = headings[i + 1];
      const misplaced =
        misplacedScenario(h.content.split('\n')) ??
        (next && next.parent === requirementsAt && /^Scenario\s*:/i.test(next.title)
          ? `${'#'.repeat(next.level)} ${next.title}`
          : undefined);
      report('requirement-without-scenario', 'error', M.noScenario(name, misplaced), h.index + 1);
    }
    const text = requirementBody(h.content.split('\n')) || h.title;
    if (text.length > MAX_REQUIREMENT_LENGTH)
      report(
        'openspec-requirement-long',
        'info',
        M.requirementLong(name, text.length),
        h.index + 1,
      );
  }

  out.push(...structureProblems(doc, path));

  if (isPlaceholderPurpose(purpose.content)) {
    report(
      'openspec-purpose-placeholder',
      'warning',
      M.purposePlaceholder,
      firstContentLine(doc, purpose),
    );
  } else if (purpose.content.length < MIN_PURPOSE_LENGTH) {
    report(
      'openspec-purpose-short',
      'warning',
      M.purposeShort(purpose.content.length, MIN_PURPOSE_LENGTH),
      firstContentLine(doc, purpose),
    );
  }

  for (const block of mainRequirements(doc)?.blocks ?? []) {
    const body = requirementBody(block.body);
    if (!body) report('requirement-without-text', 'error', M.noText(block.name), block.line);
    else if (!isNormative(body))
      report(
        'requirement-without-shall',
        'warning',
        M.noShall(block.name, isNormative(block.name)),
        block.line,
      );
  }
  return out;
}

/**
 * Delta headers in a main spec, `### Requirement:` headers outside its `## Requirements`
 * section, and requirement names declared twice: each an error, because archive cannot merge
 * into such a spec.
 */
function structureProblems(doc: LineDoc, path: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = doc.lines.map((l, i) => (doc.fenced[i] ? '' : l));
  const start = lines.findIndex((l) => /^##\s+Requirements\s*$/i.test(l));
  let end = lines.length;
  if (start !== -1) {
    const next = lines.findIndex((l, i) => i > start && /^##\s+/.test(l));
    if (next !== -1) end = next;
  }
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const at = { path, line: i + 1, column: 1, severity: 'error' as const };
    if (/^##\s+(?:ADDED|MODIFIED|REMOVED|RENAMED)\s+Requirements\s*$/i.test(line)) {
      out.push({ ...at, rule: 'openspec-delta-in-spec', message: M.deltaInSpec(line.trim()) });
      return;
    }
    const m = /^###\s+Requirement:\s*(.+)\s*$/i.exec(line);
    if (!m) return;
    if (start === -1 || i <= start || i >= end) {
      out.push({
        ...at,
        rule: 'openspec-requirement-outside',
        message: M.outsideRequirements(line.trim()),
      });
      return;
    }
    const name = requirementName(m[1] as string);
    const first = seen.get(name);
    if (first !== undefined)
      out.push({ ...at, rule: 'duplicate-requirement', message: M.duplicateInSpec(name, first) });
    else seen.set(name, i + 1);
  });
  return out;
}
