import type { Heading, ListItem, Root, RootContent } from 'mdast';
import type { Group, Item, StatusEvidence } from '../../model/types.js';
import type { FieldInput, GroupSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import {
  boldFields,
  childLists,
  firstParagraph,
  inlineCodes,
  lineOf,
  plain,
  splitField,
} from '../mdast.js';
import type { StatusMapper } from '../status.js';
import {
  checkboxEvidence,
  criteriaFrom,
  GroupStack,
  isAcceptanceLabel,
  splitStatusSuffix,
  walkSections,
} from './shared.js';

/** `## Phase 1: Backend Core`, also a bare `## Phase 2`. */
const PHASE = /^Phase\s+(\d+(?:\.\d+)*)\s*(?:[:.—–-]\s*(.*))?$/i;
/** `### 1.1 Kubernetes Integration` (a dotted number, then the title). */
const NUMBERED = /^(\d+(?:\.\d+)+)\.?[:)]?\s+(.+)$/;
/** `Task 1.1.1: title` at the start of a checkbox (the label is bold in this style). */
const TASK = /^(task|subtask)\s+(\d+(?:\.\d+)*[a-z]?)\s*(?:[:—–-]\s*|\s+|$)(.*)$/i;
const TASK_LABEL = /^task\s+\d+(?:\.\d+)*[a-z]?\s*:?$/i;
/** Nested bullets that name where the work happens; their inline code is the path. */
const FILE_FIELD = /^(?:files?|extend|dir|directory|paths?|location)$/i;
/** Nested bullets the builder gives a role; everything else under a task is a note. */
const ROLE_FIELD =
  /^(?:status|state|priority|prio|assignee|assigned to|owner|dependencies|depends on|blocked by|requires|branch|labels?|tags?)$/i;

/** The `Task N` label, number and title when a checkbox starts with one. */
function taskLabel(li: ListItem): { kind: string; id: string; title: string } | undefined {
  const para = firstParagraph(li);
  const m = para ? TASK.exec(plain(para)) : undefined;
  if (!m) return undefined;
  return {
    kind: (m[1] as string).toLowerCase(),
    id: m[2] as string,
    title: (m[3] as string).trim(),
  };
}

/** True for the bold `**Task 1.1.1**` label this style is recognised by. */
function hasBoldTaskLabel(li: ListItem): boolean {
  const first = firstParagraph(li)?.children[0];
  return first?.type === 'strong' && TASK_LABEL.test(plain(first));
}

/**
 * Only symbol suffixes (`✅`, `🔴 NOT STARTED`) are heading statuses: parenthesised notes such
 * as "(PRIORITY)", "(Future)" or "(Future Enhancement)" are planning remarks in this style.
 */
function headingParts(text: string, mapper: StatusMapper): { title: string; rawStatus?: string } {
  const split = splitStatusSuffix(text, mapper);
  return split.rawStatus && !/^[\p{L}\p{N}]/u.test(split.rawStatus)
    ? split
    : { title: text.trim() };
}

/** `**Status**:` and `**Priority**:` lines written right under a group heading. */
function groupFields(tree: Root, index: number): { status?: string; priority?: string } {
  const out: { status?: string; priority?: string } = {};
  for (let i = index + 1; i < tree.children.length; i++) {
    const node = tree.children[i] as RootContent;
    if (node.type !== 'paragraph') break;
    const bold = boldFields(node);
    const fields = bold.length ? bold : [splitField(plain(node))].filter((f) => f !== undefined);
    for (const f of fields) {
      if (/^(?:status|state)$/i.test(f.name) && f.value) out.status ??= f.value;
      if (/^(?:priority|prio)$/i.test(f.name) && f.value) out.priority ??= f.value;
    }
  }
  return out;
}

/** Headings whose sections (subsections included) hold at least one `Task N` checkbox. */
function headingsWithTasks(tree: Root): Set<Heading> {
  const holding = new Set<Heading>();
  walkSections(tree, (node, headings) => {
    if (node.type !== 'list') return;
    if (node.children.some((li) => typeof li.checked === 'boolean' && taskLabel(li)))
      for (const h of headings) holding.add(h);
  });
  return holding;
}

/** What a task's nested bullets hold in this style. */
interface TaskDetails {
  fields: FieldInput[];
  files: string[];
  acceptance: Item['acceptance'];
  subtasks: ListItem[];
  notes: string[];
}

/**
 * Reads a task's nested bullets. Here `Name: value` is mostly prose ("Add: Nodes, Namespaces",
 * "Handle: Job → Pod", "Target: 85%+ coverage"), so only file bullets (`File:`, `Extend:`,
 * `Dir:`) and the names the builder gives a role (Status, Priority, Assignee…) become fields;
 * the rest is the task's description.
 */
