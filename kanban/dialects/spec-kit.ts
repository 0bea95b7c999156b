import type { Heading } from 'mdast';
import type { Item } from '../../model/types.js';
import type { BoardBuilder, ItemSpec } from '../builder.js';
import type { Dialect, DialectInput } from '../dialect.js';
import { firstParagraph, inlineCodes, itemText, lineOf, plain } from '../mdast.js';
import { allListItems, recordTaskItem, splitStatusSuffix, walkSections } from './shared.js';
import { filePaths, LazySections, leadingStatusEmoji, sourceOf } from './spec-kit-shared.js';

/**
 * GitHub spec-kit `tasks.md` (written by `/speckit.tasks` from `templates/tasks-template.md`):
 * `## Phase N: Title` headings, user-story phases titled `User Story 1 - Title (Priority: P1) 🎯
 * MVP` with `### Tests for …` / `### Implementation for …` sub-headings, and task lines
 * `- [ ] T001 [P] [US1] Description with path/to/file.py`.
 */

const TASK_ID = /^(T\d{3,})\b[:.]?\s*/;
const MARKER = /^\[(P|US\d+)\]\s*/i;
const PHASE = /^Phase\s+(\d+(?:\.\d+)?|[A-Z])\b\s*(?:[:.–—-]\s*(.*))?$/i;
const PRIORITY = /\(\s*Priority\s*:\s*(P\d+)\s*\)/i;
const INLINE_DEPENDS = /\bdepends on\s+(T\d{3,}(?:\s*(?:,|and|&)\s*T\d{3,})*)/i;
/** `T021 depends on T014, T015` (also "requires", "needs", "after", "blocked by"). */
const DEPENDENCY_LINE =
  /^(T\d{3,})\b.*?\b(?:depends on|requires|needs|after|blocked by)\s+(T\d{3,}(?:\s*(?:,|and|&)\s*T\d{3,})*)/i;

interface Phase {
  number?: string;
  title: string;
  rawStatus?: string;
  priority?: string;
  mvp: boolean;
}

/** Reads `Phase 3: User Story 1 - Title (Priority: P1) 🎯 MVP ✅`; undefined for other headings. */
function parsePhase(text: string, mapper: BoardBuilder['mapper']): Phase | undefined {
  const m = PHASE.exec(text);
  if (!m) return undefined;
  const rest = (m[2] ?? '').trim();
  const { title, rawStatus } = splitStatusSuffix(rest || text, mapper);
  const phase: Phase = { title: title || text, mvp: /\bMVP\b/.test(rest) };
  // "Phase N" is the template's placeholder, not a number.
  if (/^\d/.test(m[1] as string)) phase.number = m[1] as string;
  if (rawStatus) phase.rawStatus = rawStatus;
  const priority = PRIORITY.exec(rest);
  if (priority) phase.priority = (priority[1] as string).toUpperCase();
  return phase;
}

/** A task line's parts: `T001 [P] [US1] Description`, any of id and markers may be missing. */
function parseTaskLine(text: string): {
  id?: string;
  emoji?: string;
  parallel: boolean;
  story?: string;
  description: string;
} {
  const { emoji, rest } = leadingStatusEmoji(text);
  let description = rest;
  const id = TASK_ID.exec(description);
  if (id) description = description.slice(id[0].length);
  let parallel = false;
  let story: string | undefined;
  for (let m = MARKER.exec(description); m; m = MARKER.exec(description)) {
    const marker = (m[1] as string).toUpperCase();
    if (marker === 'P') parallel = true;
    else story ??= marker;
    description = description.slice(m[0].length);
  }
  const out: ReturnType<typeof parseTaskLine> = { parallel, description: description.trim() };
  if (id) out.id = id[1] as string;
  if (emoji) out.emoji = emoji;
  if (story) out.story = story;
  return out;
}

function taskIds(list: string): string[] {
  return list.match(/T\d{3,}/g) ?? [];
}

function isDependencySection(spec: { title: string }): boolean {
  return /dependenc/i.test(spec.title);
}

