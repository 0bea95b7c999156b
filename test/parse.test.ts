import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { decodeMarkdown } from '../kanban/decode.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';
import { parseMarkdown, parseMarkdownWhole, splitChunks } from '../kanban/parse.js';
import { ROOT, SEED_EXAMPLES } from './helpers.js';

/** Node types with their start/end line, column and offset, depth first. */
function shape(node: Nodes): string[] {
  const p = node.position;
  const here = `${node.type}@${p?.start.line}:${p?.start.column}:${p?.start.offset}-${p?.end.line}:${p?.end.column}:${p?.end.offset}`;
  const kids = 'children' in node ? (node.children as Nodes[]).flatMap(shape) : [];
  return [here, ...kids];
}

const filler = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `## Section ${i}\n\n- [ ] task ${i} with some words to make it longer than a line\n  - Status: open\n`,
  ).join('\n');

describe('chunked parsing', () => {
  it('gives the same tree as one whole parse on every seed', () => {
    for (const rel of Object.values(SEED_EXAMPLES)) {
      const text = decodeMarkdown(readFileSync(join(ROOT, rel)), rel, DEFAULT_LIMITS).text!;
      expect(splitChunks(text).length).toBeGreaterThan(1);
      const chunked = parseMarkdown(text);
      const whole = parseMarkdownWhole(text);
      expect(chunked.children.flatMap(shape)).toEqual(whole.children.flatMap(shape));
    }
  });

  it('never splits inside fenced code, HTML comments, raw HTML or front matter', () => {
    const text = [
      '---',
      'title: x',
      '# not a heading',
      '---',
      filler(40),
      '```md',
      '# inside a fence',
      '```',
      '~~~~',
      '## also inside',
      '```',
      '~~~~',
      '<!--',
      '# inside a comment',
      '-->',
      '<pre>',
      '# inside pre',
      '</pre>',
      filler(40),
    ].join('\n');
    const chunks = splitChunks(text);
    for (const c of chunks) {
      expect(c.text.startsWith('# inside')).toBe(false);
      expect(c.text.startsWith('## also inside')).toBe(false);
      expect(c.text.startsWith('# not a heading')).toBe(false);
    }
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    expect(parseMarkdown(text).children.flatMap(shape)).toEqual(
      parseMarkdownWhole(text).children.flatMap(shape),
    );
  });

  it('keeps every chunk boundary on an unindented ATX heading', () => {
    const text = filler(400); // about 36 KB, so several 4 KB chunks
    const chunks = splitChunks(text);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks.slice(1)) expect(c.text).toMatch(/^## Section \d+\n/);
    for (const c of chunks) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
});
