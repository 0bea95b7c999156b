import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  formatGithub
} from "./chunk-MSRNZQFV.js";

// report/annotations.ts
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function repositoryRoot(root) {
  const limit = process.env.GITHUB_WORKSPACE ? resolve(process.env.GITHUB_WORKSPACE) : void 0;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    if (dir === limit || dirname(dir) === dir) break;
  }
  return limit ?? resolve(root);
}
function annotationFile(root, path, repository = repositoryRoot(root)) {
  const file = resolve(root, path);
  try {
    if (!statSync(file).isFile()) return void 0;
  } catch {
    return void 0;
  }
  const rel = relative(resolve(repository), file);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function githubAnnotations(diagnostics, root) {
  const repository = repositoryRoot(root);
  return formatGithub(diagnostics, (d) => annotationFile(root, d.path, repository));
}

export {
  annotationFile,
  githubAnnotations
};
