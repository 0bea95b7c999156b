/**
 * Diagrams generated from the linked model: a board's dependency graph as Mermaid, DOT, SVG,
 * PNG and draw.io, a board overview and a Gantt chart in Mermaid. Everything here is a function
 * of the model (plus the pinned Graphviz and resvg WebAssembly builds): the same boards give the
 * same bytes on every machine.
 *
 * Stable entry points for other generators (the static site calls these):
 * - `dependencyDot(board, links)` → DOT source (string);
 * - `renderSvg(dot, { inline? })` → SVG text from any DOT (Graphviz `dot` engine);
 * - `dependencySvg(board, links, { inline? })` → the board's dependency graph as SVG text;
 *   `inline: true` leaves out the XML declaration and DOCTYPE, for embedding in HTML.
 */
import type { Links } from '../../model/link.js';
import type { Board } from '../../model/types.js';
import { dependencyDot } from './dot.js';
import { renderSvg, type SvgOptions } from './graphviz.js';

export { dependencyDot, viewDot } from './dot.js';
export { renderSvg, graphvizVersion, type SvgOptions } from './graphviz.js';
export { dependencyView, type DependencyView, type ViewNode, type ViewEdge } from './view.js';
export { criticalPath } from './critical.js';
export { viewMermaid } from './mermaid.js';
export { overviewMermaid } from './overview.js';
export { ganttMermaid, itemDates, isoDate } from './gantt.js';
export { viewDrawio } from './drawio.js';
export { layoutJson, type Layout } from './graphviz.js';
export { svgToPng } from './png.js';
export { diagramFiles, type DiagramFile, type DiagramOptions } from './files.js';
export { DIAGRAM_FORMATS, type DiagramFormat, fileStem, isDiagramFile } from './names.js';
export {
  checkDiagrams,
  compareDiagrams,
  driftDiagnostics,
  writeDiagrams,
  type DriftReport,
} from './outdir.js';
export {
  runDiagrams,
  parseFormats,
  DEFAULT_DIAGRAMS_OUT,
  type DiagramsOptions,
  type DiagramsResult,
} from './run.js';

/**
 * `board`'s dependency graph as SVG 1.1 text (dependencyDot rendered by renderSvg): boxes
 * coloured by status, groups as clusters, the critical path in red, every title escaped; it
 * names the Graphviz version in a comment. A board without dependencies gives a small drawing
 * that says so. Deterministic. Rejects only if Graphviz cannot load.
 */
export async function dependencySvg(
  board: Board,
  links: Links,
  options: SvgOptions = {},
): Promise<string> {
  return renderSvg(dependencyDot(board, links), options);
}
