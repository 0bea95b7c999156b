import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../model/types.js';
import { loadWorkspace, type LoadedWorkspace } from '../../workspace.js';
import { diagramFiles } from './files.js';
import { DIAGRAM_FORMATS, type DiagramFormat } from './names.js';
import { checkDiagrams, driftDiagnostics, type DriftReport, writeDiagrams } from './outdir.js';

/** Default out dir of `boardwright diagrams`: committed next to the docs, so `--check` can gate. */
export const DEFAULT_DIAGRAMS_OUT = 'docs/diagrams';

export interface DiagramsOptions {
  /** Workspace root. */
  root: string;
  /** Board files or folders relative to root; empty means the config's include globs. */
  paths?: string[];
  configPath?: string;
  /** Out dir relative to root (default DEFAULT_DIAGRAMS_OUT). */
  out?: string;
  formats?: readonly DiagramFormat[];
  /** Compare with the committed files instead of writing. */
  check?: boolean;
}

export interface DiagramsResult {
  loaded: LoadedWorkspace;
  /** The out dir as given (relative to root, `/`-separated) and resolved. */
  out: string;
  outDir: string;
  formats: readonly DiagramFormat[];
  /** Generated file names; empty when the input was unusable (nothing is written then). */
  files: string[];
  /** Write mode: files written and stale diagram files removed. */
  written?: string[];
  removed?: string[];
  /** Check mode: the comparison, and one diagnostic per drifted, missing or extra file. */
  drift?: DriftReport;
  driftDiagnostics: Diagnostic[];
  /** Some input or the config could not be used: nothing was written or compared (exit 2). */
  unusable: boolean;
}

/**
 * `boardwright diagrams` as one library call, shared by the CLI and the diagrams Action: load
 * the workspace, generate every diagram (diagramFiles), then either write them into the out dir
 * (removing stale diagram files) or, with `check`, compare them byte for byte with the committed
 * ones. When any input is unusable nothing is written or compared: writing from a partial
 * workspace would delete the diagrams of the board that failed to read. Throws only on I/O
 * errors of the out dir (the caller reports them and exits 2).
 */
export async function runDiagrams(options: DiagramsOptions): Promise<DiagramsResult> {
  const root = resolve(options.root);
  const out = (options.out ?? DEFAULT_DIAGRAMS_OUT).split(sep).join('/');
  const outDir = resolve(root, out);
  const formats = options.formats ?? DIAGRAM_FORMATS;
  const loaded = loadWorkspace({
    root,
    paths: options.paths ?? [],
    ...(options.configPath ? { configPath: options.configPath } : {}),
  });
  const shownOut = relative(root, outDir).split(sep).join('/') || '.';
  const result: DiagramsResult = {
    loaded,
    out: shownOut,
    outDir,
    formats,
    files: [],
    driftDiagnostics: [],
    unusable: loaded.unusable,
  };
  if (loaded.unusable) return result;
  const files = await diagramFiles(loaded.workspace.boards, loaded.links, { formats });
  result.files = files.map((f) => f.path);
  if (options.check) {
    result.drift = checkDiagrams(outDir, files, formats);
    const formatFlag =
      formats.length === DIAGRAM_FORMATS.length ? '' : ` --format ${formats.join(',')}`;
    result.driftDiagnostics = driftDiagnostics(
      result.drift,
      shownOut,
      `boardwright diagrams --out ${shownOut}${formatFlag}`,
    );
  } else {
    const { written, removed } = writeDiagrams(outDir, files, formats);
    result.written = written;
    result.removed = removed;
  }
  return result;
}

/**
 * Parses a `--format` / `formats` value (`mermaid,dot svg`…; empty means all) into formats in
 * canonical order. Throws an Error naming the unknown format and the valid ones.
 */
export function parseFormats(value: string | readonly string[] | undefined): DiagramFormat[] {
  const words = (typeof value === 'string' ? [value] : (value ?? []))
    .flatMap((v) => v.split(/[\s,]+/))
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (!words.length) return [...DIAGRAM_FORMATS];
  for (const w of words) {
    if (!(DIAGRAM_FORMATS as readonly string[]).includes(w))
      throw new Error(`Unknown diagram format "${w}". Use any of: ${DIAGRAM_FORMATS.join(', ')}.`);
  }
  return DIAGRAM_FORMATS.filter((f) => words.includes(f));
}
