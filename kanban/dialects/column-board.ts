import type { ListItem, Root } from 'mdast';
import type { Group } from '../../model/types.js';
import type { BoardBuilder, ItemSpec } from '../builder.js';
import type { Dialect } from '../dialect.js';
import { firstParagraph, plain, splitField } from '../mdast.js';
import { StatusMapper, statusEmoji } from '../status.js';
import { recordTaskItem } from './shared.js';

const WIP_SUFFIX = /\s*[([]\s*(?:(?:wip|limit|max)\s*[:=]?\s*)?(\d{1,4})\s*[)\]]\s*$/i;

/**
 * Splits a column heading into its title and the WIP limit written at its end (`Doing (WIP 3)`,
 * `Review (limit: 2)`, `In Progress (3)`); `wipLimit` is absent when there is none. Never throws.
 */
export function splitWipLimit(text: string): { title: string; wipLimit?: number } {
  const m = WIP_SUFFIX.exec(text);
  if (!m || m.index === 0) return { title: text.trim() };
  return { title: text.slice(0, m.index).trim(), wipLimit: Number(m[1]) };
}

/**
 * True when a heading reads as a board column: after dropping the WIP suffix, emoji and
 * punctuation it is at most three words, holds no digits (so `v0.9.0 (next release)` is a
 * release, not a column) and `mapper` maps it to a status. Long headings are refused because
 * status words turn up in ordinary titles ("Open data pipeline").
 */
export function isColumnHeading(text: string, mapper: StatusMapper): boolean {
  const { title } = splitWipLimit(text);
  const words = title
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 3 || /\d/.test(words.join(''))) return false;
  return mapper.map(title) !== undefined;
}

/** A checkbox or a bullet that is not a `key: value` line. */
function isCardBullet(li: ListItem): boolean {
  const para = firstParagraph(li);
  return typeof li.checked === 'boolean' || !para || splitField(plain(para)) === undefined;
}

/**
 * Counts, per heading depth 1 to 3, the headings, the status-named ones (`named`, columns even
 * when empty: a board with cards in one column still has its other columns) and the columns with
 * a list in their section.
 */
function columnEvidence(
  tree: Root,
  mapper: StatusMapper,
): { depth: number; headings: number; named: number; columns: number } {
  const stats = new Map<number, { headings: number; named: number; columns: number }>([
    [1, { headings: 0, named: 0, columns: 0 }],
    [2, { headings: 0, named: 0, columns: 0 }],
    [3, { headings: 0, named: 0, columns: 0 }],
  ]);
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'heading') continue;
    const s = stats.get(node.depth);
    if (!s) continue;
    s.headings++;
    if (!isColumnHeading(plain(node), mapper)) continue;
    s.named++;
    // Cards sit in the column's own section, possibly under sub-lane headings. Under a deeper
    // heading a list of `key: value` lines is a kanban.md card's attributes, not cards.
    let nested = false;
    for (let j = i + 1; j < nodes.length; j++) {
      const next = nodes[j]!;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      if (next.type === 'heading') nested = true;
      if (next.type === 'list' && (!nested || next.children.some(isCardBullet))) {
        s.columns++;
        break;
      }
    }
  }
  const one = stats.get(1)!;
  const two = stats.get(2)!;
  const three = stats.get(3)!;
  // `# TODO` / `# DOING` / `# DONE`: columns at the top level when two or more H1s name statuses.
  if (one.named >= 2 && one.columns >= two.columns && one.columns >= three.columns)
    return { depth: 1, ...one };
  return three.columns > two.columns ? { depth: 3, ...three } : { depth: 2, ...two };
}

const CARD_ID = /^(?:\[([A-Z][A-Z0-9]*-\d+)\]\s*|([A-Z][A-Z0-9]*-\d+)(?:\s*:\s*|\s+))(.+)$/;
const MENTION = /(^|\s)@([\p{L}][\p{L}\p{N}._-]*)/gu;
const TAG = /(^|\s)#([\p{L}][\p{L}\p{N}_/-]*)/gu;
const LEADING_EMOJI = /^(\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)\s*/u;
const ASSIGNEE_FIELD = /^(?:assignee|assignees|assigned(?: to)?|owner|owners)$/i;

/**
 * Reads what a card line carries besides its title: a leading issue key (`PAY-21:` or
 * `[PAY-21]`), a leading status emoji, `@name` mentions (the assignee) and `#tags` (labels).
 */
