import type { List, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Node } from 'unist';
import { beat } from './beat.js';

// micromark is pinned to 4.0.2 through package.json "overrides": 4.0.3 (the newest release)
// rebuilds the whole events array each time a flow closes inside a container, once per list
// item, which makes one long list quadratic (a 10,000-item column: 284 s instead of 13 s).

/**
 * The GFM constructs one by one, in remark-gfm's order, each with the characters without which
 * it cannot occur. A chunk is parsed with only the constructs it may hold: the tree is the same
 * (a construct whose characters are absent never matches), and autolink literals alone cost a
 * quarter of the parse when on.
 */
const GFM_PARTS = [
  [/www\.|https?:\/\/|@|mailto:|xmpp:/i, gfmAutolinkLiteral(), gfmAutolinkLiteralFromMarkdown()],
  [/\[\^/, gfmFootnote(), gfmFootnoteFromMarkdown()],
  [/~/, gfmStrikethrough(), gfmStrikethroughFromMarkdown()],
  [/\|/, gfmTable(), gfmTableFromMarkdown()],
  [/\[[\sxX]\]/, gfmTaskListItem(), gfmTaskListItemFromMarkdown()],
] as const;
const FRONTMATTER = [frontmatter(['yaml']), frontmatterFromMarkdown(['yaml'])] as const;
const fragmentOptions = new Map<number, FromMarkdownOptions>();

/**
 * Parses one piece of Markdown as remark-parse + remark-gfm + remark-frontmatter (YAML) do.
 * `atStart`: the piece starts the file, so it may open with front matter.
 */
function parseFragment(text: string, atStart: boolean): RootContent[] {
  let mask = 0;
  GFM_PARTS.forEach(([test], i) => {
    if (test.test(text)) mask |= 1 << i;
  });
  if (atStart && text.startsWith('---')) mask |= 1 << GFM_PARTS.length;
  let options = fragmentOptions.get(mask);
  if (!options) {
    const parts = GFM_PARTS.filter((_, i) => mask & (1 << i));
    const matter = mask & (1 << GFM_PARTS.length) ? [FRONTMATTER] : [];
    options = {
      extensions: [...parts.map((p) => p[1]), ...matter.map((m) => m[0])],
      mdastExtensions: [...parts.map((p) => p[2]), ...matter.map((m) => m[1])],
    };
    fragmentOptions.set(mask, options);
  }
  return fromMarkdown(text, options).children;
}

/**
 * Parser options that change the tree; part of every parse cache key, so that a change here
 * never serves a tree made with other options.
 */
export const PARSER_ID = 'remark-parse@11+gfm+frontmatter[yaml];chunks:v2';

/**
 * Chunks smaller than this are merged with the next one. Parsing has a fixed cost per chunk,
 * and micromark's working memory grows with the chunk: what is in flight when a scavenge comes
 * is promoted to the old generation, and dies there. On a 50,000-task board the main thread
 * promoted 1.8 GB with 4 KB chunks and 0.7 GB with 2 KB ones, and the check took 17% less
 * time; at 1,000 and 10,000 tasks the two sizes are level, and 1.5 KB was slower.
 */
const TARGET_CHUNK_CHARS = 2048;

/** A slice of the text that starts at a top-level ATX heading or list item (or the start). */
export interface Chunk {
  text: string;
  /** 0-based line of the chunk's first line in the whole text. */
  lineOffset: number;
  /** Character offset of the chunk's first character in the whole text. */
  offset: number;
  /**
   * The chunk starts with an unindented list item whose marker is the one of the last
   * unindented line before it, so it continues that list: its first list joins the list the
   * previous chunk ends with.
   */
  continuesList?: boolean;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})/;
const FENCE_CLOSE = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
const FRONTMATTER_FENCE = /^---[ \t]*$/;
/** An unindented list item with content: `- x`, `* x`, `+ x`, `1. x`, `1) x` (group 1: marker). */
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HTML_RAW_OPEN = /^[ \t]*<(pre|script|style|textarea)(?:\s|>|$)/i;
const HTML_OTHER_OPEN = /^[ \t]*<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?[A-Za-z])/;
const BLANK = /^[ \t]*$/;

