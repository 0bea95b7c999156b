import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { decodeMarkdown } from '../kanban/decode.js';
import { DEFAULT_LIMITS } from '../kanban/limits.js';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  CLAIMED_BY_HELPER,
  type Chunk,
  type ChunkHelper,
  parseChunk,
  parseMarkdown,
  parseMarkdownWhole as wholeParse,
  splitChunks,
} from '../kanban/parse.js';
import { ROOT, SEED_EXAMPLES } from './helpers.js';

/** The reference: one remark parse of the whole text. */
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const parseMarkdownWhole = (text: string) => remark.parse(text);

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

/** The whole tree as JSON, positions and every field included (the root's own position aside). */
const full = (text: string, tree: { children: unknown[] }): string =>
  JSON.stringify(tree.children, null, 1) + text.length;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Markdown that mixes the blocks that make splitting hard: long lists with each marker, loose
 * and tight, nested items, lazy lines, fences inside items, HTML blocks, tables, quotes, setext
 * headings, thematic breaks, link and footnote references defined far away.
 */
function tangle(seed: number, blocks: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const markers = ['-', '*', '+', '1.', '2)', '10.'];
  const out: string[] = [];
  for (let b = 0; b < blocks; b++) {
    switch (Math.floor(r() * 14)) {
      case 12:
        out.push(pick([' ```', '   ~~~', '  ```']), '# in an indented fence', '- in it too');
        out.push(pick([' ```', '   ~~~', '```', '']));
        break;
      case 0:
        out.push(`${'#'.repeat(1 + Math.floor(r() * 3))} Heading ${b} [ref${b % 5}]`);
        break;
      case 1:
      case 2:
      case 3: {
        const marker = pick(markers);
        const loose = r() < 0.3;
        for (let i = 0, n = 1 + Math.floor(r() * 6); i < n; i++) {
          const m = /\d/.test(marker) ? `${i + 1}${marker.slice(-1)}` : marker;
          out.push(
            `${m} ${r() < 0.5 ? '[ ] ' : '[x] '}**T-${b}.${i}**: item [ref${i % 7}] and [^n${i % 3}]`,
          );
          if (r() < 0.3)
            out.push(`  - Status: ${pick(['done', 'open'])}`, '    - [ ] nested check');
          if (r() < 0.1) out.push('lazy continuation line');
          if (r() < 0.1) out.push('  ```', '# not a heading', '- not an item', '  ```');
          if (loose) out.push('');
        }
        break;
      }
      case 4:
        out.push('```js', '# not a heading', '- not an item', '```');
        break;
      case 5:
        out.push(
          pick(['<div>', '<!-- note', '<pre>', '<details>']),
          '# inside html',
          '- inside html',
        );
        out.push(pick(['</div>', '-->', '</pre>', '']), '');
        break;
      case 6:
        out.push('| a | b |', '| - | - |', '| 1 | 2 |');
        break;
      case 7:
        out.push('> quoted', '> - quoted item', '- after quote');
        break;
      case 8:
        out.push('Setext heading', pick(['---', '===']));
        break;
      case 9:
        out.push(pick(['***', '- - -', '---', '* * *']));
        break;
      case 10:
        out.push(`[ref${b % 7}]: https://example.com/${b}`, `[^n${b % 3}]: A footnote ${b}.`);
        break;
      case 13:
        out.push(
          pick([
            'See https://example.com/x and www.example.org, or mail a@b.co.',
            'Struck ~~out~~ text, a ~single~ tilde, and a | pipe.',
            'Footnote call[^n1] and a [link](https://x.y "t").',
          ]),
        );
        break;
      default:
        out.push(`A paragraph with [ref${b % 7}] and *emphasis* ${b}.`);
    }
    if (r() < 0.7) out.push('');
  }
  return out.join(r() < 0.5 ? '\n' : '\n');
}

