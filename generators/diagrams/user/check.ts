import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DiagramsSettings } from '../../../config/load.js';
import { BoundaryError, readWorkspaceFile, statWorkspacePath } from '../../../io/boundary.js';
import { removeWorkspaceFile, writeWorkspaceFile } from '../../../io/user-files.js';
import type { Diagnostic } from '../../../model/types.js';
import { comparePngs, DEFAULT_TOLERANCE, type PixelTolerance, sameBytes } from './compare.js';
import {
  discoverUserDiagrams,
  type ExportPair,
  MAX_DIAGRAM_BYTES,
  type UserDiagrams,
} from './discover.js';
import {
  DiagramRenderError,
  type Exporter,
  ExporterMissingError,
  type ExporterInfo,
  openExporter,
} from './exporter.js';
import { type ExportStamp, readStamp, stampPng, stampSvg } from './stamp.js';

/**
 * `diagrams --check` and `--fix` for the diagrams people commit: export every diagram page or
 * block that has (or should have) an export with the pinned exporter, compare with the
 * committed file, and report each export as in sync, drifted, missing or orphan. An export
 * boardwright made with the same exporter and browser must match byte for byte; any other
 * (draw.io desktop, mermaid-cli, another browser version) is compared pixel by pixel with a
 * tolerance, and a diff picture is written for the reviewer into `diffDir`, never next to the
 * user's files. `fix` rewrites only exports boardwright owns (stamped), the config lists, or that
 * do not exist yet, and removes only orphans it stamped itself.
 */

export type ExportState = 'in-sync' | 'drifted' | 'missing' | 'orphan';

/** One export and what the check found. */
export interface ExportReport {
  /** Workspace-relative path of the export. */
  export: string;
  /** The diagram (`docs/arch.drawio`, `README.md#mermaid-1`); for an orphan, where it came from. */
  source: string;
  page?: number;
  state: ExportState;
  /** How it was compared: bytes (same exporter), pixels (another exporter), or not at all. */
  compared: 'bytes' | 'pixels' | 'none';
  /** Stamped by boardwright (so --fix may rewrite or remove it). */
  owned: boolean;
  listed: boolean;
  /** Pixels that differ and their share, when compared by pixels or drifted. */
  diffPixels?: number;
  diffRatio?: number;
  /** The diff picture written for a drifted export (absolute path). */
  diffImage?: string;
  /** What --fix did. */
  fixed?: 'written' | 'removed';
  /** One sentence for people: why this state, and what to do. */
  note: string;
}

export interface UserCheckOptions {
  root: string;
  settings?: DiagramsSettings;
  paths?: string[];
  ownFiles?: (path: string) => boolean;
  /** Re-export (and remove owned orphans) instead of only comparing. */
  fix?: boolean;
  /** Where diff pictures go; default a new folder in the OS temp dir. */
  diffDir?: string;
  /** Browser executable; default findBrowser(). */
  browser?: string;
  /** An exporter already open (tests share one); it is not closed here. */
  exporter?: Exporter;
  /** Called before each export, for progress output. */
  progress?: (done: number, total: number, what: string) => void;
}

