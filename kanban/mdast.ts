import type {
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../model/types.js';

/** Small readers over mdast nodes shared by the dialects. */

/** Plain text of a node (no Markdown marks), with white space folded. */
export function plain(node: Nodes | Nodes[]): string {
  const text = Array.isArray(node) ? node.map((n) => toString(n)).join('') : toString(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** The node's span as a model position, end column included; line 1 when the node carries none. */
export function positionOf(node: Nodes): Position {
  const p = node.position;
  const out: Position = {
    line: p?.start.line ?? 1,
    column: p?.start.column ?? 1,
    endLine: p?.end.line ?? p?.start.line ?? 1,
  };
  if (p?.end.column !== undefined) out.endColumn = p.end.column;
  return out;
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function isHeading(node: RootContent, depth?: number): node is Heading {
  return node.type === 'heading' && (depth === undefined || node.depth === depth);
}

/** The paragraph an item's text starts with, if any. */
export function firstParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}

/** Lists nested directly inside a list item. */
export function childLists(item: ListItem): List[] {
  return item.children.filter((c): c is List => c.type === 'list');
}

/** Results remembered per node while a tree is known not to change (see `withTreeMemo`). */
interface TreeMemo {
  text: WeakMap<ListItem, string>;
  items: WeakMap<Nodes, ListItem[]>;
}
let memo: TreeMemo | undefined;

/**
 * Runs `fn` with item texts and list item walks remembered per node, for work that reads one
 * tree many times without changing it: dialect detection, where every dialect walks every list
 * item of the file (an eighth of reading a 10,000-task board before).
 */
export function withTreeMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = { text: new WeakMap(), items: new WeakMap() };
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/**
 * Node types whose children may be blocks (mdast with GFM and front matter): every list item,
 * code block and HTML block of a tree sits under these alone. Paragraphs, headings and table
 * cells hold phrasing content, which never holds a block.
 */
const BLOCK_PARENTS = new Set(['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition']);

/**
 * Calls `visit` on `node` and on every block below it, depth first in document order, without
 * entering phrasing content (most of a tree's nodes): list items, code, HTML, paragraphs and
 * the rest, but not the text, emphasis or links inside a paragraph.
 */
export function walkBlocks(node: Nodes, visit: (block: Nodes) => void): void {
  visit(node);
  if (BLOCK_PARENTS.has(node.type))
    for (const child of (node as { children: Nodes[] }).children) walkBlocks(child, visit);
}

/** Every list item under `node`, depth first, in document order (remembered in a tree memo). */
export function allListItems(node: Nodes): ListItem[] {
  const hit = memo?.items.get(node);
  if (hit) return hit;
  const out: ListItem[] = [];
  walkBlocks(node, (n) => {
    if (n.type === 'listItem') out.push(n);
  });
  memo?.items.set(node, out);
  return out;
}

/** Text of a list item's own first paragraph (not its nested lists). */
export function itemText(item: ListItem): string {
  const hit = memo?.text.get(item);
  if (hit !== undefined) return hit;
  const p = firstParagraph(item);
  const text = p ? plain(p) : '';
  memo?.text.set(item, text);
  return text;
}

const FIELD_LINE = /^([A-Za-z][\w /&()'-]{0,40}?)\s*:\s*(.*)$/s;

/** Splits `Name: value`; undefined when the text is not a field line. */
export function splitField(text: string): { name: string; value: string } | undefined {
  const m = FIELD_LINE.exec(text);
  if (!m) return undefined;
  return { name: (m[1] as string).trim(), value: (m[2] as string).trim() };
}

/**
 * Reads `**Name**: value **Other**: value` runs from a paragraph, as written in trackers that put
 * several bold-labelled fields on one line. Values are plain text, white space folded.
 */
export function boldFields(
  paragraph: Paragraph,
): Array<{ name: string; value: string; line: number }> {
  const fields: Array<{ name: string; value: string; line: number; parts: PhrasingContent[] }> = [];
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as PhrasingContent;
    if (node.type === 'strong') {
      const label = plain(node);
      const next = children[i + 1];
      const colonInside = label.endsWith(':');
      const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
      if (colonInside || colonAfter) {
        fields.push({
          name: label.replace(/:$/, '').trim(),
          value: '',
          line: lineOf(node),
          parts: [],
        });
        if (colonAfter && next?.type === 'text') {
          const rest = next.value.replace(/^\s*:/, '');
          fields[fields.length - 1]!.parts.push({ type: 'text', value: rest });
          i++;
        }
        continue;
      }
    }
    fields[fields.length - 1]?.parts.push(node);
  }
  return fields.map(({ name, parts, line }) => ({ name, value: plain(parts), line }));
}

/** Text of inline code spans in a node, in order (file paths are usually written this way). */
export function inlineCodes(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'inlineCode') out.push(n.value);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}
