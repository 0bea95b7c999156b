import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { AcceptanceCriterion, Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder, FieldInput, ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { boldFields, inlineCodes, itemText, lineOf, plain, splitField } from '../mdast.js';
import {
  splitItemStatus,
  criteriaFromList,
  isAcceptanceLabel,
  recordTaskItem,
  splitStatusSuffix,
} from './shared.js';

/**
 * Milestone trackers as kept by hand in many repositories (an "AutoGit task tracker" is the seed):
 * `### Milestone N: Title ✅ COMPLETE` groups under `## 🎯 …` sections, `##### 1. Subtask ✅
 * COMPLETE` headings with a paragraph of bold inline fields (`**Branch**: … **Status**: …`), and
 * `**Tasks**:` / `**Acceptance Criteria**:` / `**Deliverables**:` labels above their lists.
 */

const MILESTONE = /^milestone\s+(\d+(?:\.\d+)*)\b\s*(?:[:.—–-]\s*)?(.*)$/i;
/** `1. Title`, `6.1 Title`, `Subtask 2: Title`; a bare `2025 Goals` is not a number. */
const NUMBERED = /^(?:((?:sub-?)?tasks?)\s+)?(\d+(?:\.\d+)*)([.):]?)\s+(.+)$/i;

/** Number and title of a numbered heading; undefined for unnumbered text. */
function numbered(text: string): { number: string; title: string } | undefined {
  const m = NUMBERED.exec(text);
  if (!m || !(m[1] || m[3] || (m[2] as string).includes('.'))) return undefined;
  return { number: m[2] as string, title: (m[4] as string).trim() };
}

const DECLARED_COUNT = /\(\s*(\d+)\s*(\+)?\s*(?:total)?\s*\)/i;
const DEPENDENCY_FIELD = /^(?:dependencies|dependency|depends on|blocked by|requires)$/i;
const STATUS_FIELD = /^(?:status|state)$/i;

/** What the list after a label (`**Tasks**:`, `#### Acceptance Criteria`) holds. */
type ListRole = 'tasks' | 'acceptance' | 'deliverables' | 'other';

interface Label {
  name: string;
  role: ListRole;
}

function labelOf(name: string): Label {
  const bare = name.replace(/\([^)]*\)/g, '').trim();
  if (isAcceptanceLabel(bare)) return { name, role: 'acceptance' };
  if (/^(?:deliverables?|outputs?|artifacts?|artefacts?)$/i.test(bare))
    return { name, role: 'deliverables' };
  if (/\b(?:(?:sub-?)?tasks?|to-?dos?|checklist|work items?)\b/i.test(bare))
    return { name, role: 'tasks' };
  return { name, role: 'other' };
}

/** `**Tasks**:` or `Tasks:` on a line of its own: a label for the list that follows. */
function paragraphLabel(paragraph: Paragraph): string | undefined {
  const m = /^([^:]{1,60}):$/.exec(plain(paragraph));
  return m ? (m[1] as string).trim() : undefined;
}

/** Fields of a `**Name**: value **Other**: value` paragraph, or of a plain `Name: value` line. */
function paragraphFields(paragraph: Paragraph): FieldInput[] {
  if (paragraph.children[0]?.type === 'strong') {
    const fields = boldFields(paragraph);
    if (fields.length) return fields;
  }
  const field = splitField(plain(paragraph));
  return field ? [{ ...field, line: lineOf(paragraph), codes: inlineCodes(paragraph) }] : [];
}

function hasCheckbox(list: List): boolean {
  return list.children.some((li) => typeof li.checked === 'boolean');
}

function sectionEnd(nodes: readonly RootContent[], start: number, depth: number): number {
  let end = start;
  while (end < nodes.length) {
    const n = nodes[end] as RootContent;
    if (n.type === 'heading' && n.depth <= depth) break;
    end++;
  }
  return end;
}

/** `prepare` for `recordTaskItem`: checkbox items become tasks, with any status their line carries. */
function taskPreparer(
  board: BoardBuilder,
  extra: readonly StatusEvidence[],
  nextId?: () => string,
): (spec: ItemSpec, text: string) => ItemSpec {
  return (spec, text) => {
    const { title, raw, source } = splitItemStatus(text, board.mapper);
    const evidence = [...(spec.evidence ?? [])];
    if (raw && source) evidence.push(board.evidence(source, raw, spec.node));
    evidence.push(...extra);
    const out: ItemSpec = { ...spec, title, kind: 'task', evidence };
    if (nextId && !spec.parent) out.id = nextId();
    return out;
  };
}

