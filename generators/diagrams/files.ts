import type { Links } from '../../model/link.js';
import type { Board } from '../../model/types.js';
import { viewDot } from './dot.js';
import { viewDrawio } from './drawio.js';
import { ganttMermaid } from './gantt.js';
import { layoutJson, renderSvg } from './graphviz.js';
import { viewMermaid } from './mermaid.js';
import { DIAGRAM_FORMATS, type DiagramFormat, fileStem } from './names.js';
import { overviewMermaid } from './overview.js';
import { svgToPng } from './png.js';
import { splitView } from './split.js';
import { dependencyView, type DependencyView } from './view.js';

/**
 * A generated diagram: a file name relative to the out dir (a bare name, no folders) and its
 * bytes (UTF-8 text for every format but PNG).
 */
export interface DiagramFile {
  path: string;
  content: string | Uint8Array;
}

export interface DiagramOptions {
  /** Formats to emit; default all of DIAGRAM_FORMATS. */
  formats?: readonly DiagramFormat[];
}

/** The dependency files of one view (or one part of a split view), named `<name>.deps.*`. */
async function pushViewFiles(
  files: DiagramFile[],
  name: string,
  view: DependencyView,
  formats: ReadonlySet<DiagramFormat>,
): Promise<void> {
  const dot = viewDot(view);
  if (formats.has('mermaid')) files.push({ path: `${name}.deps.mmd`, content: viewMermaid(view) });
  if (formats.has('dot')) files.push({ path: `${name}.deps.dot`, content: dot });
  if (formats.has('svg') || formats.has('png')) {
    const svg = await renderSvg(dot);
    if (formats.has('svg')) files.push({ path: `${name}.deps.svg`, content: svg });
    if (formats.has('png')) files.push({ path: `${name}.deps.png`, content: await svgToPng(svg) });
  }
  if (formats.has('drawio'))
    files.push({ path: `${name}.deps.drawio`, content: viewDrawio(view, await layoutJson(dot)) });
}

/**
 * Every diagram of `boards`, as files named after the board ids (see fileStem; two boards whose
 * ids clean to the same stem get `-2`, `-3`… in board order):
 * - `<stem>.overview.mmd` (mermaid): the board overview, for every board;
 * - `<stem>.gantt.mmd` (mermaid): the timeline, when some item carries a date;
 * - `<stem>.deps.{mmd,dot,svg,png,drawio}`: the dependency graph in each format, when the board
 *   has any dependency (a board without one would only get an empty picture). A graph of more
 *   than SPLIT_NODES boxes is split (splitView): `<stem>.deps.*` shows the critical path and its
 *   neighbourhood, `<stem>--<group>.deps.*` each top-level group.
 * Sorted by path. Pure apart from the pinned WebAssembly renderers: the same model gives the
 * same bytes. Rejects only when a renderer cannot load (a broken install).
 */
export async function diagramFiles(
  boards: readonly Board[],
  links: Links,
  options: DiagramOptions = {},
): Promise<DiagramFile[]> {
  const formats = new Set(options.formats ?? DIAGRAM_FORMATS);
  const files: DiagramFile[] = [];
  const taken = new Set<string>();
  for (const board of boards) {
    const base = fileStem(board.id);
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    // Compared lower-cased: on macOS and Windows `A.svg` and `a.svg` are the same file.
    taken.add(stem.toLowerCase());
    const view = dependencyView(board, links);
    if (formats.has('mermaid')) {
      files.push({ path: `${stem}.overview.mmd`, content: overviewMermaid(board) });
      const gantt = ganttMermaid(board, new Set(view.critical));
      if (gantt) files.push({ path: `${stem}.gantt.mmd`, content: gantt });
    }
    if (!view.nodes.length) continue;
    const parts = new Set<string>();
    for (const { part, view: partView } of splitView(view)) {
      let name = stem;
      if (part) {
        const base = `${stem}--${fileStem(part)}`;
        name = base;
        for (let n = 2; parts.has(name.toLowerCase()); n++) name = `${base}-${n}`;
      }
      parts.add(name.toLowerCase());
      await pushViewFiles(files, name, partView, formats);
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