export interface UserCheckResult {
  /** Diagrams found (files and Markdown blocks). */
  sources: number;
  reports: ExportReport[];
  /** Unreadable diagrams, bad references, render errors, a missing exporter. */
  diagnostics: Diagnostic[];
  exporter?: ExporterInfo;
  /** Requests the browser tried to make off 127.0.0.1 (all aborted). */
  blocked: string[];
  /** The folder holding diff pictures, when any was written. */
  diffDir?: string;
  /** Something could not be checked at all (exit 2): a missing exporter or unreadable diagram. */
  unusable: boolean;
  /** The exporter packages or browser are missing: what to install. */
  exporterMissing?: string;
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function sameExporter(
  stamp: ExportStamp | undefined,
  info: ExporterInfo,
  kind: 'drawio' | 'mermaid',
): boolean {
  return (
    !!stamp &&
    stamp.exporter === (kind === 'drawio' ? info.drawio : info.mermaid) &&
    stamp.browser === info.browser
  );
}

/**
 * Writes an export under the workspace boundary (io/user-files.ts, the policy every named file
 * follows): inside the workspace, atomically, a linked export written through to its target
 * only when that stays inside. Returns the refusal (BoundaryError) instead of throwing it, as a
 * diagnostic pushed onto `diagnostics`, so every other export is still checked; throws fs errors.
 */
function writeExport(
  root: string,
  rel: string,
  bytes: Uint8Array | string,
  diagnostics: Diagnostic[],
): BoundaryError | undefined {
  try {
    writeWorkspaceFile(root, rel, bytes);
    return undefined;
  } catch (e) {
    if (!(e instanceof BoundaryError)) throw e;
    diagnostics.push(outsideDiagnostic(rel, e));
    return e;
  }
}

/** A fatal diagnostic for an export that leads outside the workspace (rule link-outside-workspace). */
function outsideDiagnostic(rel: string, e: BoundaryError): Diagnostic {
  return {
    rule: 'link-outside-workspace',
    severity: 'error',
    message: e.message,
    path: rel,
    line: 1,
    column: 1,
    fatal: true,
  };
}

/**
 * Checks (or with `fix`, re-exports) the user diagrams under `root`. Opens the exporter only when
 * some export has to be made; when it is missing, every export that needed it is left
 * unchecked and `exporterMissing` says what to install. Throws only on I/O errors writing.
 */
export async function checkUserDiagrams(options: UserCheckOptions): Promise<UserCheckResult> {
  const root = realpathSync(resolve(options.root));
  const found: UserDiagrams = discoverUserDiagrams({
    root,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.paths ? { paths: options.paths } : {}),
    ...(options.ownFiles ? { ownFiles: options.ownFiles } : {}),
  });
  const tolerance: PixelTolerance = { ...DEFAULT_TOLERANCE, ...options.settings?.tolerance };
  const result: UserCheckResult = {
    sources: found.sources.length,
    reports: [],
    diagnostics: [...found.diagnostics],
    blocked: [],
    unusable: found.diagnostics.some((d) => d.fatal),
  };
  const fix = options.fix === true;
  let diffDir: string | undefined;
  const diffPath = (rel: string): string => {
    diffDir ??= options.diffDir
      ? resolve(options.diffDir)
      : join(tmpdir(), `boardwright-diagram-diffs-${process.pid}-${Date.now()}`);
    return join(diffDir, `${rel}.diff.png`);
  };

  // Orphans need no export.
  for (const orphan of found.orphans) {
    const owned = orphan.stamp !== undefined;
    const report: ExportReport = {
      export: orphan.export,
      source: orphan.stamp
        ? orphan.stamp.block !== undefined
          ? `${orphan.stamp.source}#mermaid-${orphan.stamp.block}`
          : orphan.stamp.source
        : '',
      ...(orphan.stamp?.page !== undefined ? { page: orphan.stamp.page } : {}),
      state: 'orphan',
      compared: 'none',
      owned,
      listed: orphan.listed,
      note: `${orphan.export} is an orphan export: ${orphan.why}. ${owned ? 'Delete it (--fix does).' : 'Delete it, or fix diagrams.exports in the config.'}`,
    };
    if (fix && owned) {
      try {
        // A link is removed itself, never its target; no folder on the way may lead out.
        removeWorkspaceFile(root, orphan.export);
        report.fixed = 'removed';
      } catch (e) {
        if (!(e instanceof BoundaryError)) throw e;
        result.diagnostics.push(outsideDiagnostic(orphan.export, e));
      }
    }
    result.reports.push(report);
  }

  const work = found.pairs.filter((p) => p.exists || fix);
  for (const pair of found.pairs.filter((p) => !p.exists && !fix)) {
    result.reports.push({
      export: pair.export,
      source: pair.source.id,
      ...(pair.source.kind === 'drawio' ? { page: pair.page } : {}),
      state: 'missing',
      compared: 'none',
      owned: false,
      listed: pair.listed,
      note: `${pair.export} is missing: ${pair.fallback ? `${pair.source.id} has no committed export` : `it is named as the export of ${pair.source.id}`}. Run \`boardwright diagrams --fix\` and commit it.`,
    });
  }

