import type { Heading, List, ListItem, Root } from 'mdast';
import type { Group, Status } from '../../model/types.js';
import type { BoardBuilder, GroupSpec, ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { childLists, firstParagraph, itemText, plain, splitField } from '../mdast.js';
import type { StatusMapper } from '../status.js';
import {
  allListItems,
  GroupStack,
  recordTaskItem,
  splitStatusSuffix,
  walkSections,
} from './shared.js';

/**
 * Ids written in bold at the start of a checkbox: `M0.1.1`, `T1`, `R1.1`, `BSP-012`. A space is
 * not allowed, so `**Task 1.1.1**` (the phase-tasks style) and `**Note**` are not ids here.
 */
const BOLD_ID = /^[A-Z][A-Za-z]{0,11}[-_]?\d+(?:[.-]\d+)*[a-z]?$/;
/** `M0: Foundation` or `Milestone 4 — Server`. */
const MILESTONE = /^(?:(M\d+(?:\.\d+)*)|Milestone\s+(\d+(?:\.\d+)*))\s*(?:[:.—–-]\s*(.*))?$/i;
/** `Phase 0.1: Scaffolding`, also a bare `Phase 3`. */
const PHASE = /^Phase\s+(\d+(?:\.\d+)*)\s*(?:[:.—–-]\s*(.*))?$/i;
const LEGEND = /\blegend\b|\bstatus (?:key|icons?|emoji)\b/i;
/** A legend line: symbol, label, optional explanation — `✅ Done: Completed and verified`. */
const LEGEND_ENTRY = /^(\S+)\s+([^:=—–]+?)\s*(?:[:=—–]\s*(.*))?$/u;
/** Section titles that name a status column, once "Tasks"/"Items" and a parenthesis are cut. */
const STATUS_SECTION_WORDS = /^\S+(?:\s\S+)?$/;

/** The bold id and the title after it, when the checkbox starts with one. */
function boldId(li: ListItem): { id: string; title: string } | undefined {
  const para = firstParagraph(li);
  const first = para?.children[0];
  if (!para || first?.type !== 'strong') return undefined;
  const label = plain(first).replace(/\s*:$/, '').trim();
  if (!BOLD_ID.test(label)) return undefined;
  const title = plain(para)
    .slice(plain(first).length)
    .replace(/^\s*[:—–-]?\s*/, '')
    .trim();
  return { id: label, title };
}

/**
 * Heading status suffixes count only when they are symbols (`✅`, `🔄 In Progress`): this style
 * puts notes in parentheses — "(8 weeks)", "(M1 Complete)" — that are not the heading's status.
 */
function headingParts(text: string, mapper: StatusMapper): { title: string; rawStatus?: string } {
  const split = splitStatusSuffix(text, mapper);
  return split.rawStatus && !/^[\p{L}\p{N}]/u.test(split.rawStatus)
    ? split
    : { title: text.trim() };
}

/** Reads the board's status legend into emoji overrides, so its own meaning of 🚧 etc. wins. */
function legendOverrides(tree: Root, mapper: StatusMapper): Record<string, Status> {
  const overrides: Record<string, Status> = {};
  for (const list of legendLists(tree)) {
    for (const li of list.children) {
      const m = LEGEND_ENTRY.exec(itemText(li));
      if (!m || !/\p{Extended_Pictographic}/u.test(m[1] as string)) continue;
      const status = mapper.map(m[2] as string) ?? (m[3] ? mapper.map(m[3]) : undefined);
      if (status) overrides[m[1] as string] = status;
    }
  }
  return overrides;
}

/** Lists that sit directly under a legend heading or a `Legend:` paragraph. */
function legendLists(tree: Root): Set<List> {
  const lists = new Set<List>();
  let afterLabel = false;
  walkSections(tree, (node, headings) => {
    const heading = headings[headings.length - 1];
    if (node.type === 'list' && (afterLabel || (heading && LEGEND.test(plain(heading)))))
      lists.add(node);
    afterLabel = node.type === 'paragraph' && /^(?:status )?legend\s*:?$/i.test(plain(node));
  });
  return lists;
}

/** Headings whose sections (subsections included) hold at least one checkbox item. */
function headingsWithItems(tree: Root, legend: Set<List>): Set<Heading> {
  const holding = new Set<Heading>();
  walkSections(tree, (node, headings) => {
    if (node.type !== 'list' || legend.has(node)) return;
    if (node.children.some((li) => typeof li.checked === 'boolean'))
      for (const h of headings) holding.add(h);
  });
  return holding;
}

/** Milestone, phase or plain section for a heading; sections only when they hold items. */
function groupFor(
  heading: Heading,
  board: BoardBuilder,
  parent: Group | undefined,
  holdsItems: boolean,
): GroupSpec | undefined {
  const { title: bare, rawStatus } = headingParts(plain(heading), board.mapper);
  const base = { node: heading, parent, ...(rawStatus ? { rawStatus } : {}) };
  const milestone = MILESTONE.exec(bare);
  if (milestone) {
    // "Milestone 4" gets the short code M4, the form this style uses in ids and dependencies.
    const number = (milestone[1] ?? milestone[2]) as string;
    const id = milestone[1] ? number : `M${number}`;
    return { ...base, kind: 'milestone', id, number, title: milestone[3] || bare };
  }
  const phase = PHASE.exec(bare);
  if (phase) {
    const number = phase[1] as string;
    return { ...base, kind: 'phase', id: number, number, title: phase[2] || bare };
  }
  if (!holdsItems) return undefined;
  const named = rawStatus ? undefined : sectionStatus(bare, board.mapper);
  return { ...base, kind: 'section', title: bare, ...(named ? { rawStatus: named } : {}) };
}

/**
 * Status a section title names when the section works as a status column ("Blocked Tasks
 * (External Dependencies)" → Blocked). Only short titles count, so "Success Metrics Tasks" or a
 * long prose heading that happens to contain "open" is not read as a status.
 */
function sectionStatus(title: string, mapper: StatusMapper): string | undefined {
  const core = title
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+(?:tasks?|items?|work)$/i, '')
    .trim();
  return STATUS_SECTION_WORDS.test(core) && mapper.map(core) ? core : undefined;
}

