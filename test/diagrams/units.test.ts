import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareDiagrams,
  criticalPath,
  isDiagramFile,
  isoDate,
  parseFormats,
  renderSvg,
  svgToPng,
} from '../../generators/diagrams/index.js';
import { ASSETS, readAsset } from '../../generators/diagrams/assets.js';
import { readDiagramDir } from '../../generators/diagrams/outdir.js';
import {
  clean,
  dotString,
  mermaidText,
  truncate,
  wrap,
  xmlText,
} from '../../generators/diagrams/text.js';
import { ROOT } from '../helpers.js';
import { decodeMermaid, decodePng, elements, readXml } from './shapes.js';

describe('criticalPath', () => {
  const graph = (edges: Record<string, string[]>) => (k: string) => edges[k] ?? [];

  it('is the longest chain, prerequisites first', () => {
    // d needs c needs b needs a; e needs a: the chain through b and c is longer.
    const deps = graph({ b: ['a'], c: ['b'], d: ['c'], e: ['a'] });
    expect(criticalPath(['a', 'b', 'c', 'd', 'e'], deps)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('breaks ties by document order, whatever order the keys of a level come in', () => {
    const deps = graph({ y: ['x'], q: ['p'] });
    expect(criticalPath(['p', 'q', 'x', 'y'], deps)).toEqual(['p', 'q']);
    expect(criticalPath(['x', 'y', 'p', 'q'], deps)).toEqual(['x', 'y']);
    // Two prerequisites of equal depth: the one written first.
    expect(criticalPath(['m', 'n', 'o'], graph({ o: ['n', 'm'] }))).toEqual(['m', 'o']);
  });

  it('is empty without a chain of two, with a cycle, and ignores keys outside the list', () => {
    expect(criticalPath(['a', 'b'], graph({}))).toEqual([]);
    expect(criticalPath(['a', 'b', 'c'], graph({ a: ['b'], b: ['a'], c: ['a'] }))).toEqual([]);
    expect(criticalPath(['a', 'b'], graph({ b: ['a', 'elsewhere'] }))).toEqual(['a', 'b']);
  });
});

describe('escaping', () => {
  const hostile = `a "quoted" \\N back\\slash <b>&amp; #35; %% : ; [x] {y} (z) |p| \`t\` é 😀`;

  it('clean removes control characters and lone surrogates, keeps pairs', () => {
    expect(clean('a\u0000b\u001b[1mc\r\nd\u0085e \ud800 f \udc00 😀')).toBe(
      'a b [1mc d e \ufffd f \ufffd 😀',
    );
  });

  it('truncate and wrap count code points and never split a pair', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(wrap('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrap('x '.repeat(5000), 10, 3).every((l) => Array.from(l).length <= 11)).toBe(true);
  });

  it('dotString survives Graphviz: the SVG text is the original', async () => {
    const svg = await renderSvg(`digraph { a [label=${dotString(hostile, 'line two')}]; }`);
    const texts = elements(readXml(svg), 'text').map((t) => t.text);
    // Emoji are dropped: the one font the PNG is drawn with has none.
    expect(texts).toEqual([hostile.replace(' 😀', ''), 'line two']);
  });

  it('mermaidText leaves no syntax character and decodes back to the text', () => {
    const escaped = mermaidText(hostile);
    expect(escaped.replace(/#\d+;/g, '')).not.toMatch(/[#"`:;<>&%[\]{}()|\\]/);
    expect(decodeMermaid(escaped)).toBe(hostile);
  });

  it('xmlText round-trips through an XML reader', () => {
    const root = readXml(`<a v="${xmlText(`${hostile}\nx'`)}">${xmlText(hostile)}</a>`);
    expect(root.attrs.v).toBe(`${hostile}\nx'`);
    expect(root.text).toBe(hostile);
  });
});

describe('dates, names and formats', () => {
  it('isoDate accepts real calendar days only', () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('2024-07-15 10:00')).toBe('2024-07-15');
    expect(isoDate('@{2024-06-14}')).toBe('2024-06-14');
    expect(isoDate('2023-02-29')).toBeUndefined();
    expect(isoDate('2024-13-01')).toBeUndefined();
    expect(isoDate('<10 minutes from template')).toBeUndefined();
    expect(isoDate('20240-01-01')).toBeUndefined();
  });

  it('isDiagramFile knows the generated names per format', () => {
    expect(isDiagramFile('b.deps.svg', ['svg'])).toBe(true);
    expect(isDiagramFile('b.deps.svg', ['mermaid'])).toBe(false);
    expect(isDiagramFile('b.gantt.mmd', ['mermaid'])).toBe(true);
    expect(isDiagramFile('logo.svg', ['svg'])).toBe(false);
    expect(isDiagramFile('.deps.svg', ['svg'])).toBe(false);
  });

  it('parseFormats reads lists in any separator into canonical order', () => {
    expect(parseFormats('png, mermaid svg')).toEqual(['mermaid', 'svg', 'png']);
    expect(parseFormats(['DOT', 'drawio'])).toEqual(['dot', 'drawio']);
    expect(parseFormats('')).toEqual(['mermaid', 'dot', 'svg', 'png', 'drawio']);
    expect(() => parseFormats('pdf')).toThrow('Unknown diagram format "pdf"');
  });
});

describe('drift comparison', () => {
  it('compares bytes, treats links and folders as drifted and ignores other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-drift-'));
    writeFileSync(join(dir, 'a.deps.svg'), '<svg/>');
    writeFileSync(join(dir, 'b.deps.png'), Buffer.from([1, 2, 3]));
    writeFileSync(join(dir, 'target.txt'), 'x');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'c.deps.dot'));
    mkdirSync(join(dir, 'd.overview.mmd'));
    writeFileSync(join(dir, 'e.gantt.mmd'), 'stale');
    writeFileSync(join(dir, 'notes.md'), 'mine');
    const committed = readDiagramDir(dir, ['mermaid', 'dot', 'svg', 'png']);
    expect([...committed.keys()]).toEqual([
      'a.deps.svg',
      'b.deps.png',
      'c.deps.dot',
      'd.overview.mmd',
      'e.gantt.mmd',
    ]);
    const report = compareDiagrams(
      [
        { path: 'a.deps.svg', content: '<svg/>' },
        { path: 'b.deps.png', content: new Uint8Array([1, 2, 4]) },
        { path: 'c.deps.dot', content: 'x' },
        { path: 'd.overview.mmd', content: '' },
        { path: 'f.deps.mmd', content: 'new' },
      ],
      committed,
      ['mermaid', 'dot', 'svg', 'png'],
    );
    expect(report).toEqual({
      matched: ['a.deps.svg'],
      drifted: ['b.deps.png', 'c.deps.dot', 'd.overview.mmd'],
      missing: ['f.deps.mmd'],
      extra: ['e.gantt.mmd'],
    });
  });
});