  let exporter = options.exporter;
  const needsDrawio = work.some((p) => p.source.kind === 'drawio');
  const needsMermaid = work.some((p) => p.source.kind === 'mermaid');
  if (work.length && !exporter) {
    try {
      exporter = await openExporter({
        drawio: needsDrawio,
        mermaid: needsMermaid,
        ...(options.browser ? { browser: options.browser } : {}),
      });
    } catch (e) {
      if (!(e instanceof ExporterMissingError)) throw e;
      result.exporterMissing = e.message;
      result.unusable = true;
      result.diagnostics.push({
        rule: 'diagram-exporter-missing',
        severity: 'error',
        message: `${count(work.length, 'diagram export')} could not be checked: ${e.message}`,
        path: work[0]!.source.path,
        line: 1,
        column: 1,
        fatal: true,
      });
      sortReports(result);
      return result;
    }
  }
  try {
    let done = 0;
    for (const pair of work) {
      options.progress?.(done++, work.length, pair.export);
      const report = await checkPair(
        root,
        pair,
        exporter!,
        tolerance,
        fix,
        diffPath,
        result.diagnostics,
      );
      if (report) result.reports.push(report);
    }
  } finally {
    if (exporter) {
      result.exporter = exporter.info;
      result.blocked = [...exporter.blocked];
      if (!options.exporter) await exporter.close();
    }
  }
  if (diffDir) result.diffDir = diffDir;
  result.unusable ||= result.diagnostics.some((d) => d.fatal);
  sortReports(result);
  return result;
}

function sortReports(result: UserCheckResult): void {
  result.reports.sort((a, b) => (a.export < b.export ? -1 : a.export > b.export ? 1 : 0));
}

/** The fresh export of one pair, stamped. Throws DiagramRenderError when the diagram does not render. */
async function freshExport(pair: ExportPair, exporter: Exporter): Promise<Uint8Array | string> {
  const { source } = pair;
  const options = {
    ...(pair.scale !== undefined ? { scale: pair.scale } : {}),
    ...(pair.border !== undefined ? { border: pair.border } : {}),
  };
  const stamp: ExportStamp = {
    exporter: (source.kind === 'drawio' ? exporter.info.drawio : exporter.info.mermaid) ?? '',
    browser: exporter.info.browser,
    source: source.path,
    ...(source.kind === 'drawio' ? { page: pair.page } : {}),
    ...(source.block !== undefined ? { block: source.block } : {}),
  };
  if (source.kind === 'drawio') {
    return pair.format === 'png'
      ? stampPng(await exporter.drawioPng(source.xml!, pair.page, options), stamp)
      : stampSvg(await exporter.drawioSvg(source.xml!, pair.page, options), stamp);
  }
  return pair.format === 'png'
    ? stampPng(await exporter.mermaidPng(source.text!, options), stamp)
    : stampSvg(await exporter.mermaidSvg(source.text!), stamp);
}

