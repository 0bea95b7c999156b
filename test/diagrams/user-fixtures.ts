import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import pngjs from 'pngjs';

const { PNG } = pngjs;

/** A draw.io page model: boxes (id, label, x) joined left to right by arrows. */
export function drawioModel(labels: string[], extraCells = ''): string {
  const cells = labels.map(
    (label, i) =>
      `<mxCell id="v${i}" value="${label}" style="rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;" vertex="1" parent="1"><mxGeometry x="${40 + i * 200}" y="40" width="120" height="60" as="geometry"/></mxCell>`,
  );
  const edges = labels
    .slice(1)
    .map(
      (_, i) =>
        `<mxCell id="e${i}" style="edgeStyle=orthogonalEdgeStyle;endArrow=block;html=1;" edge="1" parent="1" source="v${i}" target="v${i + 1}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  return `<mxGraphModel dx="1000" dy="600" grid="1" gridSize="10" guides="1" page="1" pageScale="1" pageWidth="850" pageHeight="1100"><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells.join('')}${edges.join('')}${extraCells}</root></mxGraphModel>`;
}

/** draw.io's page compression (Graph.compress): URL-encode, raw deflate, base64. */
export function compress(xml: string): string {
  return deflateRawSync(Buffer.from(encodeURIComponent(xml), 'latin1')).toString('base64');
}

/** A compressed multi-page `.drawio` file, as draw.io desktop saves one with compression on. */
export function drawioFile(pages: Array<[name: string, model: string]>, compressed = true): string {
  const diagrams = pages.map(
    ([name, model], i) =>
      `  <diagram id="page-${i + 1}" name="${name}">${compressed ? compress(model) : model}</diagram>`,
  );
  return `<mxfile host="Electron" modified="2024-05-01T10:00:00.000Z" agent="test" version="24.2.5" pages="${pages.length}">\n${diagrams.join('\n')}\n</mxfile>\n`;
}

export const README = (flow: string): string =>
  `# Service\n\nHow a request flows:\n\n<!-- diagram: docs/flow.svg -->\n\`\`\`mermaid\n${flow}\n\`\`\`\n\nMore text.\n`;

export const FLOW =
  'flowchart LR\n  A[Client] --> B{Auth ok?}\n  B -->|yes| C[Service]\n  B -->|no| D[401]';

/** A repository with `docs/arch.drawio` (two compressed pages) and a README with a Mermaid block. */
export function userRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-user-diagrams-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'arch.drawio'),
    drawioFile([
      ['Overview', drawioModel(['Web', 'API', 'Database'])],
      ['Deployment', drawioModel(['Runner', 'Registry'])],
    ]),
  );
  writeFileSync(join(dir, 'README.md'), README(FLOW));
  return dir;
}

/** Every file under `dir` (relative, sorted) with its size and mtime, to prove nothing was written. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else out.push(`${relative(dir, full)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

/** `png` with a w×h rectangle at (x, y) painted `rgb`, as an image editor would save it. */
export function repaint(
  png: Uint8Array,
  x: number,
  y: number,
  w: number,
  h: number,
  rgb = [255, 0, 0],
): Uint8Array {
  const image = PNG.sync.read(Buffer.from(png));
  for (let j = y; j < Math.min(y + h, image.height); j++)
    for (let i = x; i < Math.min(x + w, image.width); i++) {
      const at = (j * image.width + i) * 4;
      image.data[at] = rgb[0]!;
      image.data[at + 1] = rgb[1]!;
      image.data[at + 2] = rgb[2]!;
      image.data[at + 3] = 255;
    }
  return new Uint8Array(PNG.sync.write(image));
}
