import type { ListItem, Nodes } from 'mdast';
import type { Group, Item, StatusEvidence } from '../../model/types.js';
import type { BoardBuilder, FieldInput } from '../builder.js';
import type { Dialect, DialectInput } from '../dialect.js';
import { childLists, firstParagraph, inlineCodes, itemText, lineOf, plain } from '../mdast.js';
import { markerData } from '../markers.js';
import { allListItems, splitStatusSuffix, walkSections } from './shared.js';
import { filePaths, LazySections, sourceOf } from './spec-kit-shared.js';

/**
 * Kiro spec `tasks.md` (`.kiro/specs/<feature>/tasks.md`): `# Implementation Plan`, numbered
 * checkbox tasks `- [ ] 1. Title` with nested `- [ ] 1.1 Title` sub-tasks, plain bullets under a
 * task as its description, and `_Requirements: 1.1, 2.3_` naming the requirements (from
 * requirements.md) a task satisfies. Kiro writes `- [-]` for a task in progress and `- [ ]*` for
 * an optional one; neither is a GFM task box, so they arrive as plain bullets and are read here.
 */

/** The box of a bullet that GFM did not read as a task: `[ ]*`, `[x]*`, `[-]`, `[-]*`. */
const LOOSE_BOX = /^\[([ xX-])\](\*)?\s*/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s;
const REQUIREMENT_FIELD = /^(Requirements?|Validates)\s*:\s*(.*)$/i;
const CHECKPOINT = /^(?:final\s+)?checkpoint\b/i;
/**
 * What a numbered task needs in the text: a box (GFM's, or one markers.ts reads) then, past
 * white space and opening marks (`**1.**`, `[1. Task](…)`), a digit; or a character
 * reference, which may spell either.
 */
