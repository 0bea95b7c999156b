import { BoundaryError, readWorkspaceFile } from '../../io/boundary.js';
import { writeWorkspaceFiles } from '../../io/user-files.js';
import { EditError } from './errors.js';
import { contentHash } from './source.js';
import type { EditPlan } from './types.js';

/** What went wrong reading or writing `path`, as an EditError; nothing was written. */
function refusal(path: string, e: unknown, doing: 'read' | 'written'): EditError {
  if (e instanceof BoundaryError)
    return new EditError('invalid', `${e.message} Nothing was written.`);
  const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  return new EditError(
    'conflict',
    doing === 'read'
      ? `${path} cannot be read any more (${why}); nothing was written.`
      : `${path} could not be written (${why}); it is unchanged.`,
  );
}

/**
 * Writes a plan's patches under the workspace boundary (io/user-files.ts: inside the workspace,
 * a linked file written through to its target only when that stays inside, otherwise refused —
 * `EditError` `invalid`). Each file is checked first: it must still hold the bytes the plan was
 * made from (SHA-256), else nothing is written (`EditError` `conflict`: read it again and repeat
 * the edit). The files are then written atomically, all or nothing — new bytes to a temporary
 * file beside each real target with the same permissions, then renamed over it — so a reader
 * never sees half an edit. Returns the workspace-relative paths written.
 */
export function applyEdit(plan: EditPlan, root: string): string[] {
  for (const patch of plan.patches) {
    let current: Buffer;
    try {
      current = readWorkspaceFile(root, patch.path);
    } catch (e) {
      throw refusal(patch.path, e, 'read');
    }
    if (patch.baseHash && contentHash(current) !== patch.baseHash)
      throw new EditError(
        'conflict',
        `${patch.path} changed since it was read; read it again and repeat the edit. Nothing was written.`,
      );
  }
  try {
    writeWorkspaceFiles(
      root,
      plan.patches.map((p) => ({ path: p.path, content: p.after })),
    );
  } catch (e) {
    throw refusal(plan.patches.map((p) => p.path).join(', '), e, 'written');
  }
  return plan.patches.map((p) => p.path);
}