/**
 * A fenced code or HTML block that may be open. `nested` blocks stand in a list item, so the
 * next unindented line closes them with the item.
 */
interface OpenBlock {
  key: string;
  nested: boolean;
  /** True when `line` is the block's last line. */
  ends: (line: string) => boolean;
}

/** The width of a line's indentation in columns (tabs to the next multiple of 4). */
function indentOf(space: string): number {
  let n = 0;
  for (const c of space) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}

/**
 * The blocks that `line` may open, read from outside any block: none, or one per reading of
 * its indentation (0: top level; 1–3: top level or in a list item; 4 or more: in a list item,
 * or indented code, which no unindented line continues).
 */
function opens(line: string): OpenBlock[] {
  const f = FENCE_OPEN.exec(line);
  let block: Omit<OpenBlock, 'nested'>;
  let indent: number;
  if (f) {
    const [, space, fence] = f as unknown as [string, string, string];
    indent = indentOf(space);
    if (fence[0] === '`' && line.indexOf('`', space.length + fence.length) >= 0) return [];
    block = {
      key: `fence${fence}`,
      ends: (l) => {
        const m = FENCE_CLOSE.exec(l);
        return !!m && m[2]![0] === fence[0] && m[2]!.length >= fence.length;
      },
    };
  } else {
    const end = htmlBlockEnd(line);
    if (!end) return [];
    indent = indentOf(/^[ \t]*/.exec(line)![0]);
    block = { key: `html${end.name}`, ends: end };
    if (end(line.slice(line.indexOf('<') + 2))) return [];
  }
  if (indent === 0) return [{ ...block, nested: false }];
  if (indent <= 3)
    return [
      { ...block, key: `top-${block.key}`, nested: false },
      { ...block, nested: true },
    ];
  return [{ ...block, nested: true }];
}

/** The end condition of an HTML block opened by `line`, or undefined when none opens. */
function htmlBlockEnd(line: string): ((l: string) => boolean) | undefined {
  const raw = HTML_RAW_OPEN.exec(line);
  if (raw) {
    const close = new RegExp(`</${raw[1]}>`, 'i');
    return Object.defineProperty((l: string) => close.test(l), 'name', { value: raw[1] });
  }
  const m = HTML_OTHER_OPEN.exec(line);
  if (!m) return undefined;
  const start = line.indexOf('<');
  const until = (s: string): ((l: string) => boolean) =>
    Object.defineProperty((l: string) => l.includes(s), 'name', { value: s });
  if (line.startsWith('<!--', start)) return until('-->');
  if (line.startsWith('<?', start)) return until('?>');
  if (line.startsWith('<![CDATA[', start)) return until(']]>');
  if (line.startsWith('<!', start)) return until('>');
  // Types 6 and 7 end at a blank line. Taking every other tag as one of them only ever skips
  // a split, which is safe; splitting inside one would not be.
  return Object.defineProperty((l: string) => BLANK.test(l), 'name', { value: 'blank' });
}

/** The marker kind of an unindented list item line: the bullet, or the ordered delimiter. */
function markerKind(marker: string): string {
  return /\d/.test(marker) ? `1${marker.slice(-1)}` : marker;
}

/**
 * Splits Markdown at unindented ATX headings and unindented list items that certainly stand
 * outside fenced code, front matter and HTML blocks. Where the indentation of a fence or an
 * HTML block leaves open whether it stands in a list item, every reading is followed and a
 * line is a split only when all of them agree. An unindented ATX heading or list item closes
 * every open block but the list it belongs to, so each chunk parses to the nodes it would
 * give inside the whole document; `parseMarkdown` joins the lists split this way. Chunks are
 * at least `chunkChars` long, except the last. Time and memory are linear in the text.
 */
