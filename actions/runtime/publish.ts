import * as core from '@actions/core';
import * as github from '@actions/github';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../../model/types.js';
import { annotationFile } from '../../report/annotations.js';
import {
  COMMENT_LIMIT,
  counts,
  reportMarkdown,
  SUMMARY_LIMIT,
  truncateBytes,
} from '../../report/check.js';
import { mdCode } from '../../report/markdown.js';
import { type CommentTarget, upsertComment } from './comment.js';
import { gitHubClient } from './github.js';
import type { CommonInputs } from './inputs.js';
import { annotate, fail, info, notice } from './log.js';
import { ANNOTATION_CAP, type CheckReport } from './report.js';

/** The hidden marker that identifies a check's sticky comment: the comment's first line. */
export function commentMarker(check: string): string {
  return `<!-- boardwright:${check} -->`;
}

/** The folder under RUNNER_TEMP where each Action of a job leaves its report for `report`. */
export function reportsDir(): string | undefined {
  const temp = process.env.RUNNER_TEMP;
  return temp ? join(temp, 'boardwright-reports') : undefined;
}

/** The URL of this workflow run, where the job summaries are. */
export function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/**
 * Saves the report for the job's combined comment (the `report` Action) and the full Markdown
 * for an artifact: `<RUNNER_TEMP>/boardwright-reports/NN-<check>.json` and `.md`, NN the order
 * of the steps. Returns the Markdown file, or undefined outside the runner.
 */
function saveReport(report: CheckReport, markdown: string): string | undefined {
  const dir = reportsDir();
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  const n = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
  const base = join(dir, `${String(n + 1).padStart(2, '0')}-${report.check}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report)}\n`);
  writeFileSync(`${base}.md`, markdown);
  return `${base}.md`;
}

/**
 * Appends Markdown to the job summary, cut to what is left of the step's 1 MiB (GitHub drops a
 * larger summary), with `more` saying where the rest is.
 */
export function appendSummary(markdown: string, more?: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const used = existsSync(file) ? statSync(file).size : 0;
  appendFileSync(file, truncateBytes(markdown, Math.max(0, SUMMARY_LIMIT - used - 1024), more));
}

/**
 * Publishes a report the way the GitHub runner expects: annotations on repository-relative
 * paths of real files (at most ANNOTATION_CAP per severity; the rest stay in the summary), a
 * job summary within GitHub's 1 MiB, step outputs (`report`: the full report's Markdown file),
 * an optional sticky PR comment within 65,536 characters, and the exit code (0 passed or
 * skipped, 1 failed, 2 unusable input).
 */
export async function publish(report: CheckReport, options: CommonInputs): Promise<void> {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) {
    if (shown[d.severity]++ >= ANNOTATION_CAP) continue;
    const props: core.AnnotationProperties = { title: `${report.check}: ${d.rule}` };
    const file = annotationFile(options.root, d.path);
    let message = d.message;
    if (file !== undefined) {
      props.file = file;
      props.startLine = d.line;
      props.startColumn = d.column;
      if (d.endLine !== undefined) props.endLine = d.endLine;
    } else {
      message = `${d.path}: ${d.message}`;
    }
    annotate(d.severity === 'info' ? 'notice' : d.severity, message, props);
  }
  if (report.skipped !== undefined) notice(`${report.title} skipped: ${report.skipped}`);

  const full = reportMarkdown(report, {
    maxBytes: Number.MAX_SAFE_INTEGER,
    maxRows: Number.MAX_SAFE_INTEGER,
  });
  const saved = saveReport(report, full);
  const where = saved
    ? `The full report is in ${mdCode(saved)} (step output "report"; upload it as an artifact to keep it).`
    : 'Run boardwright locally for the full report.';
  const used =
    process.env.GITHUB_STEP_SUMMARY && existsSync(process.env.GITHUB_STEP_SUMMARY)
      ? statSync(process.env.GITHUB_STEP_SUMMARY).size
      : 0;
  appendSummary(
    reportMarkdown(report, { maxBytes: Math.max(4096, SUMMARY_LIMIT - used - 2048), more: where }),
    where,
  );

  const c = counts(report.diagnostics);
  core.setOutput('passed', String(report.passed));
  core.setOutput('errors', String(c.error));
  core.setOutput('warnings', String(c.warning));
  core.setOutput('infos', String(c.info));
  if (saved) core.setOutput('report', saved);
  for (const [k, v] of Object.entries(report.outputs ?? {})) core.setOutput(k, String(v));

  if (options.comment) await stickyComment(report.check, commentMarkdown(report), options);

  if (report.unusable) {
    fail(`${report.title}: some input could not be used (see the annotations).`);
    process.exitCode = 2;
  } else if (!report.passed) {
    fail(`${report.title} failed: ${c.error} error(s), ${c.warning} warning(s).`);
  }
}

/** Where a cut comment sends its reader: the job summary of this run. */
function commentMore(): string {
  const url = runUrl();
  return url
    ? `The full report is in the [job summary](${url}).`
    : 'The full report is in the job summary.';
}

/** The report as a comment body within GitHub's limit (marker line excluded). */
export function commentMarkdown(report: CheckReport): string {
  return reportMarkdown(report, { maxBytes: COMMENT_LIMIT - 512, more: commentMore() });
}

/**
 * Creates or updates the one comment of `check` on the pull request — the newest comment whose
 * first line is the check's marker, written by the token's own account and not minimized
 * (actions/runtime/comment.ts) — so a rerun never adds a second and nobody else's comment is
 * ever touched. The body is cut to GitHub's 65,536-character limit. Skipped with a notice
 * outside pull requests, without a token, when the token may not write (a fork's read-only
 * token), or when the API fails or does not answer within `apiTimeout` seconds; never fails the
 * step.
 */
export async function stickyComment(
  check: string,
  markdown: string,
  options: Pick<CommonInputs, 'token' | 'apiTimeout'>,
): Promise<void> {
  const { context } = github;
  const number = context.payload.pull_request?.number;
  if (!number) {
    info(`Not a pull request event: no ${check} comment.`);
    return;
  }
  if (!options.token) {
    notice(`No GitHub token: the ${check} comment is skipped.`);
    return;
  }
  const marker = commentMarker(check);
  const body = truncateBytes(`${marker}\n${markdown}`, COMMENT_LIMIT, commentMore());
  const target: CommentTarget = { ...context.repo, number };
  try {
    const done = await upsertComment(
      gitHubClient(options.token, options.apiTimeout),
      target,
      marker,
      body,
    );
    info(
      done === 'created'
        ? `Added the ${check} comment to #${number}.`
        : `Updated the ${check} comment on #${number}.`,
    );
  } catch (e) {
    const status = (e as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token may not write to this pull request (a fork gets a read-only token)'
        : (e as Error).message;
    notice(`The ${check} comment was skipped: ${why}. The check result stands.`);
  }
}
