import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { AcceptanceCriterion, Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder, FieldInput, ItemSpec } from '../builder.js';
import type { StatusMapper } from '../status.js';
import { toString } from 'mdast-util-to-string';
import { markerData } from '../markers.js';
import { childLists, firstParagraph, inlineCodes, lineOf, plain, splitField } from '../mdast.js';

/** Building blocks the dialect modules share: section walking and reading an item's sub-bullets. */

/** Calls `visit` for every top-level node with the stack of headings above it (outermost first). */
export function walkSections(
  tree: Root,
  visit: (node: RootContent, headings: readonly Heading[]) => void,
): void {
  const stack: Heading[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (stack.length && (stack[stack.length - 1] as Heading).depth >= node.depth) stack.pop();
      visit(node, stack);
      stack.push(node);
    } else {
      visit(node, stack);
    }
  }
}

/**
 * Keeps the group for each heading depth while walking sections, so a dialect can ask for "the
 * group this node sits in" after registering groups for the headings it cares about.
 */
export class GroupStack {
  private readonly byDepth: Array<Group | undefined> = [];

  /** Forgets groups at `depth` and deeper; call on every heading before `set`. */
  enter(depth: number): void {
    this.byDepth.length = Math.min(this.byDepth.length, depth);
  }

  set(depth: number, group: Group): void {
    this.byDepth[depth] = group;
  }

  /** Innermost group above `depth` (exclusive), or the innermost overall. */
  current(depth = 7): Group | undefined {
    for (let d = Math.min(depth - 1, this.byDepth.length - 1); d >= 0; d--) {
      const g = this.byDepth[d];
      if (g) return g;
    }
    return undefined;
  }
}

/** What a task item's nested bullets hold. */
/**
 * A heading read as a section: the first H1 titles the board (when it has no title yet); any other
 * heading opens a `section` group under the enclosing one, with a status suffix (`— Done`, `✅`)
 * kept as the group's raw status.
 */
export function enterSectionHeading(node: Heading, board: BoardBuilder, stack: GroupStack): void {
  if (node.depth === 1 && !board.title) {
    board.title = plain(node);
    return;
  }
  stack.enter(node.depth);
  const { title, rawStatus } = splitStatusSuffix(plain(node), board.mapper);
  const parent = stack.current(node.depth);
  const spec: Parameters<typeof board.group>[0] = { title, kind: 'section', node };
  if (parent) spec.parent = parent;
  if (rawStatus) spec.rawStatus = rawStatus;
  stack.set(node.depth, board.group(spec));
}

export interface ItemDetails {
  fields: FieldInput[];
  acceptance: AcceptanceCriterion[];
  /** Nested checkbox items that are subtasks (not acceptance criteria). */
  subtasks: ListItem[];
  /** Nested plain bullets and paragraphs that are neither fields nor criteria. */
  notes: string[];
}

const ACCEPTANCE_FIELD =
  /^(?:acceptance(?: criteria)?|ac|definition of done|dod|done when|success criteria)$/i;

/** True when the text names an acceptance-criteria block (`Acceptance Criteria:`, `**AC**`). */
export function isAcceptanceLabel(text: string): boolean {
  return ACCEPTANCE_FIELD.test(text.replace(/[*_:]/g, '').trim());
}

/**
 * Reads an item's nested content: `Name: value` bullets become fields (with their inline code as
 * file paths), checkboxes under an acceptance label become acceptance criteria, other nested
 * checkboxes are subtasks, and anything else is a note. A single-line `Acceptance: text` is one
 * criterion whose done state is `doneByDefault`.
 */
