import {
  chmodSync,
  lstatSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EditError } from './errors.js';
import { contentHash } from './source.js';
import type { EditPlan, FilePatch } from './types.js';

/** True when `path` is `root` or inside it. */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real file a patch writes: `path` resolved against the workspace root, through links only
 * when they stay inside it (a link's target is written, the link itself stays a link).
 */
function target(root: string, patch: FilePatch): string {
  const realRoot = realpathSync(root);
  const full = resolve(root, patch.path);
  if (!inside(resolve(root), full))
    throw new EditError('invalid', `${patch.path} is outside the workspace; nothing was written.`);
  let real: string;
  try {
    real = realpathSync(full);
  } catch (e) {
    throw new EditError(
      'conflict',
      `${patch.path} cannot be read any more (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was written.`,
    );
  }
  if (!inside(realRoot, real))
    throw new EditError(
      'invalid',
      `${patch.path} is a link to ${real}, outside the workspace; boardwright does not write through it.`,
    );
  return real;
}

/**
 * Writes a plan's patches. Each file is checked first: it must still hold the bytes the plan was
 * made from (SHA-256), else nothing is written (`EditError` `conflict`: read it again and repeat
 * the edit). Each file is then written atomically — new bytes to a temporary file beside it with
 * the same permissions, then renamed over it — so a reader never sees half an edit. Returns the
 * workspace-relative paths written.
 */
export function applyEdit(plan: EditPlan, root: string): string[] {
  const targets = plan.patches.map((patch) => ({ patch, real: target(root, patch) }));
  for (const { patch, real } of targets) {
    const current = readFileSync(real);
    if (patch.baseHash && contentHash(current) !== patch.baseHash)
      throw new EditError(
        'conflict',
        `${patch.path} changed since it was read; read it again and repeat the edit. Nothing was written.`,
      );
  }
  const written: string[] = [];
  for (const { patch, real } of targets) {
    const temp = join(dirname(real), `.${basename(real)}.boardwright-${process.pid}.tmp`);
    try {
      writeFileSync(temp, patch.after, { flag: 'wx' });
      chmodSync(temp, statSync(real).mode & 0o7777);
      if (lstatSync(real).isSymbolicLink()) throw new Error('the file became a link');
      renameSync(temp, real);
    } catch (e) {
      rmSync(temp, { force: true });
      throw new EditError(
        'conflict',
        `${patch.path} could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it is unchanged.`,
      );
    }
    written.push(patch.path);
  }
  return written;
}