export function splitChunks(text: string, chunkChars = TARGET_CHUNK_CHARS): Chunk[] {
  const lines = text.split('\n');
  /** Candidate chunk starts: line index and whether it continues a list. */
  const starts: Array<[number, boolean]> = [[0, false]];
  /** Every reading of the blocks open before the line; `null` is "outside any block". */
  let states: Array<OpenBlock | null> = [null];
  /** The marker kind of the last unindented non-blank line, when that line was a list item. */
  let lastItemKind: string | undefined;
  let inFrontmatter = lines[0] !== undefined && FRONTMATTER_FENCE.test(lines[0]);
  for (let i = inFrontmatter ? 1 : 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inFrontmatter) {
      if (FRONTMATTER_FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) inFrontmatter = false;
      continue;
    }
    const first = line.charCodeAt(0);
    const unindented = line.length > 0 && first !== 32 && first !== 9;
    const certain = states.length === 1 && states[0] === null;
    const next = new Map<string, OpenBlock | null>();
    for (const state of states) {
      if (state && !(state.nested && unindented)) {
        if (state.ends(line)) next.set('out', null);
        else next.set(state.key, state);
        continue;
      }
      const opened = opens(line);
      // Indented four columns or more, the line is indented code unless it is in a list item.
      if (opened.every((b) => b.nested)) next.set('out', null);
      for (const block of opened) next.set(block.key, block);
    }
    states = [...next.values()];
    if (!unindented) continue;
    if (!certain || !(states.length === 1 && states[0] === null)) {
      lastItemKind = undefined;
      continue;
    }
    if (ATX_HEADING.test(line)) {
      if (i > 0) starts.push([i, false]);
      lastItemKind = undefined;
      continue;
    }
    const item = THEMATIC_BREAK.test(line) ? null : LIST_ITEM.exec(line);
    if (item) {
      const kind = markerKind(item[1]!);
      if (i > 0 && kind === lastItemKind) starts.push([i, true]);
      lastItemKind = kind;
    } else {
      lastItemKind = undefined;
    }
  }

  const lineOffsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const chunks: Chunk[] = [];
  let from = 0;
  let fromContinues = false;
  for (let s = 1; s <= starts.length; s++) {
    const [to, continues] = s < starts.length ? starts[s]! : [lines.length, false];
    const chars = (lineOffsets[to] ?? text.length + 1) - (lineOffsets[from] as number);
    if (s < starts.length && chars < chunkChars) continue;
    const begin = lineOffsets[from] as number;
    const end = to < lines.length ? (lineOffsets[to] as number) : text.length;
    const chunk: Chunk = { text: text.slice(begin, end), lineOffset: from, offset: begin };
    if (fromContinues) chunk.continuesList = true;
    chunks.push(chunk);
    from = to;
    fromContinues = continues;
  }
  return chunks;
}

function shift(node: Node, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (let i = 0; i < children.length; i++) shift(children[i]!, lines, offset);
}

/** The marker kind of a list's first item, read from the text at its position. */
function listKind(list: List, text: string): string | undefined {
  const start = list.children[0]?.position?.start;
  if (start?.offset === undefined) return undefined;
  const lineStart = start.offset - (start.column - 1);
  const m = /^ {0,3}([-*+]|\d{1,9}[.)])/.exec(text.slice(lineStart, lineStart + 16));
  return m ? markerKind(m[1]!) : undefined;
}

/**
 * Joins `next` (the first list of a chunk that continues a list) onto `prev` (the last node of
 * the chunk before) as one parse of the whole text would have read them: one list whose items
 * are both lists' items, loose when either is or when a blank line separates them. Returns
 * false, changing nothing, when the two are not the same list.
 */
function joinLists(prev: RootContent | undefined, next: RootContent, text: string): boolean {
  if (prev?.type !== 'list' || next.type !== 'list' || prev.ordered !== next.ordered) return false;
  const kind = listKind(prev, text);
  if (kind === undefined || kind !== listKind(next, text)) return false;
  const gapFrom = prev.children[prev.children.length - 1]?.position?.end.offset;
  const gapTo = next.children[0]?.position?.start.offset;
  if (gapFrom === undefined || gapTo === undefined || !prev.position || !next.position)
    return false;
  const blankBetween = /\n[ \t]*\r?\n/.test(text.slice(gapFrom, gapTo));
  prev.spread = Boolean(prev.spread || next.spread || blankBetween);
  prev.children.push(...next.children);
  prev.position.end = next.position.end;
  return true;
}