/**
 * Expands "Subtask 1 (Docker Setup)", "Subtasks 1-4", "Subtasks 2, 3 and 5" and "All previous
 * subtasks" into subtask ids of the same milestone. Ranges longer than 100 are ignored as typos.
 */
function subtaskRefs(value: string, idOf: (n: string) => string, previous: string[]): string[] {
  const out: string[] = [];
  if (/\ball (?:the )?(?:previous|prior|preceding|above|earlier) sub-?tasks\b/i.test(value))
    out.push(...previous);
  const refs =
    /\bsub-?tasks?\s+(\d+(?:\.\d+)*(?:\s*(?:[-–—,&]|\bto\b|\band\b)\s*\d+(?:\.\d+)*)*)/gi;
  for (const m of value.matchAll(refs)) {
    for (const part of (m[1] as string).split(/\s*(?:,|&|\band\b)\s*/)) {
      const range = /^(\d+(?:\.\d+)*)\s*(?:[-–—]|\bto\b)\s*(\d+(?:\.\d+)*)$/.exec(part);
      if (!range) {
        if (part) out.push(idOf(part));
        continue;
      }
      const [from, to] = [range[1] as string, range[2] as string];
      const head = from.replace(/\d+$/, '');
      const [a, b] = [Number(from.slice(head.length)), Number(to.replace(/^.*\./, ''))];
      if (!to.startsWith(head) || b < a || b - a > 100) continue;
      for (let n = a; n <= b; n++) out.push(idOf(`${head}${n}`));
    }
  }
  return out;
}

/** Per-milestone state while its content is read. */
interface MilestoneContext {
  board: BoardBuilder;
  group: Group;
  number: string;
  /** `M4` for subtask ids, or the group id (`M4-2`) when a repeated `Milestone 4` would clash. */
  prefix: string;
  /** Subtask ids by the number written ("1", and "6.1" for `##### 6.1`). */
  subtaskIds: Map<string, string>;
  subtasks: string[];
  /** True when an item already has `id` (kept incrementally: boards can hold many items). */
  taken: (id: string) => boolean;
}

function localNumber(ctx: MilestoneContext, number: string): string {
  return number.startsWith(`${ctx.number}.`) ? number.slice(ctx.number.length + 1) : number;
}

/** The id a subtask number has or, for a forward reference, will get. */
function subtaskIdOf(ctx: MilestoneContext, number: string): string {
  return ctx.subtaskIds.get(number) ?? `${ctx.prefix}.${localNumber(ctx, number)}`;
}

/**
 * Reads a subtask heading and its content up to the next heading at its depth: bold field
 * paragraphs, labelled lists (tasks, acceptance criteria, deliverables) and free text.
 */
function readSubtask(
  ctx: MilestoneContext,
  heading: Heading,
  text: string,
  content: readonly RootContent[],
  section: readonly StatusEvidence[],
): void {
  const { board, group } = ctx;
  const split = splitStatusSuffix(text, board.mapper);
  const num = numbered(split.title);
  const number = num?.number ?? '';
  const title = num?.title ?? split.title;

  const fields: FieldInput[] = [];
  const acceptance: AcceptanceCriterion[] = [];
  const notes: string[] = [];
  const taskLists: List[] = [];
  let label: Label | undefined;
  for (const node of content) {
    if (node.type === 'heading') {
      label = labelOf(plain(node));
    } else if (node.type === 'paragraph') {
      const name = paragraphLabel(node);
      if (name) label = labelOf(name);
      else {
        const found = paragraphFields(node);
        if (found.length) fields.push(...found);
        else if (plain(node)) notes.push(plain(node));
      }
    } else if (node.type === 'list') {
      if (label?.role === 'acceptance') acceptance.push(...criteriaFromList(node, false));
      else if (
        label &&
        (label.role === 'deliverables' || (label.role === 'other' && !hasCheckbox(node)))
      )
        fields.push({
          name: label.name,
          value: node.children
            .map((li) => itemText(li))
            .filter(Boolean)
            .join('; '),
          line: lineOf(node),
          codes: inlineCodes(node),
        });
      else if (hasCheckbox(node)) taskLists.push(node);
      else
        for (const li of node.children) {
          const liText = itemText(li);
          const field = splitField(liText);
          if (field) fields.push({ ...field, line: lineOf(li) });
          else if (liText) notes.push(liText);
        }
    }
  }

  const dependsOn = fields
    .filter((f) => DEPENDENCY_FIELD.test(f.name))
    .flatMap((f) => subtaskRefs(f.value, (n) => subtaskIdOf(ctx, n), ctx.subtasks));
  const evidence: StatusEvidence[] = [...section];
  if (split.rawStatus) evidence.push(board.evidence('heading', split.rawStatus, heading));
  // The item spans its heading and content (trailing `---` separators excluded), as a list
  // item's span covers its nested lists.
  const body = content.filter((n) => n.type !== 'thematicBreak');
  const end = body[body.length - 1]?.position?.end;
  const node: Heading =
    end && heading.position ? { ...heading, position: { ...heading.position, end } } : heading;
  const spec: ItemSpec = {
    title,
    kind: 'subtask',
    group,
    node,
    evidence,
    fields,
    acceptance,
    dependsOn,
  };
  if (number) {
    const base = `${ctx.prefix}.${localNumber(ctx, number)}`;
    let id = base;
    for (let n = 2; ctx.taken(id); n++) id = `${base}-${n}`;
    spec.id = id;
  }
  const item: Item = board.item(spec);
  if (notes.length) item.description = notes.join('\n');
  if (number) {
    ctx.subtaskIds.set(number, item.id);
    ctx.subtaskIds.set(localNumber(ctx, number), item.id);
  }
  ctx.subtasks.push(item.id);
  const prepare = taskPreparer(board, section);
  for (const list of taskLists)
    for (const li of list.children)
      if (typeof li.checked === 'boolean')
        recordTaskItem(board, li, { group, parent: item }, prepare);
}