function readCardLine(text: string): {
  title: string;
  id?: string;
  emoji?: string;
  mentions: string[];
  tags: string[];
} {
  let rest = text;
  const emoji = LEADING_EMOJI.exec(rest);
  const icon = emoji && statusEmoji(emoji[1] as string) ? (emoji[1] as string) : undefined;
  if (icon) rest = rest.slice((emoji as RegExpExecArray)[0].length);
  const idMatch = CARD_ID.exec(rest);
  const id = idMatch ? (idMatch[1] ?? idMatch[2]) : undefined;
  if (idMatch) rest = idMatch[3] as string;
  const mentions: string[] = [];
  const tags: string[] = [];
  const title = rest
    .replace(MENTION, (_all, lead: string, name: string) => {
      mentions.push(name);
      return lead;
    })
    .replace(TAG, (_all, lead: string, tag: string) => {
      tags.push(tag);
      return lead;
    })
    .replace(/\s+/g, ' ')
    .trim();
  const out: ReturnType<typeof readCardLine> = { title: title || text.trim(), mentions, tags };
  if (id) out.id = id;
  if (icon) out.emoji = icon;
  return out;
}

/**
 * Plain column boards as teams keep them in a README or BOARD.md: an optional `# Title`, one
 * heading per column named by a status word (`## Todo`, `## Doing`, `## Review`, `## Done`…),
 * and one bullet or checkbox per card. Nested bullets under a card are `key: value` fields or
 * notes, nested checkboxes are subtasks. A column heading may end in a WIP limit: `(WIP 3)`,
 * `(limit: 3)`, `[max 3]` or a bare `(3)`.
 *
 * Detection: at least half of the headings at the column level are short status names (mapped by
 * a board-independent `StatusMapper`) with a list right under them; the score stays at or below
 * 0.7 so that formats with a stricter shape win. Extraction never throws on odd input.
 */
export const columnBoard: Dialect = {
  id: 'column-board',
  title: 'Column board',
  description:
    'Plain boards with status-named column headings (`## Todo`, `## Doing`, `## Done`) and one bullet or checkbox per card.',
  detect(input) {
    const { headings, named, columns } = columnEvidence(input.tree, new StatusMapper());
    // Two status-named columns, at least one holding cards: `## Todo` / `## Doing` / `## Done`
    // with everything still in one column is a board too.
    if (named < 2 || columns < 1) return 0;
    const share = named / headings;
    if (share < 0.5) return 0;
    // Stays below the formats with a tool or a stricter shape behind them (compact kanban,
    // kanban.md, Obsidian), which also have status-named columns.
    return 0.3 + 0.4 * share;
  },
  extract(input, board) {
    const depth = columnEvidence(input.tree, board.mapper).depth;
    let outer: Group | undefined;
    let column: Group | undefined;
    let level: Group | undefined;
    let current: Group | undefined;
    for (const node of input.tree.children) {
      if (node.type === 'heading') {
        const text = plain(node);
        if (node.depth === 1 && depth > 1) {
          board.title ??= text;
          outer = column = level = current = undefined;
          continue;
        }
        if (node.depth < depth) {
          outer = current = board.group({ title: text, kind: 'board', node });
          column = level = undefined;
          continue;
        }
        if (node.depth === depth) {
          const isColumn = isColumnHeading(text, board.mapper);
          const { title, wipLimit } = isColumn ? splitWipLimit(text) : { title: text };
          const spec: Parameters<typeof board.group>[0] = {
            title,
            kind: isColumn ? 'column' : 'section',
            node,
          };
          if (outer) spec.parent = outer;
          if (isColumn) spec.rawStatus = title;
          if (wipLimit !== undefined) spec.wipLimit = wipLimit;
          level = current = board.group(spec);
          column = isColumn ? current : undefined;
          continue;
        }
        // A deeper heading splits a column (or section) into lanes; its cards keep the column.
        const parent = level ?? outer;
        current = board.group({
          title: text,
          kind: 'section',
          node,
          ...(parent ? { parent } : {}),
        });
        continue;
      }
      if (node.type !== 'list') continue;
      for (const li of node.children) {
        // Outside a column only checkboxes are work; plain bullets there are notes or links.
        if (!column && typeof li.checked !== 'boolean') continue;
        recordTaskItem(board, li, current ? { group: current } : {}, (spec, text) =>
          prepareCard(spec, text, spec.parent ? undefined : column, board),
        );
      }
    }
  },
};

/** Fills a card's spec from its line; top-level cards get the column as their first evidence. */
function prepareCard(
  spec: ItemSpec,
  text: string,
  column: Group | undefined,
  board: BoardBuilder,
): ItemSpec {
  const card = readCardLine(text);
  const evidence = [...(spec.evidence ?? [])];
  if (column) evidence.unshift(board.evidence('column', column.title, column.position.line));
  if (card.emoji) evidence.push(board.evidence('emoji', card.emoji, spec.node));
  const fields = (spec.fields ?? []).map((f) =>
    ASSIGNEE_FIELD.test(f.name) ? { ...f, value: f.value.replace(/(^|[\s,])@/g, '$1') } : f,
  );
  const next: ItemSpec = { ...spec, title: card.title, evidence, fields };
  if (card.id) next.id = card.id;
  if (card.mentions.length) next.assignee = card.mentions.join(', ');
  if (card.tags.length) next.labels = [...(spec.labels ?? []), ...card.tags];
  return next;
}
