import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { COMMENT_LIMIT, combinedMarkdown, type CheckReport } from '../../report/check.js';
import { commonInputs } from '../runtime/inputs.js';
import { info, notice } from '../runtime/log.js';
import { appendSummary, reportsDir, runUrl, stickyComment } from '../runtime/publish.js';

/** The reports the job's boardwright Actions left, in the order they ran. */
export function jobReports(): CheckReport[] {
  const dir = reportsDir();
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CheckReport);
}

/**
 * The report Action: one sticky pull request comment and one job-summary table for every
 * boardwright gate that ran before it in the job (each leaves its report in RUNNER_TEMP), so a
 * workflow with many gates posts a single comment. Run it last, with `if: always()`, so that it
 * reports failed gates too. It never fails the step: each gate's own step carries its verdict.
 */
export async function run(): Promise<void> {
  const common = commonInputs();
  const reports = jobReports();
  if (!reports.length) {
    notice(
      'No boardwright report in this job: run the boardwright Actions in the same job, before this step.',
    );
  }
  const url = runUrl();
  const more = url ? `The full reports are in the [job summaries](${url}).` : undefined;
  const markdown = combinedMarkdown(reports, {
    maxBytes: COMMENT_LIMIT - 512,
    ...(more ? { more } : {}),
  });
  appendSummary(combinedMarkdown(reports, { maxBytes: 64 * 1024 }));
  const failed = reports.filter((r) => !r.passed || r.unusable);
  core.setOutput('gates', String(reports.length));
  core.setOutput('failed', String(failed.length));
  core.setOutput('passed', String(failed.length === 0));
  info(
    `${reports.length} gate(s): ${failed.length ? `${failed.map((r) => r.title).join(', ')} failed` : 'none failed'}.`,
  );
  if (common.comment) await stickyComment('report', markdown, common);
}