/**
 * Reads one milestone: its heading (number, title, status suffix), its first bold field
 * paragraph (a `Status` there stands in when the heading has no suffix), label headings
 * (`#### Subtasks (8 Total)` declares a count; `#### Completed Tasks` is section evidence for
 * what sits under it), subtask headings, and checkboxes directly under it (milestone tasks).
 */
function readMilestone(
  board: BoardBuilder,
  heading: Heading,
  match: RegExpExecArray,
  content: readonly RootContent[],
  parent: Group | undefined,
  taken: (id: string) => boolean,
): void {
  const number = match[1] as string;
  const { title, rawStatus } = splitStatusSuffix((match[2] as string).trim(), board.mapper);
  const group = board.group({
    title: title || `Milestone ${number}`,
    kind: 'milestone',
    id: `M${number}`,
    number,
    node: heading,
    parent,
    rawStatus,
  });
  const ctx: MilestoneContext = {
    board,
    group,
    number,
    prefix: `M${number}`,
    subtaskIds: new Map(),
    subtasks: [],
    taken,
  };
  // Milestone numbers repeat in real trackers. When any subtask id of this milestone is already
  // used by an earlier one, all of them take the unique group id instead, so that one milestone's
  // ids never mix two prefixes.
  const clash = content.some((n) => {
    const num = n.type === 'heading' && numbered(splitStatusSuffix(plain(n), board.mapper).title);
    return num && taken(`M${number}.${localNumber(ctx, num.number)}`);
  });
  if (clash) ctx.prefix = group.id;
  let taskCount = 0;
  const nextId = (): string => `${group.id}.t${++taskCount}`;
  let label: Label | undefined;
  let section: { depth: number; evidence: StatusEvidence[] } | undefined;
  let seenHeading = false;

  const declare = (name: string, line: number): void => {
    const count = DECLARED_COUNT.exec(name);
    if (count && labelOf(name).role === 'tasks')
      group.declaredCount ??= { value: Number(count[1]), atLeast: Boolean(count[2]), line };
  };

  for (let i = 0; i < content.length; i++) {
    const node = content[i] as RootContent;
    if (node.type === 'heading') {
      seenHeading = true;
      label = undefined;
      if (section && node.depth <= section.depth) section = undefined;
      const text = plain(node);
      const split = splitStatusSuffix(text, board.mapper);
      // "Potential Tasks (TBD)" carries a status-like suffix but is a label, not a subtask.
      if (numbered(split.title) || (split.rawStatus && labelOf(split.title).role === 'other')) {
        const end = sectionEnd(content, i + 1, node.depth);
        readSubtask(ctx, node, text, content.slice(i + 1, end), section?.evidence ?? []);
        i = end - 1;
        continue;
      }
      label = labelOf(text);
      declare(text, lineOf(node));
      const bare = text.replace(/\([^)]*\)/g, '').trim();
      const evidence = board.mapper.map(bare) ? [board.evidence('section', bare, node)] : [];
      section = { depth: node.depth, evidence };
      continue;
    }
    if (node.type === 'paragraph') {
      const name = paragraphLabel(node);
      if (name) {
        label = labelOf(name);
        declare(name, lineOf(node));
      } else if (!seenHeading && !group.rawStatus) {
        const status = paragraphFields(node).find((f) => STATUS_FIELD.test(f.name));
        if (status?.value) {
          group.rawStatus = status.value;
          const mapped = board.mapper.map(status.value);
          if (mapped) group.status = mapped;
        }
      }
      continue;
    }
    // Acceptance criteria and deliverables directly under a milestone have no item to join.
    if (node.type !== 'list' || label?.role === 'acceptance' || label?.role === 'deliverables')
      continue;
    const prepare = taskPreparer(board, section?.evidence ?? [], nextId);
    for (const li of node.children) {
      if (typeof li.checked !== 'boolean') continue;
      // `M1.t1` is made up here (the board numbers none), so it is flagged like builder ids.
      recordTaskItem(board, li, { group }, prepare).generatedId = true;
    }
  }
}