/**
 * Checklist trackers: `## M0: Foundation ✅` milestones, `### Phase 0.1: Title` phases and items
 * written as bold-id checkboxes, `- [x] **M0.1.1**: Title`, each with indented `Field: value`
 * bullets (Status, Assignee, Dependencies, Files, Acceptance…). Indented checkboxes under
 * `Acceptance Criteria:` are the item's acceptance criteria; other indented checkboxes are
 * subtasks. Other `##`/`###` headings become section groups when they hold items ("Cross-Cutting
 * Tasks", "Blocked Tasks"). A "Task Status Legend" list is read first and extends the status
 * mapping, so the board's own meaning of each emoji applies. Never throws on odd input.
 */
export const checklistTracker: Dialect = {
  id: 'checklist-tracker',
  title: 'Checklist tracker',
  description:
    '`## M0: Milestone` / `### Phase 0.1` headings with `- [x] **ID**: title` checkboxes and indented `Field: value` bullets.',
  detect(input) {
    let ids = 0;
    let withFields = 0;
    for (const li of allListItems(input.tree)) {
      if (typeof li.checked !== 'boolean' || !boldId(li)) continue;
      ids++;
      if (childLists(li).some((l) => l.children.some((c) => splitField(itemText(c))))) withFields++;
    }
    if (ids === 0) return 0;
    // The indented field bullets are what sets this style apart from a bold-labelled todo list.
    return Math.min(0.9, 0.15 + 0.6 * (withFields / ids) + Math.min(0.15, ids / 100));
  },
  extract(input, board) {
    const overrides = legendOverrides(input.tree, board.mapper);
    if (Object.keys(overrides).length) board.mapper = board.mapper.extend(overrides);
    const legend = legendLists(input.tree);
    const holding = headingsWithItems(input.tree, legend);
    const stack = new GroupStack();
    const statusSections = new Map<string, string>();
    const groupsById = new Map<string, Group>();

    const prepare = (spec: ItemSpec, _text: string, li: ListItem): ItemSpec => {
      const bold = boldId(li);
      if (bold) {
        spec.id = bold.id;
        spec.title = bold.title;
      }
      // A status-column section applies to every item below it, in subsections too; not to a
      // subtask, whose box says whether that step is done (a ticked step under an item in
      // "In Progress" is no conflict).
      for (
        let g = spec.parent ? undefined : spec.group;
        g;
        g = g.parent ? groupsById.get(g.parent) : undefined
      ) {
        const raw = statusSections.get(g.id);
        if (raw) {
          spec.evidence = [
            ...(spec.evidence ?? []),
            board.evidence('section', raw, g.position.line),
          ];
          break;
        }
      }
      return spec;
    };

    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        if (node.depth === 1 && !board.title) {
          board.title = plain(node);
          return;
        }
        stack.enter(node.depth);
        const spec = groupFor(node, board, stack.current(node.depth), holding.has(node));
        if (!spec) return;
        const group = board.group(spec);
        groupsById.set(group.id, group);
        const named = group.kind === 'section' && sectionStatus(group.title, board.mapper);
        if (named && group.rawStatus === named) statusSections.set(group.id, named);
        stack.set(node.depth, group);
        return;
      }
      if (node.type !== 'list' || legend.has(node)) return;
      const group = stack.current();
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        recordTaskItem(board, li, group ? { group } : {}, prepare);
      }
    });
  },
};
