/**
 * The I/O end of the diagrams: writing generated files into the out dir and comparing them with
 * the files committed there. Everything else in generators/diagrams is pure.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputFile } from '../types.js';
import { readManifest, writeOutDir, type OutDir } from '../../io/outdir.js';
import { writeOutputs } from '../../io/write.js';
import type { Diagnostic } from '../../model/types.js';
import type { DiagramFile } from './files.js';
import { type DiagramFormat, isDiagramFile } from './names.js';

/** What `--check` found, each list sorted by file name (names relative to the out dir). */
export interface DriftReport {
  /** Generated files whose committed bytes are identical. */
  matched: string[];
  /** Committed files whose bytes differ from the generated ones. */
  drifted: string[];
  /** Generated files with no committed counterpart. */
  missing: string[];
  /** Committed diagram files (by name pattern) that this run does not generate. */
  extra: string[];
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return (
    Buffer.compare(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
      Buffer.from(b.buffer, b.byteOffset, b.byteLength),
    ) === 0
  );
}

/**
 * Compares generated files with committed ones byte for byte. `committed` maps a file name to
 * its bytes, or to `null` when the name exists but is not a regular file (a folder or a
 * symbolic link counts as drifted: it is not what the generator writes). Pure.
 */
export function compareDiagrams(
  generated: readonly DiagramFile[],
  committed: ReadonlyMap<string, Uint8Array | null>,
  formats: readonly DiagramFormat[],
): DriftReport {
  const report: DriftReport = { matched: [], drifted: [], missing: [], extra: [] };
  const names = new Set<string>();
  for (const file of generated) {
    names.add(file.path);
    const theirs = committed.get(file.path);
    if (theirs === undefined) report.missing.push(file.path);
    else if (theirs !== null && sameBytes(bytesOf(file.content), theirs))
      report.matched.push(file.path);
    else report.drifted.push(file.path);
  }
  for (const name of committed.keys())
    if (!names.has(name) && isDiagramFile(name, formats)) report.extra.push(name);
  for (const list of Object.values(report)) list.sort();
  return report;
}

/**
 * The diagram files in `dir` (top level only; names matching isDiagramFile for `formats`, plus
 * every name in `also`), read without following symbolic links. A missing folder reads as empty.
 */
export function readDiagramDir(
  dir: string,
  formats: readonly DiagramFormat[],
  also: Iterable<string> = [],
): Map<string, Uint8Array | null> {
  const out = new Map<string, Uint8Array | null>();
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw e;
  }
  const wanted = new Set(also);
  for (const name of entries.sort()) {
    if (!wanted.has(name) && !isDiagramFile(name, formats)) continue;
    const full = join(dir, name);
    out.set(name, lstatSync(full).isFile() ? readFileSync(full) : null);
  }
  return out;
}

/**
 * `--check`: writes `files` into a fresh temporary folder (the same writer as a real run, so
 * the bytes compared are the bytes a run would commit), compares that folder with `outDir` byte
 * for byte, and removes the temporary folder. Nothing in `outDir` is touched. Extra files are
 * only those the out dir's manifest says an earlier run wrote (the ones a run would remove).
 */
export function checkDiagrams(
  outDir: string,
  files: readonly DiagramFile[],
  formats: readonly DiagramFormat[],
): DriftReport {
  const temp = mkdtempSync(join(tmpdir(), 'boardwright-diagrams-'));
  try {
    writeFiles(temp, files);
    const regenerated = readDiagramDir(
      temp,
      formats,
      files.map((f) => f.path),
    );
    const fresh: DiagramFile[] = files.map((f) => ({
      path: f.path,
      content: regenerated.get(f.path) ?? new Uint8Array(),
    }));
    const report = compareDiagrams(
      fresh,
      readDiagramDir(
        outDir,
        formats,
        files.map((f) => f.path),
      ),
      formats,
    );
    // Extra files are those a run would remove: diagrams an earlier run wrote (the manifest).
    const ours = new Set(readManifest(outDir)?.written.diagrams ?? []);
    report.extra = report.extra.filter((name) => ours.has(name));
    return report;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function writeFiles(dir: string, files: readonly DiagramFile[]): void {
  // writeOutputs hands `content` to fs.writeFileSync, which takes bytes as well as text.
  writeOutputs(dir, files as OutputFile[]);
}

/**
 * Writes `files` into a checked out dir (io/outdir.ts writeOutDir: atomically, never outside
 * the out dir, never through a linked folder), then removes the diagram files an earlier run
 * wrote there (listed in the out dir's manifest) that this run no longer generates — a board
 * that was renamed or lost its dependencies. Diagram files boardwright did not write are never
 * removed. Returns the names written and removed.
 */
export function writeDiagrams(
  outDir: OutDir,
  files: readonly DiagramFile[],
): { written: string[]; removed: string[] } {
  // writeOutDir hands `content` to fs.writeFileSync, which takes bytes as well as text.
  const { written, removed } = writeOutDir(outDir, 'diagrams', files as OutputFile[]);
  return { written: [...written].sort(), removed };
}

/**
 * The drift as diagnostics (rules `diagram-drift`, `diagram-missing`, `diagram-extra`, errors at
 * line 1 of the file concerned), for the text/JSON/GitHub reports and the Action's annotations.
 * `outPath` is the out dir as the user wrote it, `command` the command that regenerates.
 */
export function driftDiagnostics(
  report: DriftReport,
  outPath: string,
  command: string,
): Diagnostic[] {
  const at = (name: string): string =>
    outPath === '.' ? name : `${outPath.replace(/\/+$/, '')}/${name}`;
  const fix = `Run \`${command}\` and commit the result.`;
  const make = (rule: string, name: string, why: string): Diagnostic => ({
    rule,
    severity: 'error',
    message: `${at(name)} ${why} ${fix}`,
    path: at(name),
    line: 1,
    column: 1,
  });
  return [
    ...report.drifted.map((n) =>
      make(
        'diagram-drift',
        n,
        'differs from what the boards generate (edited by hand, or the boards changed since).',
      ),
    ),
    ...report.missing.map((n) =>
      make('diagram-missing', n, 'is generated from the boards but not committed.'),
    ),
    ...report.extra.map((n) =>
      make(
        'diagram-extra',
        n,
        'is a diagram the boards no longer generate (a renamed or removed board?).',
      ),
    ),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