function readTaskDetails(li: ListItem, done: boolean): TaskDetails {
  const details: TaskDetails = { fields: [], files: [], acceptance: [], subtasks: [], notes: [] };
  for (const child of li.children.slice(1))
    if (child.type === 'paragraph' && plain(child)) details.notes.push(plain(child));
  for (const list of childLists(li)) {
    for (const sub of list.children) {
      if (typeof sub.checked === 'boolean') {
        details.subtasks.push(sub);
        continue;
      }
      const para = firstParagraph(sub);
      const text = para ? plain(para) : plain(sub);
      const field = splitField(text);
      if (isAcceptanceLabel(field ? field.name : text)) {
        if (field?.value) details.acceptance.push({ text: field.value, done, line: lineOf(sub) });
        details.acceptance.push(...criteriaFrom(sub, done));
        continue;
      }
      if (field && FILE_FIELD.test(field.name)) {
        // `Dir:` is not a role the builder knows, so paths are collected here for every name.
        const codes = para ? inlineCodes(para) : [];
        details.files.push(...(codes.length ? codes : field.value ? [field.value] : []));
      } else if (field && ROLE_FIELD.test(field.name)) {
        details.fields.push({ ...field, line: lineOf(sub), codes: para ? inlineCodes(para) : [] });
      } else if (text) {
        details.notes.push(text);
      }
      // Bullets nested under a note or field are more description, kept in order.
      for (const nested of childLists(sub))
        for (const n of nested.children) {
          const t = plain(firstParagraph(n) ?? n);
          if (t) details.notes.push(t);
        }
    }
  }
  return details;
}

/**
 * Phase task lists: `## Phase 1: Title` phases, `### 1.1 Title` work packages followed by
 * `**Status**: 🔴 NOT STARTED` and `**Priority**: P0 - CRITICAL` lines, and items written as
 * `- [ ] **Task 1.1.1**: Title` with nested bullets: `File:`/`Extend:`/`Dir:` give the files,
 * other bullets ("Add: Nodes, …") are the description. Items take their group's priority unless
 * they state their own. The item id is the number, "1.1.1": the word "Task" is the kind, and the
 * text refers to work by number ("Task 1.2" names package 1.2), the form dependency lists and the
 * linker understand. Preamble fields and the closing "Progress Tracking", "Task Update Protocol"
 * and "Notes" sections hold no `Task N` checkboxes and are skipped. Never throws on odd input.
 */
export const phaseTasks: Dialect = {
  id: 'phase-tasks',
  title: 'Phase task list',
  description:
    '`## Phase N` / `### N.N Title` with `**Status**:`/`**Priority**:` lines and `- [ ] **Task N.N.N**: title` checkboxes with `File:` bullets.',
  detect(input) {
    let tasks = 0;
    let numbered = 0;
    walkSections(input.tree, (node) => {
      if (node.type === 'heading' && NUMBERED.test(plain(node))) numbered++;
      if (node.type === 'list')
        for (const li of node.children)
          if (typeof li.checked === 'boolean' && hasBoldTaskLabel(li)) tasks++;
    });
    if (tasks === 0) return 0;
    return Math.min(0.9, 0.6 + Math.min(0.2, tasks / 100) + (numbered > 0 ? 0.1 : 0));
  },
  extract(input, board) {
    const holding = headingsWithTasks(input.tree);
    const stack = new GroupStack();
    const priorities = new Map<Group, string>();

    const record = (li: ListItem, group: Group | undefined, parent?: Item): void => {
      const label = taskLabel(li);
      const details = readTaskDetails(li, li.checked === true);
      const evidence: StatusEvidence[] = [];
      const box = checkboxEvidence(board, li);
      if (box) evidence.push(box);
      const ownPriority = details.fields.some((f) => /^(?:priority|prio)$/i.test(f.name));
      const inherited = group && !ownPriority ? priorities.get(group) : undefined;
      const item = board.item({
        ...(label ? { id: label.id, kind: label.kind } : {}),
        title: label ? label.title : plain(firstParagraph(li) ?? li),
        group,
        parent,
        node: li,
        evidence,
        fields: details.fields,
        files: details.files,
        acceptance: details.acceptance,
        ...(inherited ? { priority: inherited } : {}),
      });
      if (details.notes.length) item.description = details.notes.join('\n');
      for (const sub of details.subtasks) record(sub, group, item);
    };

    input.tree.children.forEach((node, index) => {
      if (node.type === 'heading') {
        const text = plain(node);
        if (node.depth === 1 && !board.title) {
          board.title = text;
          return;
        }
        stack.enter(node.depth);
        const parent = stack.current(node.depth);
        const { title, rawStatus } = headingParts(text, board.mapper);
        const phase = PHASE.exec(title);
        const numbered = NUMBERED.exec(title);
        let spec: GroupSpec;
        if (phase) {
          const number = phase[1] as string;
          spec = { kind: 'phase', id: number, number, title: phase[2] || title, node, parent };
        } else if (numbered) {
          // Numbered work packages carry their own status and priority, like epics.
          const number = numbered[1] as string;
          spec = { kind: 'epic', id: number, number, title: numbered[2] as string, node, parent };
        } else if (holding.has(node)) {
          spec = { kind: 'section', title, node, parent };
        } else {
          return;
        }
        const fields = groupFields(input.tree, index);
        // A group has one status slot; the written Status line is more specific than a suffix.
        const raw = fields.status ?? rawStatus;
        if (raw) spec.rawStatus = raw;
        const group = board.group(spec);
        if (fields.priority) priorities.set(group, fields.priority);
        else if (parent && priorities.has(parent)) priorities.set(group, priorities.get(parent)!);
        stack.set(node.depth, group);
        return;
      }
      if (node.type !== 'list') return;
      const group = stack.current();
      for (const li of node.children) {
        if (typeof li.checked !== 'boolean') continue;
        // Plain checkboxes count only inside a phase or package, not in notes or protocols.
        if (taskLabel(li) || group) record(li, group);
      }
    });
  },
};