const MAY_NUMBER_A_BOX = /&|\[[ \txX\-/~+>!?*]\][ \t\r\n*_`~[!]*\d/;

interface KiroBox {
  state: 'open' | 'done' | 'doing';
  raw: string;
  optional: boolean;
  /** The item text after the box. */
  text: string;
}

/** Reads a bullet's task box, GFM or Kiro's own; undefined for a bullet that is not a task. */
function kiroBox(li: ListItem): KiroBox | undefined {
  const text = itemText(li);
  if (typeof li.checked === 'boolean') {
    // `[-]` and `[ ]*` have been read by the marker transform (markers.ts).
    const data = markerData(li);
    const doing = data.marker === '[-]' || data.marker === '[/]';
    return {
      state: li.checked ? 'done' : doing ? 'doing' : 'open',
      raw: data.marker ?? (li.checked ? '[x]' : '[ ]'),
      optional: data.optional === true,
      text,
    };
  }
  const m = LOOSE_BOX.exec(text);
  if (!m) return undefined;
  const mark = (m[1] as string).toLowerCase();
  return {
    state: mark === 'x' ? 'done' : mark === '-' ? 'doing' : 'open',
    raw: `[${m[1]}]`,
    optional: m[2] === '*',
    text: text.slice(m[0].length),
  };
}

function boxEvidence(board: BoardBuilder, box: KiroBox, li: ListItem): StatusEvidence {
  // `[-]` is Kiro's "started" box; the builder's checkbox mapping only knows `[x]` and `[ ]`.
  if (box.state === 'doing')
    return { source: 'checkbox', raw: box.raw, status: 'in-progress', line: lineOf(li) };
  return board.evidence('checkbox', box.state === 'done' ? '[x]' : '[ ]', li);
}

/** Requirement ids in `1.1, 2.3` or `Requirements 4.2, 4.3`. */
function requirementIds(value: string): string[] {
  return value.match(/\d+(?:\.\d+)*/g) ?? [];
}

interface KiroDetails {
  subtasks: ListItem[];
  notes: string[];
  fields: FieldInput[];
  codes: string[];
  /** The notes' Markdown as written, where file paths are looked for. */
  sources: string[];
}

/** Splits a task's nested content into sub-tasks, requirement fields and description notes. */
function readDetails(li: ListItem, source: string): KiroDetails {
  const details: KiroDetails = { subtasks: [], notes: [], fields: [], codes: [], sources: [] };
  const note = (node: Nodes | undefined, text: string, line: number, codes: string[]): void => {
    if (!text) return;
    details.sources.push(sourceOf(node, source, text));
    const field = REQUIREMENT_FIELD.exec(text);
    if (field) details.fields.push({ name: field[1] as string, value: field[2] as string, line });
    else details.notes.push(text);
    details.codes.push(...codes);
  };
  for (const child of li.children.slice(1))
    if (child.type === 'paragraph') note(child, plain(child), lineOf(child), inlineCodes(child));
  const walk = (item: ListItem): void => {
    for (const list of childLists(item)) {
      for (const sub of list.children) {
        if (kiroBox(sub)) {
          details.subtasks.push(sub);
          continue;
        }
        const para = firstParagraph(sub);
        note(para, itemText(sub), lineOf(sub), para ? inlineCodes(para) : []);
        walk(sub);
      }
    }
  };
  walk(li);
  return details;
}

export const kiro: Dialect = {
  id: 'kiro',
  title: 'Kiro tasks.md',
  description:
    'Kiro spec tasks.md: `- [ ] 1. Task` / `- [ ] 1.1 Sub-task` with `_Requirements: 1.1_` lines.',
  /**
   * Needs numbered task bullets; `_Requirements:` lines make it near certain, an
   * `# Implementation Plan` title or Kiro's own `[-]`/`[ ]*` boxes make it likely.
   */
  detect(input: DialectInput): number {
    if (!MAY_NUMBER_A_BOX.test(input.text)) return 0;
    let numbered = 0;
    let kiroBoxes = 0;
    let requirements = 0;
    for (const li of allListItems(input.tree)) {
      const box = kiroBox(li);
      if (!box) {
        if (/^Requirements?\s*:/i.test(itemText(li))) requirements++;
        continue;
      }
      if (!NUMBERED.test(box.text)) continue;
      numbered++;
      if (box.optional || box.state === 'doing') kiroBoxes++;
    }
    if (numbered === 0) return 0;
    const title = input.tree.children.some(
      (n) => n.type === 'heading' && n.depth === 1 && /^Implementation Plan\b/i.test(plain(n)),
    );
    const extra = (title ? 0.05 : 0) + (kiroBoxes > 0 ? 0.05 : 0);
    if (requirements > 0) return 0.75 + Math.min(0.1, requirements / 100) + extra;
    if (title) return 0.5 + (kiroBoxes > 0 ? 0.1 : 0);
    return kiroBoxes > 0 ? 0.35 : 0;
  },
  /**
   * Every numbered task bullet is an item with its number as id ("1", "1.1"); nested tasks carry
   * `parent`, and a flat `1.1` after `1.` is given parent "1" too. `_Requirements:_` and
   * `Validates:` lines become fields and `req:<id>` labels — requirements are not tasks, so they
   * are never dependencies. Other bullets under a task are its description; paths in it are its
   * files. `[ ]*` adds the label `optional`, a "Checkpoint" task the label `checkpoint`.
   * Headings (`## Tasks`) become section groups only when tasks sit under them. Never throws.
   */
  extract(input: DialectInput, board: BoardBuilder): void {
    const sections = new LazySections(board);
    const byId = new Map<string, Item>();

    const record = (li: ListItem, box: KiroBox, group?: Group, parent?: Item): void => {
      const m = NUMBERED.exec(box.text);
      const id = m?.[1];
      const title = ((m?.[2] as string | undefined) ?? box.text).trim();
      const details = readDetails(li, input.text);
      const labels: string[] = [];
      if (box.optional) labels.push('optional');
      if (CHECKPOINT.test(title)) labels.push('checkpoint');
      for (const f of details.fields)
        labels.push(...requirementIds(f.value).map((r) => `req:${r}`));
      const para = firstParagraph(li);
      const resolvedParent =
        parent ?? (id?.includes('.') ? byId.get(id.slice(0, id.lastIndexOf('.'))) : undefined);
      const item = board.item({
        ...(id ? { id } : {}),
        title: title || box.text,
        kind: resolvedParent ? 'subtask' : 'task',
        ...(group ? { group } : {}),
        ...(resolvedParent ? { parent: resolvedParent } : {}),
        node: li,
        evidence: [boxEvidence(board, box, li)],
        fields: details.fields,
        labels,
        files: filePaths([sourceOf(para, input.text, title), ...details.sources].join('\n'), [
          ...(para ? inlineCodes(para) : []),
          ...details.codes,
        ]),
      });
      if (details.notes.length) item.description = details.notes.join('\n');
      if (id && !byId.has(id)) byId.set(id, item);
      for (const sub of details.subtasks) record(sub, kiroBox(sub) as KiroBox, group, item);
    };

    walkSections(input.tree, (node) => {
      if (node.type === 'heading') {
        if (node.depth === 1) return;
        const text = plain(node);
        const { title, rawStatus } = splitStatusSuffix(text, board.mapper);
        sections.enter(node, {
          title: title || text,
          kind: 'section',
          ...(rawStatus ? { rawStatus } : {}),
        });
        return;
      }
      if (node.type !== 'list') return;
      for (const li of node.children) {
        const box = kiroBox(li);
        if (box) record(li, box, sections.current());
      }
    });
  },
};
