import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/workspace-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findWorkspaceRoot(start, configFiles) {
  const from = resolve(start);
  for (let dir = from; ; dir = dirname(dir)) {
    if (configFiles.some((f) => existsSync(join(dir, f)))) return dir;
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir) return from;
  }
}

export {
  findWorkspaceRoot
};