describe('chunked parsing gives exactly the tree of one whole parse', () => {
  it('on long generated documents, split at every possible place', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const text = tangle(seed, 80);
      expect(full(text, parseMarkdown(text, 1)), `seed ${seed}`).toBe(
        full(text, parseMarkdownWhole(text)),
      );
    }
  });

  it('joins one long list split into runs of items, tight or loose, with any marker', () => {
    for (const marker of ['-', '*', '+', '1.', '1)']) {
      for (const gap of ['\n', '\n\n']) {
        const text = Array.from({ length: 120 }, (_, i) => {
          const m = marker.replace('1', String(i + 1));
          const pad = ' '.repeat(m.length + 1);
          return `${m} [ ] **ID-${i}**: task\n${pad}- Files: \`a.ts\`\n${pad}- [x] criterion`;
        }).join(gap);
        expect(splitChunks(text, 512).length).toBeGreaterThan(10);
        const tree = parseMarkdown(text, 512);
        expect(tree.children).toHaveLength(1);
        expect(full(text, tree)).toBe(full(text, parseMarkdownWhole(text)));
      }
    }
  });

  it('keeps lists with different markers apart', () => {
    const text = ['- a', '- b', '* c', '* d', '+ e', '1. f', '2. g', '3) h', '- i'].join('\n');
    const tree = parseMarkdown(text, 1);
    expect(tree.children.map((n) => n.type)).toEqual(Array(6).fill('list'));
    expect(full(text, tree)).toBe(full(text, parseMarkdownWhole(text)));
  });

  it('resolves references to definitions in other chunks', () => {
    const text = `- see [the spec][spec] and [^1]\n\n${filler(20)}\n[spec]: https://example.com\n\n[^1]: A note.\n`;
    const tree = parseMarkdown(text, 256);
    expect(splitChunks(text, 256).length).toBeGreaterThan(1);
    expect(full(text, tree)).toBe(full(text, parseMarkdownWhole(text)));
    expect(JSON.stringify(tree)).toContain('"linkReference"');
    expect(JSON.stringify(tree)).toContain('"footnoteReference"');
  });
});

/**
 * A helper that claims the last chunks up to `share` of the characters at once, as a fast
 * thread would, parses them on this thread and hands the nodes over as JSON, as the parse
 * thread does (kanban/parse-threads.ts); `fail` makes it answer nothing. Records what it took.
 */
function jsonHelper(share: number, fail = false): ChunkHelper & { given: Chunk[][] } {
  const given: Chunk[][] = [];
  return {
    given,
    start(chunks, claims) {
      const total = chunks.reduce((n, c) => n + c.text.length, 0);
      let from = chunks.length;
      let chars = 0;
      while (from > 1 && chars + chunks[from - 1]!.text.length <= share * total) {
        from--;
        chars += chunks[from]!.text.length;
        expect(Atomics.compareExchange(claims, from, 0, CLAIMED_BY_HELPER)).toBe(0);
      }
      given.push(chunks.slice(from));
      const json = JSON.stringify(chunks.slice(from).map((c) => parseChunk(structuredClone(c))));
      return {
        poll: () => undefined,
        finish: () => (fail ? undefined : { from, nodes: JSON.parse(json) }),
      };
    },
  };
}

