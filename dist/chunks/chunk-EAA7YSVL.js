import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  checkDocSync,
  docSyncReport,
  fixDocSync,
  readFamily
} from "./chunk-SU6234CP.js";
import {
  annotate,
  booleanValue,
  commonInputs,
  getInput,
  info,
  listInput,
  publish
} from "./chunk-3LDJRTKG.js";

// actions/doc-sync/run.ts
import { resolve } from "node:path";
async function run() {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const files = listInput("files");
  const rawThreshold = getInput("threshold") || "10";
  const threshold = Number(rawThreshold);
  if (!/^\d+(\.\d+)?$/.test(rawThreshold) || threshold > 100)
    throw new Error(`threshold must be a percentage from 0 to 100, not "${rawThreshold}".`);
  const mode = getInput("mode").trim() || "drift";
  if (!["drift", "exact", "section"].includes(mode))
    throw new Error(`mode must be drift, exact or section, not "${mode}".`);
  const fix = getInput("fix").trim();
  let canonical;
  if (fix && booleanValue(fix) !== false) {
    canonical = booleanValue(fix) ? readFamily(root, files).members.find((m) => !m.link)?.path : fix;
    if (!canonical) throw new Error("fix: no readable instruction file to rewrite from.");
    const done = fixDocSync({ root, files, canonical });
    if (done.unusable) {
      const why = done.diagnostics.find((d) => d.rule === "doc-link-source");
      if (why) throw new Error(why.message);
    }
    for (const d of done.diagnostics.filter((x) => x.rule === "doc-sync-shrink"))
      annotate("warning", d.message);
    info(
      done.changed.length ? `Rewrote ${done.changed.join(", ")} from ${canonical}.` : `Every file already matches ${canonical}.`
    );
  }
  const result = checkDocSync({
    root,
    files,
    threshold,
    mode,
    ...canonical ? { canonical } : {}
  });
  if (result.members.length < 2 && !files.length && !result.unusable) {
    await publish(
      {
        ...docSyncReport(result),
        passed: true,
        skipped: `Fewer than two agent instruction files (${result.members.map((m) => m.path).join(", ") || "none"}): nothing to compare.`,
        diagnostics: []
      },
      common
    );
    return;
  }
  await publish(docSyncReport(result), common);
}

export {
  run
};