export function readItemDetails(item: ListItem, doneByDefault: boolean): ItemDetails {
  const details: ItemDetails = { fields: [], acceptance: [], subtasks: [], notes: [] };
  item.children.slice(1).forEach((child) => {
    if (child.type === 'paragraph') {
      const text = plain(child);
      const field = splitField(text);
      if (field) details.fields.push({ ...field, line: lineOf(child), codes: inlineCodes(child) });
      else if (text) details.notes.push(text);
    }
  });
  for (const list of childLists(item)) {
    for (const sub of list.children) {
      if (sub.checked === true || sub.checked === false) {
        details.subtasks.push(sub);
        continue;
      }
      const para = firstParagraph(sub);
      const text = para ? plain(para) : '';
      const field = splitField(text);
      const label = field ? field.name : text;
      if (
        isAcceptanceLabel(label) &&
        (!field || field.value === '' || childLists(sub).length > 0)
      ) {
        details.acceptance.push(...criteriaFrom(sub, doneByDefault));
        continue;
      }
      if (field && isAcceptanceLabel(field.name)) {
        details.acceptance.push({ text: field.value, done: doneByDefault, line: lineOf(sub) });
        continue;
      }
      if (field) {
        details.fields.push({ ...field, line: lineOf(sub), codes: para ? inlineCodes(para) : [] });
        // Bullets nested under a field continue its value (e.g. a list of files).
        for (const nested of childLists(sub)) {
          for (const n of nested.children) {
            const nestedPara = firstParagraph(n);
            if (!nestedPara) continue;
            const last = details.fields[details.fields.length - 1] as FieldInput;
            last.codes = [...(last.codes ?? []), ...inlineCodes(nestedPara)];
            last.value = last.value ? `${last.value}; ${plain(nestedPara)}` : plain(nestedPara);
          }
        }
        continue;
      }
      if (text) details.notes.push(text);
    }
  }
  return details;
}

/** Acceptance criteria listed under a label bullet: its nested checkboxes or plain bullets. */
export function criteriaFrom(label: ListItem, doneByDefault: boolean): AcceptanceCriterion[] {
  const out: AcceptanceCriterion[] = [];
  for (const list of childLists(label)) out.push(...criteriaFromList(list, doneByDefault));
  return out;
}

/** Every entry of a list as an acceptance criterion (checkbox state, or `doneByDefault`). */
export function criteriaFromList(list: List, doneByDefault: boolean): AcceptanceCriterion[] {
  return list.children.map((c) => ({
    text: plain(firstParagraph(c) ?? c),
    done: c.checked === true || c.checked === false ? c.checked : doneByDefault,
    line: lineOf(c),
  }));
}

/**
 * Evidence from a task checkbox: GFM `[x]`/`[ ]`, or a marker such as `[-]` or `[>]` (see
 * markers.ts). When the board's legend gives the marker a meaning ("`[~]` - change"), the meaning
 * is the raw status. Undefined for a plain bullet.
 */
export function checkboxEvidence(board: BoardBuilder, item: ListItem): StatusEvidence | undefined {
  if (item.checked === null || item.checked === undefined) return undefined;
  const marker = markerData(item).marker ?? (item.checked ? '[x]' : '[ ]');
  const legend = board.markerLegend;
  const meaning =
    legend.get(marker) ??
    (/^\[[xX]\]$/.test(marker) ? legend.get(marker === '[x]' ? '[X]' : '[x]') : undefined);
  if (meaning && marker !== '[ ]') {
    const status = board.mapper.map(meaning);
    const line = item.position?.start.line ?? 1;
    // A legend word that names no status ("remove", "add") is open work of that kind.
    return { source: 'checkbox', raw: `${marker} ${meaning}`, status: status ?? 'backlog', line };
  }
  return board.evidence('checkbox', marker, item);
}

/** Evidence that an item is struck through (`~~…~~`), or undefined. */
export function strikeEvidence(board: BoardBuilder, item: ListItem): StatusEvidence | undefined {
  return markerData(item).struck ? board.evidence('strikethrough', '~~struck~~', item) : undefined;
}

/**
 * An item's first paragraph split into its title and the `key: value` lines written under it
 * without a bullet (`- [ ] TASK-41 title` then `  status: todo`). Wrapped title lines join the title.
 */
export function titleAndLineFields(para: Paragraph | undefined): {
  title: string;
  fields: FieldInput[];
} {
  if (!para) return { title: '', fields: [] };
  const raw = toString(para);
  if (!raw.includes('\n')) return { title: plain(para), fields: [] };
  const lines = raw.split('\n');
  const start = para.position?.start.line ?? 1;
  const fields: FieldInput[] = [];
  const title: string[] = [];
  lines.forEach((line, i) => {
    const field = i > 0 ? splitField(line.trim()) : undefined;
    if (field && field.name.split(/\s+/).length <= 3 && (fields.length || i > 0))
      fields.push({ ...field, line: start + i });
    else if (!fields.length) title.push(line);
  });
  return { title: title.join(' ').replace(/\s+/g, ' ').trim(), fields };
}

