import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  checkDocSync,
  docSyncReport,
  fixDocSync
} from "./chunk-FT2DVWTC.js";
import {
  commonInputs,
  getInput,
  info,
  listInput,
  publish
} from "./chunk-4VCR562R.js";

// actions/doc-sync/run.ts
import { resolve } from "node:path";
async function run() {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  let files = listInput("files");
  const rawThreshold = getInput("threshold") || "10";
  const threshold = Number(rawThreshold);
  if (!/^\d+(\.\d+)?$/.test(rawThreshold) || threshold > 100)
    throw new Error(`threshold must be a percentage from 0 to 100, not "${rawThreshold}".`);
  const fix = getInput("fix").trim();
  const extra = [];
  if (fix && fix.toLowerCase() !== "false") {
    const canonical = fix.toLowerCase() === "true" ? checkDocSync({ root, files }).members[0]?.path : fix;
    if (!canonical) throw new Error("fix: no readable instruction file to rewrite from.");
    const done = fixDocSync({ root, files, canonical });
    info(
      done.changed.length ? `Rewrote ${done.changed.join(", ")} from ${canonical}.` : `Every file already matches ${canonical}.`
    );
    if (done.unusable && !done.diagnostics.length) throw new Error(`fix: cannot use ${canonical}.`);
    extra.push(...done.diagnostics.filter((d) => d.path === canonical));
    if (files.length) files = [canonical, ...files.filter((f) => f !== canonical)];
  }
  const result = checkDocSync({ root, files, threshold });
  const report = docSyncReport(result);
  const seen = new Set(report.diagnostics.map((d) => `${d.rule} ${d.path}`));
  report.diagnostics.push(...extra.filter((d) => !seen.has(`${d.rule} ${d.path}`)));
  if (extra.some((d) => d.fatal)) report.unusable = true;
  await publish(report, common);
}

export {
  run
};