describe('assets', () => {
  it('ship the resvg wasm of the installed package and an OFL font with its licence', () => {
    const installed = readFileSync(
      createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'),
    );
    expect(Buffer.from(readAsset('resvgWasm')).equals(installed)).toBe(true);
    expect(
      Buffer.from(readAsset('resvgWasm')).equals(
        readFileSync(join(ROOT, 'assets', ASSETS.resvgWasm)),
      ),
    ).toBe(true);
    const font = Buffer.from(readAsset('font'));
    expect(font.readUInt32BE(0)).toBe(0x00010000); // a TrueType font
    expect(readFileSync(join(ROOT, 'assets/fonts/OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
  });

  it('draw text with the bundled font: a PNG of a word has dark pixels only where the text is', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="10" y="28" font-family="NoSuchFont, sans-serif" font-size="20">Hello</text></svg>';
    const png = decodePng(await svgToPng(svg));
    expect([png.width, png.height]).toEqual([120, 40]);
    let dark = 0;
    for (let i = 0; i < png.rgba.length; i += 4) if (png.rgba[i]! < 128) dark++;
    expect(dark).toBeGreaterThan(50);
    // Same input, same bytes.
    expect(Buffer.from(await svgToPng(svg)).equals(Buffer.from(await svgToPng(svg)))).toBe(true);
  });
});
