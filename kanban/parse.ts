import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';

// micromark is pinned to 4.0.2 through package.json "overrides": 4.0.3 (the newest release)
// rebuilds the whole events array each time a flow closes inside a container, once per list
// item, which makes one long list quadratic (a 10,000-item column: 284 s instead of 13 s).
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Chunks smaller than this are merged with the next one; parsing overhead per chunk is fixed. */
const TARGET_CHUNK_CHARS = 4096;

/** A slice of the text that starts at a top-level ATX heading (or the start of the file). */
export interface Chunk {
  text: string;
  /** 0-based line of the chunk's first line in the whole text. */
  lineOffset: number;
  /** Character offset of the chunk's first character in the whole text. */
  offset: number;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;
const FRONTMATTER_FENCE = /^---[ \t]*$/;

/**
 * Splits Markdown at unindented ATX headings that stand outside fenced code, front matter, HTML
 * comments and raw HTML blocks. An unindented ATX heading always closes every open block in
 * CommonMark, so each chunk parses to the same nodes it would give inside the whole document;
 * only link reference definitions do not reach across chunks.
 */
export function splitChunks(text: string): Chunk[] {
  const lines = text.split('\n');
  const starts: number[] = [0];
  let fence: string | undefined;
  let closeRaw: RegExp | undefined;
  let inFrontmatter = lines[0] !== undefined && FRONTMATTER_FENCE.test(lines[0]);
  for (let i = inFrontmatter ? 1 : 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inFrontmatter) {
      if (FRONTMATTER_FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) inFrontmatter = false;
      continue;
    }
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (closeRaw) {
      if (closeRaw.test(line)) closeRaw = undefined;
      continue;
    }
    const f = FENCE_OPEN.exec(line);
    if (f) {
      fence = f[1];
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      closeRaw = /-->/;
      continue;
    }
    const raw = HTML_RAW_OPEN.exec(line);
    if (raw) {
      const close = new RegExp(`</${raw[1]}>`, 'i');
      if (!close.test(line)) closeRaw = close;
      continue;
    }
    if (i > 0 && ATX_HEADING.test(line)) starts.push(i);
  }

  const chunks: Chunk[] = [];
  let offset = 0;
  const lineOffsets: number[] = [];
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  let from = 0;
  for (let s = 1; s <= starts.length; s++) {
    const to = s < starts.length ? (starts[s] as number) : lines.length;
    const chars = (lineOffsets[to] ?? text.length + 1) - (lineOffsets[from] as number);
    if (s < starts.length && chars < TARGET_CHUNK_CHARS) continue;
    const begin = lineOffsets[from] as number;
    const end = to < lines.length ? (lineOffsets[to] as number) : text.length;
    chunks.push({ text: text.slice(begin, end), lineOffset: from, offset: begin });
    from = to;
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
  if (children) for (const child of children) shift(child, lines, offset);
}

/**
 * Parses Markdown (CommonMark + GFM + YAML front matter) into mdast with positions, chunk by
 * chunk so that time grows linearly with the file. Positions refer to the whole text.
 */
export function parseMarkdown(text: string): Root {
  const children: RootContent[] = [];
  for (const chunk of splitChunks(text)) {
    const tree = processor.parse(chunk.text);
    if (chunk.lineOffset !== 0 || chunk.offset !== 0) {
      for (const child of tree.children) shift(child, chunk.lineOffset, chunk.offset);
    }
    children.push(...tree.children);
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

/** One raw remark parse of the whole text, without chunking; the benchmark's baseline. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}
