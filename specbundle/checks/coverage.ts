import type { Board, Diagnostic, Item } from '../../model/types.js';
import { inRanges, nonProseRanges, pointAt, type SpecDocument } from '../document.js';
import { MESSAGES } from '../rules.js';
import type { CoverageRule } from '../types.js';

/**
 * Requirement coverage between a feature's spec and its task list, as spec-kit's own flow links
 * them (templates/tasks-template.md, commands/tasks.md, commands/analyze.md): tasks are labelled
 * by user story (`[US1]`), and a task list may name requirement ids, ranges of them
 * (`FR-001–FR-027`) or map them in a traceability table. A requirement counts as covered when
 *
 *  - the task file names it anywhere in its prose (a task, a range, a table, a coverage note);
 *  - a table row anywhere in the feature names it together with a task id (`| FR-004 | T012 |`);
 *  - or it is written inside a user story's section of the spec (`### User Story 2 …`) and some
 *    task carries that story's label (`[US2]`).
 *
 * A task list whose tasks name no requirement id (and no traceability table) labels its work by
 * story only: requirement coverage is then not checked, and one info says so, instead of a
 * warning per requirement.
 */

/** Characters that join the two ends of a range of ids: FR-001–FR-027, FR-001..027, FR-001 to FR-027. */
const RANGE_JOIN = String.raw`\s*(?:–|—|-|~|〜|\.\.\.?|to|through|thru|至|から)\s*`;

/** A user story heading in any of the template's languages, with its number. */
const STORY =
  /(?:user\s*story|用户故事|用戶故事|ユーザーストーリー|gebruikersverhaal|historia\s+de\s+usuario|história\s+de\s+usuário)[^0-9\n]{0,24}?(\d+)/i;

/** The id pattern's fixed prefix (`FR-`), for ranges written without it on the second end. */
function prefixOf(pattern: string): string | undefined {
  return /^(?:\\b)?([A-Z]+-)/.exec(pattern)?.[1];
}

/**
 * Every id `pattern` matches in the prose of `text` outside `skip`, with ranges expanded:
 * `FR-003–FR-006` gives FR-003, FR-004, FR-005 and FR-006 (the first end's zero padding kept).
 */
export function mentionedIds(
  text: string,
  pattern: string,
  skip: ReadonlyArray<[number, number]> = [],
): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(pattern, 'g');
  for (const m of text.matchAll(re)) if (!inRanges(skip, m.index)) out.add(m[0]);
  const prefix = prefixOf(pattern);
  if (!prefix) return out;
  const p = prefix.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const range = new RegExp(`${p}(\\d+)${RANGE_JOIN}(?:${p})?(\\d+)\\b`, 'g');
  for (const m of text.matchAll(range)) {
    if (inRanges(skip, m.index)) continue;
    // A second end written without the prefix must be written as wide (FR-001–027, not "- 2").
    if (
      !m[0].slice(m[0].length - (m[2] as string).length - prefix.length).startsWith(prefix) &&
      (m[2] as string).length !== (m[1] as string).length
    )
      continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!(to > from) || to - from > 500) continue;
    const width = (m[1] as string).length;
    for (let n = from; n <= to; n++) out.add(`${prefix}${String(n).padStart(width, '0')}`);
  }
  return out;
}

/** Ids named in table rows that also name a task id (T001), in any of `docs`. */
function tracedIds(docs: readonly SpecDocument[], pattern: string): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    for (const line of doc.text.split('\n')) {
      if (!/^\s*\|/.test(line) || !/\bT\d{3,}[a-z]?\b/.test(line)) continue;
      for (const id of mentionedIds(line, pattern)) out.add(id);
    }
  }
  return out;
}

/** The story number whose spec section holds each offset, by the spec's headings. */
function storyAt(spec: SpecDocument): (offset: number) => string | undefined {
  const nodes = spec.tree.children;
  const sections = spec.headings
    .map((h) => {
      const m = STORY.exec(h.text);
      if (!m) return undefined;
      const start = nodes[h.index]?.position?.start.offset ?? 0;
      const end = nodes[h.end - 1]?.position?.end.offset ?? spec.text.length;
      return { story: m[1] as string, start, end };
    })
    .filter((s): s is { story: string; start: number; end: number } => s !== undefined);
  return (offset) => sections.find((s) => offset >= s.start && offset < s.end)?.story;
}

/** Everything a task says: its title, description, field values and acceptance criteria. */
function taskText(item: Item): string {
  return [
    item.title,
    item.description ?? '',
    ...Object.values(item.fields),
    ...item.acceptance.map((a) => a.text),
  ].join('\n');
}

/** The story labels (`US1` → `1`) of the tasks. */
function storiesOf(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  for (const item of items)
    for (const label of item.labels) {
      const m = /^US(\d+)$/i.exec(label);
      if (m) out.add(String(Number(m[1])));
    }
  return out;
}

/**
 * Requirement ids (`rule.pattern`, e.g. spec-kit's `FR-\d{3}`) defined in the prose of
 * `requirements` that the feature does not cover (see above): one `uncovered-requirement`
 * diagnostic per id on the line of its first occurrence, with the rule's severity (default
 * warning). `tasks` is the task file as a document and `board` its tasks (checklists left out);
 * `docs` are the bundle's other documents, searched for traceability tables. When the task file
 * names no id at all, the result is one `coverage-by-story` info on the task file, or nothing
 * when the spec defines no id.
 */
export function checkCoverage(
  requirements: SpecDocument,
  tasks: SpecDocument,
  board: Board,
  rule: CoverageRule,
  docs: readonly SpecDocument[] = [],
): Diagnostic[] {
  const re = new RegExp(rule.pattern, 'g');
  const skip = nonProseRanges(requirements);
  const defined = new Map<string, number>();
  for (const m of requirements.text.matchAll(re)) {
    if (!inRanges(skip, m.index) && !defined.has(m[0])) defined.set(m[0], m.index);
  }
  if (defined.size === 0) return [];
  const named = mentionedIds(tasks.text, rule.pattern, nonProseRanges(tasks));
  const traced = tracedIds([tasks, ...docs], rule.pattern);
  // Whether the tasks themselves name requirements: ids only in notes ("FUTURE-001 … (FR-030)")
  // do not make a task list one that labels work by requirement.
  const byTasks = board.items.some((item) => mentionedIds(taskText(item), rule.pattern).size > 0);
  if (!byTasks && traced.size === 0) {
    return [
      {
        rule: 'coverage-by-story',
        severity: 'info',
        message: MESSAGES.coverageByStory(tasks.path, defined.size),
        path: tasks.path,
        line: 1,
        column: 1,
      },
    ];
  }
  const story = storyAt(requirements);
  const labelled = storiesOf(board.items);
  const out: Diagnostic[] = [];
  for (const [id, offset] of defined) {
    if (named.has(id) || traced.has(id)) continue;
    const s = story(offset);
    if (s !== undefined && labelled.has(s)) continue;
    const { line, column } = pointAt(requirements, offset);
    out.push({
      rule: 'uncovered-requirement',
      severity: rule.severity ?? 'warning',
      message: MESSAGES.uncovered(id, tasks.path),
      path: requirements.path,
      line,
      column,
    });
  }
  return out;
}
