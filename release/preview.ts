import { COMMENT_LIMIT, truncateBytes } from '../report/check.js';
import { mdLine, mdText } from '../report/markdown.js';
import type { ReleasePlan } from './release.js';
import { renderSection, type SectionInput } from './render.js';

/**
 * One sentence saying what the plan releases, e.g. "1.2.0 (minor bump from v1.1.0): 7 commits,
 * 4 changes listed." or "Nothing to release: …".
 */
export function releaseHeadline(plan: ReleasePlan): string {
  const since = plan.previousStable ? `since ${plan.previousStable.name}` : 'in the whole history';
  if (!plan.release) {
    return `Nothing to release: no feat, fix, perf or breaking change ${since} (${plan.commits} commit(s)).`;
  }
  const from = plan.previousStable
    ? `${plan.bump} bump from ${plan.previousStable.name}`
    : 'first release';
  return `${plan.version} (${from}): ${plan.commits} commit(s), ${plan.changes.length} change(s) listed.`;
}

/**
 * `input` with everything a commit's author wrote made inert Markdown: subjects, headers and
 * each line of the breaking-change notes through mdLine, scopes and item ids through mdText. The
 * layout's own Markdown (headings, list entries, boardwright's links) stays.
 */
export function inertSectionInput(input: SectionInput): SectionInput {
  return {
    ...input,
    changes: input.changes.map((c) => ({
      ...c,
      subject: mdLine(c.subject),
      header: mdLine(c.header),
      ...(c.scope === undefined ? {} : { scope: mdText(c.scope) }),
      items: c.items.map(mdText),
      breakingNotes: c.breakingNotes.map((note) =>
        note
          .split(/\r\n?|\n/)
          .map((line) => mdLine(line))
          .join('\n'),
      ),
      ...(c.revert ? { revert: { ...c.revert, header: mdLine(c.revert.header) } } : {}),
    })),
  };
}

/**
 * The Markdown of a release preview for a pull request comment or a job summary: what merging
 * would release and the changelog section it would produce, rendered as the changelog renders
 * it, two heading levels down (under the preview's own heading). Commit subjects, scopes and notes are written by whoever pushed
 * them, so they are escaped like all user-written text (inertSectionInput: no HTML, link,
 * @-mention, heading or list of theirs is rendered); tag names go through mdText. Cut at a line
 * to `maxBytes` bytes of UTF-8 (default: what fits a comment), with `more` saying where the
 * rest is.
 */
export function releasePreview(
  plan: ReleasePlan,
  title = 'Release preview',
  maxBytes = COMMENT_LIMIT - 1024,
  more = 'The full section is in the step output "changelog".',
): string {
  const lines = [`### ${mdText(title)}`, ''];
  if (!plan.release) {
    lines.push(`Merging this would release nothing. ${mdText(releaseHeadline(plan))}`);
    return `${lines.join('\n')}\n`;
  }
  const section = renderSection(inertSectionInput(plan.input), plan.layout)
    .trimEnd()
    .replace(/^(#{1,4}) /gm, '##$1 ');
  lines.push(
    `Merging this would release **${mdText(plan.version)}** — ${mdText(releaseHeadline(plan))}`,
    '',
    'The changelog section it would write:',
    '',
    section,
  );
  return truncateBytes(`${lines.join('\n')}\n`, maxBytes, more);
}
