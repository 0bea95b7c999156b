import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

/**
 * Normalises a path written in a capability file (workspace-relative, `/`-separated): `./a/../b`
 * becomes `b`, a trailing `/` is dropped. Undefined for an absolute path or one that leaves the
 * workspace through `..`, which checks may not read.
 */
export function workspacePath(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  const normal = posix.normalize(path).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) return undefined;
  return normal === '' ? '.' : normal;
}

/** `target` (absolute, or relative to `root`) as a `/`-separated path relative to `root`. */
export function relativeTo(root: string, target: string): string {
  const full = isAbsolute(target) ? target : resolve(root, target);
  return relative(root, full).split(sep).join('/') || '.';
}