describe('a parse shared with a helper thread', () => {
  it('gives the tree of one whole parse, wherever the share splits the chunks', () => {
    for (let seed = 200; seed < 215; seed++) {
      const text = tangle(seed, 120);
      const whole = full(text, parseMarkdownWhole(text));
      for (const share of [0, 0.1, 0.5, 0.9, 1]) {
        const helper = jsonHelper(share);
        expect(full(text, parseMarkdown(text, 256, helper)), `seed ${seed}, share ${share}`).toBe(
          whole,
        );
        // The helper was asked (unless the text is one chunk) and took the last chunks.
        const chunks = splitChunks(text, 256);
        expect(helper.given).toHaveLength(chunks.length > 1 ? 1 : 0);
        const took = helper.given[0] ?? [];
        if (took.length) expect(took.at(-1)).toEqual(chunks.at(-1));
      }
    }
  });

  it('joins a list split between this thread and the helper', () => {
    const text = Array.from(
      { length: 400 },
      (_, i) => `- [ ] **ID-${i}**: task ${i}
  - Status: To Do
  - [x] criterion ${i}`,
    ).join('\n');
    const helper = jsonHelper(0.5);
    const tree = parseMarkdown(text, 1024, helper);
    expect(helper.given[0]![0]!.continuesList).toBe(true);
    expect(helper.given[0]!.length).toBeGreaterThan(1);
    expect(tree.children).toHaveLength(1);
    expect(full(text, tree)).toBe(full(text, parseMarkdownWhole(text)));
  });

  it("parses the helper's chunks here when it fails, with front matter and definitions", () => {
    const text = `---\ntitle: Board\n---\n\n- see [spec] and [^1]\n\n${filler(60)}\n[spec]: https://example.com\n\n[^1]: A note.\n`;
    const helper = jsonHelper(0.5, true);
    const tree = parseMarkdown(text, 256, helper);
    expect(helper.given).toHaveLength(1);
    expect(full(text, tree)).toBe(full(text, parseMarkdownWhole(text)));
    expect(tree.children[0]?.type).toBe('yaml');
  });

  it('is not asked when the text is one chunk', () => {
    const helper = jsonHelper(0.5);
    parseMarkdown('# One\n\n- [ ] only item\n', 4096, helper);
    expect(helper.given).toHaveLength(0);
  });
});

describe('chunked parsing', () => {
  it('parses the whole text as remark-parse with remark-gfm and remark-frontmatter does', () => {
    for (let seed = 100; seed < 105; seed++) {
      const text = tangle(seed, 60);
      expect(full(text, wholeParse(text))).toBe(full(text, parseMarkdownWhole(text)));
    }
  });

  it('gives the same tree as one whole parse on every seed', () => {
    for (const rel of Object.values(SEED_EXAMPLES)) {
      const text = decodeMarkdown(readFileSync(join(ROOT, rel)), rel, DEFAULT_LIMITS).text!;
      expect(splitChunks(text, 1024).length).toBeGreaterThan(1);
      const chunked = parseMarkdown(text, 1024);
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
    const chunks = splitChunks(text, 4096);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks.slice(1)) expect(c.text).toMatch(/^(## Section \d+|- \[ \] task)/);
    for (const c of chunks) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
});

describe('the bundle', () => {
  it("parses as remark does with its rewrite of mdast-util-from-markdown's compiler", async () => {
    // The rewrite is in the bundle: one handler context per tokenizer, no copy per event.
    const chunks = readdirSync(join(ROOT, 'dist', 'chunks')).map((f) =>
      readFileSync(join(ROOT, 'dist', 'chunks', f), 'utf8'),
    );
    const compiler = chunks.filter((c) => c.includes('function compile(events)'));
    expect(compiler).toHaveLength(1);
    expect(compiler[0]).toContain('thisFor(events[index2][2])');
    expect(compiler[0]).not.toMatch(/\.\.\.context,\s*sliceSerialize: events/);
    const { parseMarkdownWhole: bundled } = (await import(join(ROOT, 'dist', 'index.js'))) as {
      parseMarkdownWhole: (text: string) => Nodes & { children: unknown[] };
    };
    const texts = [
      ...Array.from({ length: 12 }, (_, i) => tangle(300 + i, 80)),
      ...Object.values(SEED_EXAMPLES).map(
        (rel) => decodeMarkdown(readFileSync(join(ROOT, rel)), rel, DEFAULT_LIMITS).text!,
      ),
      '---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| `c` | ~~d~~ |\n\n- [x] https://e.f [^1]\n\n[^1]: g\n',
    ];
    for (const text of texts)
      expect(full(text, bundled(text))).toBe(full(text, parseMarkdownWhole(text)));
  });
});
