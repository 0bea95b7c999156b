import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFile } from '../generators/types.js';

/** Thrown when an output path would land outside the out dir. */
export class OutputPathError extends Error {}

/** Resolves `file` inside `outDir`; throws OutputPathError for absolute paths or `..` escapes. */
export function safeOutputPath(outDir: string, file: string): string {
  const full = resolve(outDir, file);
  const rel = relative(resolve(outDir), full);
  if (!rel || isAbsolute(file) || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new OutputPathError(`Refusing to write "${file}": it is outside ${outDir}.`);
  }
  return full;
}

/**
 * Writes every file into `outDir` atomically: all contents go to temporary siblings first, then
 * each is renamed into place, so a reader never sees a half-written file and a failure leaves no
 * partial outputs. `prune` lists sub-folders the generators own: files in them that this run did
 * not write are removed (boards that no longer exist). Returns the paths written.
 */
export function writeOutputs(outDir: string, files: OutputFile[], prune: string[] = []): string[] {
  const targets = files.map((f) => ({ full: safeOutputPath(outDir, f.path), file: f }));
  const temps: string[] = [];
  try {
    for (const { full, file } of targets) {
      mkdirSync(dirname(full), { recursive: true });
      const temp = `${full}.${process.pid}.tmp`;
      writeFileSync(temp, file.content);
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  targets.forEach(({ full }, i) => renameSync(temps[i] as string, full));
  const written = new Set(targets.map((t) => t.full));
  for (const folder of prune) {
    const dir = safeOutputPath(outDir, folder);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const full = join(dir, name);
      if (!written.has(full) && name.endsWith('.json')) rmSync(full, { force: true });
    }
  }
  return files.map((f) => f.path);
}
