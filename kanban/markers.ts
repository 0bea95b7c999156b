import type { ListItem, Nodes, Root } from 'mdast';
import type { Status } from '../model/types.js';
import { walkBlocks } from './mdast.js';

/**
 * Checkbox markers beyond GFM's `[ ]` and `[x]`, as task tools and teams write them: `[-]`, `[/]`,
 * `[~]` and `[*]` for started or partly done work (Kiro, Obsidian Tasks' in-progress, Continue's
 * todo lists), `[>]` for deferred, `[!]` for blocked or urgent, `[+]` and `[?]` for open items a
 * legend gives a meaning to, and Kiro's optional task `- [ ]* 2.2 …`. GFM reads none of these as
 * a task, so they arrive as text; `applyCheckboxMarkers` turns them into checkboxes on the mdast.
 */

/** What the transform leaves in a list item's `data`. */
export interface MarkerData {
  /** The marker as written, e.g. `[-]`; absent for plain GFM `[ ]`/`[x]`. */
  marker?: string;
  /** Kiro's `- [ ]*`: an optional task. */
  optional?: boolean;
  /** The item's whole text is struck through (`~~…~~`): cancelled. */
  struck?: boolean;
}

const MARKER = /^\[([ xX\-/~+>!?*])\](\*)?(?:[ \t]+|$)/;

/** The canonical status a checkbox marker stands for. `[x]`/`[X]` done; the rest open. */
export function markerStatus(marker: string): Status {
  switch (marker.replace(/\s/g, ' ')) {
    case '[x]':
    case '[X]':
      return 'done';
    case '[-]':
    case '[/]':
    case '[~]':
    case '[*]':
      return 'in-progress';
    case '[!]':
      return 'blocked';
    default:
      return 'backlog';
  }
}

/** The marker data the transform stored on a list item. */
export function markerData(item: ListItem): MarkerData {
  return (item.data as MarkerData | undefined) ?? {};
}

/**
 * Walks the tree once and, for every list item GFM did not read as a task, reads a leading
 * marker from its first text node: sets `checked` (true only for `[x]`/`[X]`), records the
 * marker and Kiro's optional star in `data`, and removes the marker from the text so titles read
 * cleanly. Marks items whose whole first paragraph is struck through. Fenced code is untouched
 * (it holds no list items). Positions of list items are unchanged.
 */
export function applyCheckboxMarkers(tree: Root): void {
  walkBlocks(tree, (node) => {
    if (node.type === 'listItem') mark(node);
  });
}

function mark(item: ListItem): void {
  const para = item.children[0];
  if (para?.type !== 'paragraph') return;
  const data = (item.data ??= {}) as MarkerData;
  const first = para.children[0];
  if ((item.checked === null || item.checked === undefined) && first?.type === 'text') {
    const m = MARKER.exec(first.value);
    if (m) {
      const marker = `[${m[1] as string}]`;
      item.checked = marker === '[x]' || marker === '[X]';
      if (marker !== '[ ]' && marker !== '[x]') data.marker = marker;
      if (m[2]) data.optional = true;
      const cut = m[0].length;
      first.value = first.value.slice(cut);
      const start = first.position?.start;
      if (start) {
        start.column += cut;
        if (start.offset !== undefined) start.offset += cut;
      }
      if (first.value === '') para.children.shift();
    }
  }
  // `~~Title~~` or `~~Title~~ (why it was dropped)`: the item itself is struck through.
  const lead = para.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (lead?.type === 'delete') data.struck = true;
}

/**
 * A board's own legend for its markers: inline code holding one marker followed by its meaning,
 * as in ``- `[~]` - change`` or ``Markers: `[x]` done, `[/]` started``. Returns marker → meaning
 * (a few words). Fenced code is not read. `[x]` and `[X]` are told apart only when both appear.
 */
export function readMarkerLegend(tree: Root): Map<string, string> {
  const legend = new Map<string, string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      const kids = node.children;
      for (let i = 0; i < kids.length - 1; i++) {
        const code = kids[i];
        const next = kids[i + 1];
        if (code?.type !== 'inlineCode' || next?.type !== 'text') continue;
        if (!/^\[.\]$/.test(code.value)) continue;
        const m = /^\s*(?:[-=:–—→]\s*)?([\p{L}][\p{L}' ]{0,40}?)\s*(?:[,.;(]|$)/u.exec(next.value);
        const meaning = m?.[1]?.trim();
        if (meaning && meaning.split(/\s+/).length <= 4) legend.set(code.value, meaning);
      }
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return legend;
}