/**
 * Records a checkbox list item (and, recursively, its nested checkbox subtasks) with the details
 * `readItemDetails` finds. `prepare` may rewrite the spec (id, title, kind) from the item text.
 */
export function recordTaskItem(
  board: BoardBuilder,
  listItem: ListItem,
  context: { group?: Group; parent?: Item },
  prepare: (spec: ItemSpec, text: string, listItem: ListItem) => ItemSpec = (s) => s,
): Item {
  const para = firstParagraph(listItem);
  const { title: text, fields: lineFields } = titleAndLineFields(para);
  const details = readItemDetails(listItem, listItem.checked === true);
  const evidence: StatusEvidence[] = [];
  const box = checkboxEvidence(board, listItem);
  if (box) evidence.push(box);
  const strike = strikeEvidence(board, listItem);
  if (strike) evidence.push(strike);
  let spec: ItemSpec = {
    title: text,
    node: listItem,
    evidence,
    fields: [...lineFields, ...details.fields],
    acceptance: details.acceptance,
  };
  if (markerData(listItem).optional) spec.labels = ['optional'];
  if (context.group) spec.group = context.group;
  if (context.parent) spec.parent = context.parent;
  spec = prepare(spec, text, listItem);
  const item = board.item(spec);
  if (details.notes.length) item.description = details.notes.join('\n');
  for (const sub of details.subtasks) {
    const ctx: { group?: Group; parent?: Item } = { parent: item };
    if (context.group) ctx.group = context.group;
    recordTaskItem(board, sub, ctx, prepare);
  }
  return item;
}

// Every list item in a node and below: allListItems, in ../mdast.ts, re-exported here.
export { allListItems } from '../mdast.js';

/** Splits a heading like "M1: Title ✅" or "Phase 0.1: Title" into number, title and status suffix. */
export function splitStatusSuffix(
  text: string,
  mapper: { map(raw: string): unknown },
): {
  title: string;
  rawStatus?: string;
} {
  const emoji =
    /\s*([\p{Extended_Pictographic}\u2B50\u2705\u274C\u23F3\u23F9\u23ED\u26A0][\uFE0F\u200D\p{Extended_Pictographic}]*)(.*)$/u.exec(
      text,
    );
  if (emoji && emoji.index > 0) {
    const raw = `${emoji[1]}${emoji[2] ?? ''}`.trim();
    if (mapper.map(raw) !== undefined)
      return { title: text.slice(0, emoji.index).trim(), rawStatus: raw };
  }
  const bracket = /\s*[([]\s*([^()[\]]+)\s*[)\]]\s*$/.exec(text);
  if (
    bracket &&
    bracket.index > 0 &&
    /^[\p{L}\s'-]+$/u.test(bracket[1] as string) &&
    mapper.map(bracket[1] as string) !== undefined
  ) {
    return { title: text.slice(0, bracket.index).trim(), rawStatus: (bracket[1] as string).trim() };
  }
  return { title: text.trim() };
}

/**
 * Splits a status an item line carries — a leading status emoji (`✅ Done thing`), a trailing
 * emoji suffix (`… ✅ **VALIDATED**`) or a short bracketed status (`… (in progress)`) — from its
 * title. Bracketed text of more than two words is left alone: those are conditions such as
 * "(if SSO complete)", not statuses. Never throws; returns the text unchanged when no status is
 * found. `source` is `emoji` for emoji-led status text and `suffix` otherwise.
 */
export function splitItemStatus(
  text: string,
  mapper: StatusMapper,
): { title: string; raw?: string; source?: 'emoji' | 'suffix' } {
  const lead = /^(\p{Extended_Pictographic}\uFE0F?)\s+(.+)$/u.exec(text);
  if (lead && mapper.map(lead[1] as string))
    return { title: (lead[2] as string).trim(), raw: lead[1] as string, source: 'emoji' };
  const { title, rawStatus } = splitStatusSuffix(text, mapper);
  if (!rawStatus) return { title: text };
  if (/^\p{Extended_Pictographic}/u.test(rawStatus))
    return { title, raw: rawStatus, source: 'emoji' };
  if (rawStatus.split(/\s+/).length <= 2) return { title, raw: rawStatus, source: 'suffix' };
  return { title: text };
}