/** A heading outside milestones: a section group, numbered and with status when it says so. */
function sectionGroup(board: BoardBuilder, node: Heading, parent: Group | undefined): Group {
  const { title, rawStatus } = splitStatusSuffix(plain(node), board.mapper);
  const num = numbered(title);
  return board.group({
    title: num?.title ?? title,
    kind: 'section',
    node,
    parent,
    rawStatus,
    ...(num ? { number: num.number } : {}),
  });
}

/**
 * Milestone trackers: `Milestone N` headings (any depth, any number of them, repeated numbers
 * kept as separate groups), numbered subtask headings beneath them with bold inline fields,
 * `**Tasks**:` and `**Acceptance Criteria**:` checklists, and checkboxes directly under a
 * milestone or under any other heading (those headings become section groups, e.g. a "QC
 * Workflow Status" block of `#### 1. Code Quality ✅` checkpoints). Plain bullets, tables and
 * metrics are never items. Never throws on odd input.
 */
export const milestoneTracker: Dialect = {
  id: 'milestone-tracker',
  title: 'Milestone tracker',
  description:
    '`### Milestone N: Title ✅` groups, `##### 1. Subtask` headings with bold inline fields, `**Tasks**:` and `**Acceptance Criteria**:` checklists.',
  detect(input) {
    let milestones = 0;
    let subtasks = 0;
    let labels = 0;
    let depth = 0;
    for (const node of input.tree.children) {
      if (node.type === 'heading') {
        const text = plain(node);
        if (MILESTONE.test(text)) {
          milestones++;
          depth = node.depth;
        } else if (depth && node.depth > depth) {
          if (numbered(text)) subtasks++;
        } else depth = 0;
      } else if (depth && node.type === 'paragraph' && node.children[0]?.type === 'strong') {
        const name = paragraphLabel(node);
        if (
          name
            ? labelOf(name).role !== 'other'
            : boldFields(node).some((f) => STATUS_FIELD.test(f.name))
        )
          labels++;
      }
    }
    if (!milestones) return 0;
    return 0.4 + (subtasks ? 0.2 : 0) + (labels ? 0.2 : 0) + Math.min(milestones, 10) / 100;
  },
  extract(input, board) {
    const nodes = input.tree.children;
    // Headings outside milestones become section groups only once something sits under them
    // (a milestone or a checkbox), so prose sections such as risks and metrics add no groups.
    const open: Array<{ node: Heading; group?: Group }> = [];
    const sectionFor = (): Group | undefined => {
      let parent: Group | undefined;
      for (const entry of open) parent = entry.group ??= sectionGroup(board, entry.node, parent);
      return parent;
    };
    const ids = new Set<string>();
    let seen = 0;
    const taken = (id: string): boolean => {
      for (; seen < board.recordedItems.length; seen++)
        ids.add((board.recordedItems[seen] as Item).id);
      return ids.has(id);
    };
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as RootContent;
      if (node.type === 'heading') {
        const text = plain(node);
        const m = MILESTONE.exec(text);
        if (!m && node.depth === 1 && !board.title) {
          board.title = text;
          continue;
        }
        while (open.length && (open[open.length - 1] as { node: Heading }).node.depth >= node.depth)
          open.pop();
        if (!m) {
          open.push({ node });
          continue;
        }
        const end = sectionEnd(nodes, i + 1, node.depth);
        readMilestone(board, node, m, nodes.slice(i + 1, end), sectionFor(), taken);
        i = end - 1;
        continue;
      }
      if (node.type !== 'list' || !hasCheckbox(node)) continue;
      const group = sectionFor();
      const prepare = taskPreparer(board, []);
      for (const li of node.children)
        if (typeof li.checked === 'boolean') recordTaskItem(board, li, { group }, prepare);
    }
  },
};
