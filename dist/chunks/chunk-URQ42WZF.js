import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/boundary.ts
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var BoundaryError = class extends Error {
  constructor(message, path, link) {
    super(message);
    this.path = path;
    this.link = link;
    this.name = "BoundaryError";
  }
  path;
  link;
  code = "EOUTSIDE";
};
function isWithin(parent, child) {
  const rel = relative(parent, child);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function realRoot(root) {
  return realpathSync.native(resolve(root));
}
function toWorkspacePath(root, full) {
  return relative(root, full).split(sep).join("/") || ".";
}
function realPathOf(full) {
  const missing = [];
  let at = resolve(full);
  for (; ; ) {
    try {
      const real = realpathSync.native(at);
      return missing.length ? join(real, ...missing.reverse()) : real;
    } catch (e) {
      const code = e.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
      const parent = dirname(at);
      if (parent === at) return resolve(full);
      let link;
      try {
        if (lstatSync(at).isSymbolicLink()) link = readlinkSync(at);
      } catch {
      }
      if (link !== void 0) return realPathOf(resolve(dirname(at), link)) + rest(missing);
      missing.push(basename(at));
      at = parent;
    }
  }
  function rest(parts) {
    return parts.length ? sep + [...parts].reverse().join(sep) : "";
  }
}
function linkLeading(root, full, realRootPath) {
  const parts = relative(root, full).split(sep).filter(Boolean);
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      return void 0;
    }
    if (!stat.isSymbolicLink()) continue;
    let target;
    try {
      target = realpathSync.native(at);
    } catch {
      target = realPathOf(resolve(dirname(at), readlinkSync(at)));
    }
    if (!isWithin(realRootPath, target)) return toWorkspacePath(root, at);
  }
  return void 0;
}
function resolveInside(root, path) {
  const base = resolve(root);
  const rootReal = realRoot(base);
  const full = resolve(base, path);
  const lexicalBase = isWithin(base, full) ? base : isWithin(rootReal, full) ? rootReal : void 0;
  if (lexicalBase === void 0) {
    throw new BoundaryError(
      `${path} is outside the workspace ${base}. Name a file inside it, or run boardwright with -C at a folder that holds it.`,
      path
    );
  }
  const real = realPathOf(full);
  if (!isWithin(rootReal, real)) {
    const link = linkLeading(lexicalBase, full, rootReal) ?? toWorkspacePath(lexicalBase, full);
    throw new BoundaryError(
      `${link} is a symbolic link that leads outside the workspace; boardwright does not read or write through it. Replace the link with the file itself.`,
      path,
      link
    );
  }
  return { full, real, rel: toWorkspacePath(lexicalBase, full) };
}
function readWorkspaceFile(root, path) {
  return readFileSync(resolveInside(root, path).real);
}
function readWorkspaceText(root, path) {
  return readWorkspaceFile(root, path).toString("utf8");
}
function statWorkspacePath(root, path) {
  return statSync(resolveInside(root, path).real);
}

export {
  BoundaryError,
  isWithin,
  realRoot,
  toWorkspacePath,
  realPathOf,
  linkLeading,
  resolveInside,
  readWorkspaceFile,
  readWorkspaceText,
  statWorkspacePath
};
