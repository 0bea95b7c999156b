import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/write.ts
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var OutputPathError = class extends Error {
};
function safeOutputPath(outDir, file) {
  const full = resolve(outDir, file);
  const rel = relative(resolve(outDir), full);
  if (!rel || isAbsolute(file) || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new OutputPathError(`Refusing to write "${file}": it is outside ${outDir}.`);
  }
  return full;
}
function writeOutputs(outDir, files, prune = []) {
  const targets = files.map((f) => ({ full: safeOutputPath(outDir, f.path), file: f }));
  const temps = [];
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
  targets.forEach(({ full }, i) => renameSync(temps[i], full));
  const written = new Set(targets.map((t) => t.full));
  for (const folder of prune) {
    const dir = safeOutputPath(outDir, folder);
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const full = join(dir, name);
      if (!written.has(full) && name.endsWith(".json")) rmSync(full, { force: true });
    }
  }
  return files.map((f) => f.path);
}

export {
  OutputPathError,
  safeOutputPath,
  writeOutputs
};
