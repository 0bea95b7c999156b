import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  appendSummary,
  commonInputs,
  info,
  notice,
  reportsDir,
  runUrl,
  setOutput,
  stickyComment
} from "./chunk-3LDJRTKG.js";
import {
  COMMENT_LIMIT,
  combinedMarkdown
} from "./chunk-O7GKSGEY.js";

// actions/report/run.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
function jobReports() {
  const dir = reportsDir();
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}
async function run() {
  const common = commonInputs();
  const reports = jobReports();
  if (!reports.length) {
    notice(
      "No boardwright report in this job: run the boardwright Actions in the same job, before this step."
    );
  }
  const url = runUrl();
  const more = url ? `The full reports are in the [job summaries](${url}).` : void 0;
  const markdown = combinedMarkdown(reports, {
    maxBytes: COMMENT_LIMIT - 512,
    ...more ? { more } : {}
  });
  appendSummary(combinedMarkdown(reports, { maxBytes: 64 * 1024 }));
  const failed = reports.filter((r) => !r.passed || r.unusable);
  setOutput("gates", String(reports.length));
  setOutput("failed", String(failed.length));
  setOutput("passed", String(failed.length === 0));
  info(
    `${reports.length} gate(s): ${failed.length ? `${failed.map((r) => r.title).join(", ")} failed` : "none failed"}.`
  );
  if (common.comment) await stickyComment("report", markdown, common);
}

export {
  run
};