async function checkPair(
  root: string,
  pair: ExportPair,
  exporter: Exporter,
  tolerance: PixelTolerance,
  fix: boolean,
  diffPath: (rel: string) => string,
  diagnostics: Diagnostic[],
): Promise<ExportReport | undefined> {
  const base = {
    export: pair.export,
    source: pair.source.id,
    ...(pair.source.kind === 'drawio' ? { page: pair.page } : {}),
    listed: pair.listed,
  };
  let fresh: Uint8Array | string;
  try {
    fresh = await freshExport(pair, exporter);
  } catch (e) {
    if (!(e instanceof DiagramRenderError)) throw e;
    diagnostics.push({
      rule: 'diagram-unreadable',
      severity: 'error',
      message: `${pair.source.id}${pair.source.kind === 'drawio' ? ` page ${pair.page}` : ''} does not render: ${e.message.split('\n').slice(0, 3).join(' ')}`,
      path: pair.source.path,
      line: pair.source.line ?? 1,
      column: 1,
      fatal: true,
    });
    return undefined;
  }
  const freshBytes = typeof fresh === 'string' ? Buffer.from(fresh, 'utf8') : fresh;
  if (!pair.exists) {
    // Only reached with fix: a new export, which boardwright owns from now on.
    const refused = writeExport(root, pair.export, freshBytes, diagnostics);
    if (refused)
      return {
        ...base,
        state: 'missing',
        compared: 'none',
        owned: false,
        note: `${pair.export} was not written: ${refused.message}`,
      };
    return {
      ...base,
      state: 'missing',
      compared: 'none',
      owned: true,
      fixed: 'written',
      note: `${pair.export} was missing; exported it from ${pair.source.id}.`,
    };
  }
  let committed: Buffer;
  try {
    // Read under the workspace boundary: never through a link that leads out (io/boundary.ts).
    const stats = statWorkspacePath(root, pair.export);
    if (!stats.isFile()) throw new Error('it is not a file');
    if (stats.size > MAX_DIAGRAM_BYTES)
      throw new Error(`it is larger than ${MAX_DIAGRAM_BYTES} bytes`);
    committed = readWorkspaceFile(root, pair.export);
  } catch (e) {
    if (e instanceof BoundaryError) diagnostics.push(outsideDiagnostic(pair.export, e));
    return {
      ...base,
      state: 'drifted',
      compared: 'none',
      owned: false,
      note: `${pair.export} cannot be compared: ${(e as Error).message.replace(/\.$/, '')}.`,
    };
  }
  const stamp = readStamp(committed);
  const owned = stamp !== undefined;
  if (sameBytes(committed, freshBytes))
    return {
      ...base,
      state: 'in-sync',
      compared: 'bytes',
      owned,
      note: `${pair.export} is in sync with ${pair.source.id} (identical bytes).`,
    };
  const strict = sameExporter(stamp, exporter.info, pair.source.kind);
  // Pixels: PNG as they are; SVG drawn by the same browser at their own size.
  let pixels;
  try {
    const before =
      pair.format === 'png' ? committed : await exporter.rasterizeSvg(committed.toString('utf8'));
    const after =
      pair.format === 'png' ? freshBytes : await exporter.rasterizeSvg(freshBytes.toString('utf8'));
    pixels = comparePngs(before, after, tolerance);
  } catch (e) {
    pixels = undefined;
    void e;
  }
  const inSync = !strict && pixels?.same === true;
  const maker = owned
    ? `boardwright with ${stamp.exporter} in ${stamp.browser}`
    : 'another tool (draw.io desktop, mermaid-cli…)';
  if (inSync && !(fix && (owned || pair.listed))) {
    return {
      ...base,
      state: 'in-sync',
      compared: 'pixels',
      owned,
      diffPixels: pixels!.diffPixels,
      diffRatio: pixels!.ratio,
      note: `${pair.export} matches ${pair.source.id} pixel for pixel within tolerance (${pixels!.diffPixels} pixels differ; exported by ${maker}).`,
    };
  }
  const report: ExportReport = {
    ...base,
    state: inSync ? 'in-sync' : 'drifted',
    compared: strict ? 'bytes' : 'pixels',
    owned,
    ...(pixels ? { diffPixels: pixels.diffPixels, diffRatio: pixels.ratio } : {}),
    note: '',
  };
  if (!inSync && pixels) {
    const path = diffPath(pair.export);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, pixels.diff);
    report.diffImage = path;
  }
  const size =
    pixels &&
    (pixels.expected.width !== pixels.actual.width ||
      pixels.expected.height !== pixels.actual.height)
      ? ` (size ${pixels.expected.width}×${pixels.expected.height}, a fresh export is ${pixels.actual.width}×${pixels.actual.height})`
      : pixels
        ? ` (${pixels.diffPixels} pixels, ${(pixels.ratio * 100).toFixed(2)} %, differ)`
        : '';
  const why = strict
    ? `differs from a fresh export of ${pair.source.id}${size}: it was edited by hand, or the diagram changed without a re-export`
    : `does not match ${pair.source.id}${size}: it was edited by hand, or the diagram changed without a re-export (exported by ${maker})`;
  if (fix && (owned || pair.listed)) {
    const refused = writeExport(root, pair.export, freshBytes, diagnostics);
    if (refused) report.note = `${pair.export} ${why}; it was not re-exported: ${refused.message}`;
    else {
      report.fixed = 'written';
      report.note = `${pair.export} ${why}; re-exported it.`;
    }
  } else if (!inSync) {
    report.note =
      owned || pair.listed
        ? `${pair.export} ${why}. Run \`boardwright diagrams --fix\` and commit the result.`
        : `${pair.export} ${why}. Re-export it from ${pair.source.path}, or list it under diagrams.exports in the config to let \`boardwright diagrams --fix\` own it.`;
  }
  return report;
}

/**
 * The reports as diagnostics (rules `diagram-drift`, `diagram-missing`, `diagram-orphan`; errors at
 * line 1 of the export), for the text/JSON/GitHub reports and the Action's annotations. Exports
 * in sync and those --fix repaired give none.
 */
export function userDiagnostics(reports: readonly ExportReport[]): Diagnostic[] {
  const rule = {
    drifted: 'diagram-drift',
    missing: 'diagram-missing',
    orphan: 'diagram-orphan',
  } as const;
  return reports
    .filter((r) => r.state !== 'in-sync' && !r.fixed)
    .map((r) => ({
      rule: rule[r.state as keyof typeof rule],
      severity: 'error' as const,
      message: r.diffImage ? `${r.note} Diff picture: ${r.diffImage}` : r.note,
      path: r.export,
      line: 1,
      column: 1,
    }));
}
