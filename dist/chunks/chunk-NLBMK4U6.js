import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// io/write.ts
import { randomBytes } from "node:crypto";
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
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
function tempSibling(full) {
  return join(
    dirname(full),
    `.${full.slice(dirname(full).length + 1)}.${randomBytes(6).toString("hex")}.tmp`
  );
}
function checkWay(outDir, full, file) {
  const parts = relative(outDir, full).split(sep);
  let at = outDir;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      return;
    }
    const shown = parts.slice(0, i + 1).join("/");
    if (i === parts.length - 1) {
      if (stat.isDirectory())
        throw new OutputPathError(`Cannot write "${file}": ${shown} is a folder.`);
      return;
    }
    if (stat.isSymbolicLink())
      throw new OutputPathError(
        `Refusing to write "${file}": ${shown} in ${outDir} is a symbolic link. Remove it; boardwright creates the folders it needs.`
      );
    if (!stat.isDirectory())
      throw new OutputPathError(`Cannot write "${file}": ${shown} is a file, not a folder.`);
  }
}
function writeTemp(path, file) {
  const fd = openSync(path, "wx");
  let written = false;
  try {
    const write = (text) => {
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    };
    if (file.stream) file.stream(write);
    else write(file.content);
    written = true;
  } finally {
    closeSync(fd);
    if (!written) rmSync(path, { force: true });
  }
}
function writeOutputs(outDir, files) {
  const targets = files.map((f) => ({ full: safeOutputPath(outDir, f.path), file: f }));
  for (const { full, file } of targets) checkWay(resolve(outDir), full, file.path);
  const temps = [];
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
  targets.forEach(({ full }, i) => renameSync(temps[i], full));
  return files.map((f) => f.path);
}

export {
  safeOutputPath,
  tempSibling,
  writeOutputs
};
