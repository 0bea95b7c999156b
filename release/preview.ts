import { mdFence, mdText } from '../report/markdown.js';
import type { ReleasePlan } from './release.js';

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
 * The Markdown of a pull request's release preview: what merging it would release and the
 * changelog section it would produce. Commit subjects and bodies are written by whoever pushed
 * them, so the section is shown verbatim in a fenced block (no HTML, link or @-mention in it is
 * rendered) and tag names go through mdText.
 */
export function releasePreview(plan: ReleasePlan, title = 'Release preview'): string {
  const lines = [`### ${mdText(title)}`, ''];
  if (!plan.release) {
    lines.push(`Merging this would release nothing. ${mdText(releaseHeadline(plan))}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Merging this would release **${mdText(plan.version)}** — ${mdText(releaseHeadline(plan))}`,
    '',
    'The changelog section it would write:',
    '',
    mdFence(plan.section.trimEnd(), 'markdown'),
  );
  return `${lines.join('\n')}\n`;
}
