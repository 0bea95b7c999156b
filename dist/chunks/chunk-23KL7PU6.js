import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  tempSibling
} from "./chunk-NLBMK4U6.js";
import {
  BoundaryError,
  realRoot,
  resolveInside
} from "./chunk-URQ42WZF.js";

// io/user-files.ts
import {
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
function refuse(path, why) {
  throw new BoundaryError(`Refusing to write ${path}: ${why}`, path);
}
function plan(root, file) {
  const resolved = resolveInside(root, file.path);
  const inGit = (p) => p.split(/[\\/]/).includes(".git");
  if (inGit(resolved.rel) || inGit(relative(realRoot(root), resolved.real)))
    refuse(resolved.rel, "it is inside .git.");
  let stat;
  try {
    stat = lstatSync(resolved.full);
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    return { target: resolved.real, content: file.content };
  }
  let target = resolved.real;
  if (stat.isSymbolicLink()) {
    try {
      target = realpathSync.native(resolved.full);
    } catch {
      refuse(
        resolved.rel,
        "it is a symbolic link to a file that does not exist. Point the link at a file inside the workspace, or replace it with a file."
      );
    }
    stat = statSync(target);
  }
  if (stat.isDirectory()) refuse(resolved.rel, "it is a folder.");
  return { target, mode: stat.mode & 4095, content: file.content };
}
function writeWorkspaceFiles(root, files) {
  const planned = files.map((f) => plan(root, f));
  const temps = [];
  try {
    for (const p of planned) {
      mkdirSync(dirname(p.target), { recursive: true });
      const temp = tempSibling(p.target);
      writeFileSync(temp, p.content, {
        flag: "wx",
        ...p.mode === void 0 ? {} : { mode: p.mode }
      });
      temps.push(temp);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
  planned.forEach((p, i) => renameSync(temps[i], p.target));
  return planned.map((p) => p.target);
}
function writeWorkspaceFile(root, path, content) {
  return writeWorkspaceFiles(root, [{ path, content }])[0];
}
function removeWorkspaceFile(root, path) {
  const named = resolve(root, path);
  const parent = resolveInside(root, dirname(named));
  if (named === resolve(root))
    throw new BoundaryError(`Refusing to delete ${path}: it is the workspace root.`, path);
  const full = join(parent.real, basename(named));
  const shown = parent.rel === "." ? basename(named) : `${parent.rel}/${basename(named)}`;
  let stat;
  try {
    stat = lstatSync(full);
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw e;
  }
  if (stat.isDirectory())
    throw new BoundaryError(`Refusing to delete ${shown}: it is a folder.`, path);
  rmSync(full);
}

export {
  writeWorkspaceFiles,
  writeWorkspaceFile,
  removeWorkspaceFile
};