/** Definitions (`[label]: url`, `[^label]: note`) anywhere in the tree, as labels. */
function definitionLabels(nodes: readonly Node[], out: Set<string>): void {
  for (const node of nodes) {
    if (node.type === 'definition') out.add(`[${(node as { label?: string }).label ?? ''}]`);
    else if (node.type === 'footnoteDefinition')
      out.add(`[^${(node as { label?: string }).label ?? ''}]`);
    const children = (node as { children?: Node[] }).children;
    if (children) definitionLabels(children, out);
  }
}

/** A cheap test that the text may hold a definition, before looking for them in the tree. */
const MAY_DEFINE = /^[ \t>]*\[[^\]\n]+\]:/m;

/**
 * Parses some of a text's chunks elsewhere (another thread) while `parseMarkdown` parses the
 * others. Both sides claim chunks one at a time in `claims` (one Int32 per chunk, 0 while
 * unclaimed; claimed with Atomics.compareExchange): this side from the first chunk on, the
 * helper from the last chunk back, until they meet, so each side parses as much as its speed
 * allows. `start` returns the helper's side of the parse: `poll` takes in the nodes it has sent
 * so far (called between chunks, so that this side spends waiting time on them) and `finish`
 * waits for the rest: the index of the first chunk it parsed and one node array per chunk from
 * there to the end (as `parseChunk` gives them), or undefined when it failed; its chunks are
 * then parsed here. The tree is the same either way.
 */
export interface ChunkHelper {
  start(chunks: readonly Chunk[], claims: Int32Array): HelperParse;
}

/** A parse under way in a `ChunkHelper`. */
export interface HelperParse {
  poll(): void;
  finish(): { from: number; nodes: RootContent[][] } | undefined;
}

/** Claim marks in a `ChunkHelper`'s `claims`. */
export const CLAIMED_HERE = 1;
export const CLAIMED_BY_HELPER = 2;

function parseChunks(
  text: string,
  chunks: readonly Chunk[],
  stubs: string,
  helper?: ChunkHelper,
): Root | undefined {
  const nodes: RootContent[][] = [];
  if (helper && chunks.length > 1) {
    const claims = new Int32Array(new SharedArrayBuffer(4 * chunks.length));
    const other = helper.start(chunks, claims);
    for (let c = 0; c < chunks.length; c++) {
      if (Atomics.compareExchange(claims, c, 0, CLAIMED_HERE) !== 0) break;
      const own = parseChunk(chunks[c]!, stubs);
      if (!own) return undefined;
      nodes.push(own);
      beat();
      other.poll();
    }
    const rest = other.finish();
    if (rest && rest.from === nodes.length && rest.nodes.length === chunks.length - rest.from)
      nodes.push(...rest.nodes);
  }
  for (let c = nodes.length; c < chunks.length; c++) {
    const own = parseChunk(chunks[c]!, stubs);
    if (!own) return undefined;
    nodes.push(own);
    beat();
  }
  return joinChunks(text, chunks, nodes);
}

/**
 * The nodes one chunk gives inside the whole text, positions shifted to the whole text's lines
 * and offsets. `stubs`: definitions from other chunks, as `[label]: #` lines, parsed with the
 * chunk so that its references resolve as in the whole text and then dropped. Undefined when
 * the chunk cannot be parsed apart (front matter followed by an open block that takes in the
 * stubs); the whole text is then parsed at once.
 */