export const specKit: Dialect = {
  id: 'spec-kit',
  title: 'spec-kit tasks.md',
  description:
    'GitHub spec-kit tasks.md: `## Phase N:` headings and `- [ ] T001 [P] [US1] Description` tasks.',
  /**
   * Scores `T001`-style checkbox tasks, weighted up by `Phase N` headings, a `# Tasks:` title and
   * `[P]`/`[USn]` markers. Without a single `T\d{3}` checkbox the file is not spec-kit.
   */
  detect(input: DialectInput): number {
    // No `T001` id (or character reference that could spell one) anywhere: not spec-kit.
    if (!/T\d{3}|&#/.test(input.text)) return 0;
    let tasks = 0;
    let markers = 0;
    for (const li of allListItems(input.tree)) {
      if (typeof li.checked !== 'boolean') continue;
      const line = parseTaskLine(itemText(li));
      if (!line.id) continue;
      tasks++;
      if (line.parallel || line.story) markers++;
    }
    if (tasks === 0) return 0;
    let phases = 0;
    let title = false;
    for (const node of input.tree.children) {
      if (node.type !== 'heading') continue;
      const text = plain(node);
      if (node.depth === 1 && /^Tasks\s*:/i.test(text)) title = true;
      if (node.depth > 1 && PHASE.test(text)) phases++;
    }
    return (
      0.5 +
      (phases > 0 ? 0.25 : 0) +
      (title ? 0.1 : 0) +
      (markers > 0 ? 0.05 : 0) +
      Math.min(0.05, tasks / 400)
    );
  },
  /**
   * Phases become `phase` groups (id and number N), sub-headings inside a phase become `section`
   * groups under it, and every checkbox task inside a phase — or carrying a `T###` id anywhere —
   * becomes an item. `[P]` adds the label `parallel`; `[USn]` adds the label and a `Story` field;
   * the phase's `(Priority: Pn)` becomes the item's priority and `MVP` the label `mvp`. Paths in
   * the description are the item's files; `(depends on T012, T013)` in a task and
   * `T021 depends on T014` lines under a "Dependencies" heading are its dependencies. Goals,
   * checkpoints and plain bullets are not items. Never throws on odd input.
   */
  extract(input: DialectInput, board: BoardBuilder): void {
    const sections = new LazySections(board);
    let phase: { depth: number; info: Phase } | undefined;
    const edges: Array<{ from: string; to: string[] }> = [];

    const prepare = (spec: ItemSpec, text: string, li: Parameters<typeof recordTaskItem>[1]) => {
      const line = parseTaskLine(text);
      spec.title = line.description || text;
      spec.kind = 'task';
      if (line.id) spec.id = line.id;
      const labels: string[] = [];
      if (line.parallel) labels.push('parallel');
      if (line.story) {
        labels.push(line.story);
        spec.fields = [
          ...(spec.fields ?? []),
          { name: 'Story', value: line.story, line: lineOf(li) },
        ];
      }
      if (phase?.info.mvp) labels.push('mvp');
      spec.labels = labels;
      if (phase?.info.priority) spec.priority = phase.info.priority;
      if (line.emoji)
        spec.evidence = [...(spec.evidence ?? []), board.evidence('emoji', line.emoji, li)];
      const para = firstParagraph(li);
      spec.files = filePaths(sourceOf(para, input.text, text), para ? inlineCodes(para) : []);
      const inline = INLINE_DEPENDS.exec(line.description);
      if (inline) spec.dependsOn = taskIds(inline[1] as string);
      return spec;
    };

    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        if (node.depth === 1) return;
        enterHeading(node);
        return;
      }
      if (node.type !== 'list') return;
      if (sections.some(isDependencySection)) {
        for (const li of allListItems(node)) {
          const m = DEPENDENCY_LINE.exec(itemText(li));
          if (m) edges.push({ from: m[1] as string, to: taskIds(m[2] as string) });
        }
        return;
      }
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        // Outside a phase only id-bearing tasks count: "Notes" or "Completion Criteria"
        // checklists there are not work items.
        if (!phase && !parseTaskLine(itemText(li)).id) continue;
        const group = sections.current();
        recordTaskItem(board, li, group ? { group } : {}, prepare);
      }
    });

    function enterHeading(node: Heading): void {
      const text = plain(node);
      const info = parsePhase(text, board.mapper);
      if (info) {
        phase = { depth: node.depth, info };
        sections.enter(
          node,
          {
            title: info.title,
            kind: 'phase',
            ...(info.number ? { id: info.number, number: info.number } : {}),
            ...(info.rawStatus ? { rawStatus: info.rawStatus } : {}),
          },
          true,
        );
        return;
      }
      const inside = phase !== undefined && node.depth > phase.depth;
      if (!inside) phase = undefined;
      const { title, rawStatus } = splitStatusSuffix(text, board.mapper);
      sections.enter(
        node,
        { title: title || text, kind: 'section', ...(rawStatus ? { rawStatus } : {}) },
        inside,
      );
    }

    applyEdges(board.recordedItems, edges);
  },
};

/** Adds dependency edges stated in a "Dependencies" section to the items they name. */
function applyEdges(items: readonly Item[], edges: Array<{ from: string; to: string[] }>): void {
  if (!edges.length) return;
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const edge of edges) {
    const item = byId.get(edge.from);
    if (!item) continue;
    for (const to of edge.to)
      if (to !== item.id && !item.dependsOn.includes(to)) item.dependsOn.push(to);
  }
}
