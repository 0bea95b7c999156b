import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFile } from '../generators/types.js';

/** Thrown when an output path would land outside the out dir or pass through a symbolic link. */
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
 * A temporary sibling name for an atomic write: unpredictable, and created with O_EXCL by the
 * callers, so a file or link planted under that name is never written through.
 */
export function tempSibling(full: string): string {
  return join(
    dirname(full),
    `.${full.slice(dirname(full).length + 1)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Checks that every existing folder between `outDir` and `full` is a real folder (a symbolic
 * link to a folder would carry the write elsewhere) and that `full` is not a folder. A file or
 * link at `full` itself is fine: the rename replaces the entry, never a link's target.
 */
function checkWay(outDir: string, full: string, file: string): void {
  const parts = relative(outDir, full).split(sep);
  let at = outDir;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      return; // nothing exists from here down
    }
    const shown = parts.slice(0, i + 1).join('/');
    if (i === parts.length - 1) {
      if (stat.isDirectory())
        throw new OutputPathError(`Cannot write "${file}": ${shown} is a folder.`);
      return;
    }
    if (stat.isSymbolicLink())
      throw new OutputPathError(
        `Refusing to write "${file}": ${shown} in ${outDir} is a symbolic link. Remove it; boardwright creates the folders it needs.`,
      );
    if (!stat.isDirectory())
      throw new OutputPathError(`Cannot write "${file}": ${shown} is a file, not a folder.`);
  }
}

/**
 * Creates `path` exclusively (never through an existing name) and writes the file's content
 * into it as UTF-8, piece by piece when it has a `stream`. Should that fail once the file
 * exists, the file is removed again.
 */
function writeTemp(path: string, file: OutputFile): void {
  const fd = openSync(path, 'wx');
  let written = false;
  try {
    const write = (text: string): void => {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    };
    if (file.stream) file.stream(write);
    else write(file.content);
    written = true;
  } finally {
    closeSync(fd);
    if (!written) rmSync(path, { force: true });
  }
}

/**
 * Writes every file into `outDir` atomically: all contents go to temporary siblings first
 * (created exclusively, never through an existing name), then each is renamed into place, so a
 * reader never sees a half-written file and a failure leaves no partial outputs. A file with a
 * `stream` is written piece by piece. Folders on the way are created; a symbolic link among them
 * is refused. This is the low-level writer: commands write into checked out dirs through
 * io/outdir.ts writeOutDir. Returns the paths written.
 */
export function writeOutputs(outDir: string, files: readonly OutputFile[]): string[] {
  const targets = files.map((f) => ({ full: safeOutputPath(outDir, f.path), file: f }));
  for (const { full, file } of targets) checkWay(resolve(outDir), full, file.path);
  const temps: string[] = [];
  try {
    for (const { full, file } of targets) {
      mkdirSync(dirname(full), { recursive: true });
      const temp = tempSibling(full);
      writeTemp(temp, file);
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  targets.forEach(({ full }, i) => renameSync(temps[i] as string, full));
  return files.map((f) => f.path);
}
