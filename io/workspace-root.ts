import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The workspace root for a run started in `start` with no `-C`: the nearest folder from `start`
 * upward that holds one of `configFiles`, looking no higher than the repository root (the first
 * folder that holds `.git`), the way ESLint and Prettier find their config. When no folder on
 * the way holds a config, `start` itself: boardwright never climbs out of where it was started
 * unless a config says where the workspace is.
 */
export function findWorkspaceRoot(start: string, configFiles: readonly string[]): string {
  const from = resolve(start);
  for (let dir = from; ; dir = dirname(dir)) {
    if (configFiles.some((f) => existsSync(join(dir, f)))) return dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return from;
  }
}