export function parseChunk(chunk: Chunk, stubs = ''): RootContent[] | undefined {
  let nodes: RootContent[];
  let lines = chunk.lineOffset;
  let chars = chunk.offset;
  const atStart = chunk.offset === 0;
  if (!stubs) {
    nodes = parseFragment(chunk.text, atStart);
  } else if (chunk.offset === 0 && FRONTMATTER_FENCE.test(chunk.text.split('\n', 1)[0]!)) {
    // Front matter must come first: the stubs go after the text, and should the text end in
    // an open block that takes them in, the whole text is parsed at once.
    nodes = parseFragment(`${chunk.text}\n\n${stubs}`, true);
    const cut = nodes.findIndex((n) => (n.position?.start.offset ?? 0) >= chunk.text.length);
    if (cut >= 0) nodes = nodes.slice(0, cut);
    if ((nodes[nodes.length - 1]?.position?.end.offset ?? 0) > chunk.text.length) return undefined;
  } else {
    // Definitions from other chunks go before the chunk's text as stubs, so that references
    // to them resolve as in the whole text; the stub nodes are dropped again.
    const prefix = `${stubs}\n\n`;
    nodes = parseFragment(prefix + chunk.text, false);
    const keep = nodes.findIndex((n) => (n.position?.start.offset ?? 0) >= prefix.length);
    nodes = keep < 0 ? [] : nodes.slice(keep);
    lines -= stubs.split('\n').length + 1;
    chars -= prefix.length;
  }
  if (lines !== 0 || chars !== 0) for (const child of nodes) shift(child, lines, chars);
  return nodes;
}

/**
 * The root of the whole text from the nodes of each chunk (`nodes[i]` from `chunks[i]`, as
 * `parseChunk` gives them): lists split between chunks are joined. Undefined when a split list
 * does not join; the whole text is then parsed at once.
 */
function joinChunks(
  text: string,
  chunks: readonly Chunk[],
  nodes: ReadonlyArray<readonly RootContent[]>,
): Root | undefined {
  const children: RootContent[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const own = nodes[c]!;
    let from = 0;
    if (chunks[c]!.continuesList && own[0]) {
      if (!joinLists(children[children.length - 1], own[0], text)) return undefined;
      from = 1;
    }
    for (let i = from; i < own.length; i++) children.push(own[i]!);
  }
  const lines = text.split('\n');
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: {
        line: lines.length,
        column: (lines[lines.length - 1]?.length ?? 0) + 1,
        offset: text.length,
      },
    },
  };
}

/**
 * Parses Markdown (CommonMark + GFM + YAML front matter) into mdast with positions, chunk by
 * chunk (see `splitChunks`) so that time and memory grow linearly with the file. The tree is
 * the one a single parse of the whole text gives, positions included: split lists are joined,
 * and link and footnote definitions reach across chunks. Should a split ever not join, the
 * whole text is parsed at once instead. `chunkChars` is the least chunk size (tests split at
 * every possible place with 1).
 */
export function parseMarkdown(
  text: string,
  chunkChars = TARGET_CHUNK_CHARS,
  helper?: ChunkHelper,
): Root {
  const chunks = splitChunks(text, chunkChars);
  let tree = parseChunks(text, chunks, '', helper);
  if (tree && MAY_DEFINE.test(text)) {
    const labels = new Set<string>();
    definitionLabels(tree.children, labels);
    if (labels.size > 0) {
      // Footnote definitions take in the indented lines after them: a link definition with a
      // label the text never uses ends the last one.
      let end = 0;
      while (text.includes(`[end-of-stubs-${end}]`)) end++;
      const stubs = [...labels].sort((a, b) => (b[1] === '^' ? 1 : 0) - (a[1] === '^' ? 1 : 0));
      stubs.push(`[end-of-stubs-${end}]`);
      tree = parseChunks(text, chunks, stubs.map((l) => `${l}: #`).join('\n'));
    }
  }
  return tree ?? parseMarkdownWhole(text);
}

/**
 * One parse of the whole text with every GFM construct and front matter, without chunking: what
 * remark-parse + remark-gfm + remark-frontmatter (YAML) give. The benchmark's baseline.
 */
export function parseMarkdownWhole(text: string): Root {
  const parts = [...GFM_PARTS, [null, ...FRONTMATTER] as const];
  return fromMarkdown(text, {
    extensions: parts.map((p) => p[1]),
    mdastExtensions: parts.map((p) => p[2]),
  });
}
