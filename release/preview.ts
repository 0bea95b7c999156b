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
 * changelog section it would produce (its heading demoted one level, to sit under the preview's
 * own heading).
 */
export function releasePreview(plan: ReleasePlan, title = 'Release preview'): string {
  const lines = [`### ${title}`, ''];
  if (!plan.release) {
    lines.push(`Merging this would release nothing. ${releaseHeadline(plan)}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Merging this would release **${plan.version}** — ${releaseHeadline(plan)}`, '');
  lines.push(plan.section.replace(/^(#{2,5}) /gm, '#$1 ').trimEnd());
  return `${lines.join('\n')}\n`;
}
