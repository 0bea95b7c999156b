import { relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../model/types.js';
import { loadConfig } from '../../config/load.js';
import { resolveOutDir } from '../../io/outdir.js';
import { linkWorkspace } from '../../model/link.js';
import { SCHEMA_VERSION, type Workspace } from '../../model/types.js';
import { loadWorkspace, workspaceInputs, type LoadedWorkspace } from '../../workspace.js';
import { diagramFiles } from './files.js';
import { DIAGRAM_FORMATS, type DiagramFormat, isDiagramFile } from './names.js';
import { checkUserDiagrams, type UserCheckResult, userDiagnostics } from './user/check.js';
import { isUserDiagramPath } from './user/discover.js';
import type { Exporter } from './user/exporter.js';
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
  /**
   * Write boardwright's diagrams and re-export the user diagrams (draw.io, Mermaid) whose
   * exports boardwright owns or the config lists, or that are missing. Ignored with `check`.
   */
  fix?: boolean;
  /** Leave the user diagrams alone (default: checked with `check`, re-exported with `fix`). */
  user?: boolean;
  /** Leave boardwright's own diagrams alone (default: generated, or checked with `check`). */
  own?: boolean;
  /** Folder for the diff pictures of drifted user exports (default: a new temp folder). */
  diffDir?: string;
  /** Browser executable for the user diagrams' exporter. */
  browser?: string;
  /** An exporter already open (tests), used instead of starting one. */
  exporter?: Exporter;
  /** Progress of the user diagrams' exports. */
  progress?: (done: number, total: number, what: string) => void;
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
  /**
   * Check mode: the comparison, and one diagnostic per drifted, missing or extra file, followed
   * by the user diagrams' (drifted, missing or orphan exports, unreadable diagrams).
   */
  drift?: DriftReport;
  driftDiagnostics: Diagnostic[];
  /** Some input or the config could not be used: nothing was written or compared (exit 2). */
  unusable: boolean;
  /** False when only user diagrams were named: boardwright's own diagrams were not touched. */
  boards: boolean;
  /** The user diagrams' check or re-export, with `check` or `fix`. */
  user?: UserCheckResult;
}

/**
 * `boardwright diagrams` as one library call, shared by the CLI and the diagrams Action: load
 * the workspace, generate every diagram (diagramFiles), then either write them into the out dir
 * (removing stale diagram files) or, with `check`, compare them byte for byte with the committed
 * ones. When any input is unusable nothing is written or compared: writing from a partial
 * workspace would delete the diagrams of the board that failed to read. Throws OutDirError for
 * an out dir outside the workspace, at its root or holding inputs, and I/O errors of the out dir
 * (the caller reports them and exits 2).
 */
export async function runDiagrams(options: DiagramsOptions): Promise<DiagramsResult> {
  const root = resolve(options.root);
  const out = (options.out ?? DEFAULT_DIAGRAMS_OUT).split(sep).join('/');
  const formats = options.formats ?? DIAGRAM_FORMATS;
  const paths = options.paths ?? [];
  // A draw.io or Mermaid file named on the command line is a user diagram, never a board.
  const userPaths = paths.filter(isUserDiagramPath);
  const boardPaths = paths.filter((p) => !isUserDiagramPath(p));
  const boards = paths.length === 0 || boardPaths.length > 0;
  const loaded = boards
    ? loadWorkspace({
        root,
        paths: boardPaths,
        ...(options.configPath ? { configPath: options.configPath } : {}),
      })
    : noBoards(root, options.configPath);
  // The out dir must stay inside the workspace and hold no input (io/outdir.ts; OutDirError).
  // With unusable input nothing is written, so an unusable workspace is not checked first; with
  // only user diagrams named, boardwright's own out dir is not written either.
  const checked =
    loaded.unusable || !boards
      ? undefined
      : resolveOutDir(root, out, workspaceInputs(loaded, boardPaths));
  const outDir = checked?.dir ?? resolve(root, out);
  const shownOut = checked?.shown ?? (relative(root, outDir).split(sep).join('/') || '.');
  const result: DiagramsResult = {
    loaded,
    out: shownOut,
    outDir,
    formats,
    files: [],
    driftDiagnostics: [],
    unusable: loaded.unusable,
    boards,
  };
  if (loaded.unusable) return result;
  if (boards && options.own !== false) {
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
      const { written, removed } = writeDiagrams(checked!, files);
      result.written = written;
      result.removed = removed;
    }
  }
  const settings = loaded.config.config.diagrams ?? {};
  if ((options.check || options.fix) && options.user !== false && settings.user !== false) {
    const ownDir = shownOut === '.' ? '' : `${shownOut}/`;
    result.user = await checkUserDiagrams({
      root,
      settings,
      // Folders and Markdown files named are searched for user diagrams too.
      paths: paths.length ? [...userPaths, ...boardPaths] : [],
      // boardwright's own diagrams in the out dir are checked above, not as user diagrams.
      ownFiles: (p) =>
        p.startsWith(ownDir) &&
        !p.slice(ownDir.length).includes('/') &&
        isDiagramFile(p.slice(ownDir.length), DIAGRAM_FORMATS),
      fix: !options.check && options.fix === true,
      ...(options.diffDir ? { diffDir: resolve(root, options.diffDir) } : {}),
      ...(options.browser ? { browser: options.browser } : {}),
      ...(options.exporter ? { exporter: options.exporter } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    });
    // One list of problems for every report: boardwright's own diagrams, then the user's.
    if (options.check)
      result.driftDiagnostics = [
        ...result.driftDiagnostics,
        ...result.user.diagnostics,
        ...userDiagnostics(result.user.reports),
      ];
  }
  return result;
}

/** A loaded workspace without boards (only user diagrams were named): the config alone. */
function noBoards(root: string, configPath: string | undefined): LoadedWorkspace {
  const config = loadConfig(root, configPath);
  const workspace: Workspace = {
    schemaVersion: SCHEMA_VERSION,
    boards: [],
    diagnostics: [...config.diagnostics],
  };
  return {
    workspace,
    links: linkWorkspace(workspace),
    config,
    skipped: [],
    read: [],
    unusable: config.diagnostics.some((d) => d.fatal),
  };
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
