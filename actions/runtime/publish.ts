import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Severity } from '../../model/types.js';
import { ANNOTATION_CAP, type CheckReport, counts, reportMarkdown } from './report.js';
import { annotate, fail, info, notice } from './log.js';

/** The hidden marker that identifies a check's sticky comment. */
export function commentMarker(check: string): string {
  return `<!-- boardwright:${check} -->`;
}

/**
 * Publishes a report the way the GitHub runner expects: annotations (at most ANNOTATION_CAP per
 * severity; the rest stay in the summary), a job summary, step outputs, an optional sticky PR
 * comment, and the exit code (0 passed, 1 failed, 2 unusable input).
 */
export async function publish(
  report: CheckReport,
  options: { comment: boolean; token?: string },
): Promise<void> {
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) {
    if (shown[d.severity]++ >= ANNOTATION_CAP) continue;
    const props: core.AnnotationProperties = {
      title: `${report.check}: ${d.rule}`,
      file: d.path,
      startLine: d.line,
      startColumn: d.column,
    };
    if (d.endLine !== undefined) props.endLine = d.endLine;
    annotate(d.severity === 'info' ? 'notice' : d.severity, d.message, props);
  }
  const markdown = reportMarkdown(report);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();

  const c = counts(report.diagnostics);
  core.setOutput('passed', String(report.passed));
  core.setOutput('errors', String(c.error));
  core.setOutput('warnings', String(c.warning));
  core.setOutput('infos', String(c.info));
  for (const [k, v] of Object.entries(report.outputs ?? {})) core.setOutput(k, String(v));

  if (options.comment) await stickyComment(report.check, markdown, options.token);

  if (report.unusable) {
    fail(`${report.title}: some input could not be used (see the annotations).`);
    process.exitCode = 2;
  } else if (!report.passed) {
    fail(`${report.title} failed: ${c.error} error(s), ${c.warning} warning(s).`);
  }
}

/**
 * Creates or updates the one comment of `check` on the pull request, found by its marker, so a
 * rerun never adds a second. Skipped with a notice outside pull requests, without a token, or
 * when the token may not write (a fork's read-only token); never fails the step.
 */
export async function stickyComment(
  check: string,
  markdown: string,
  token: string | undefined,
): Promise<void> {
  const { context } = github;
  const number = context.payload.pull_request?.number;
  if (!number) {
    info(`Not a pull request event: no ${check} comment.`);
    return;
  }
  if (!token) {
    notice(`No GitHub token: the ${check} comment is skipped.`);
    return;
  }
  const marker = commentMarker(check);
  const body = `${marker}\n${markdown}`;
  const octokit = github.getOctokit(token);
  const { owner, repo } = context.repo;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      if (existing.body !== body) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      }
      info(`Updated the ${check} comment on #${number}.`);
    } else {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      info(`Added the ${check} comment to #${number}.`);
    }
  } catch (e) {
    const status = (e as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? 'the token may not write to this pull request (a fork gets a read-only token)'
        : (e as Error).message;
    notice(`The ${check} comment was skipped: ${why}. The check result stands.`);
  }
}
