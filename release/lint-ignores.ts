import semver from 'semver';

const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** Any line starting a merge (is-ignored's first two patterns have the `m` flag). */
const MERGE_LINE = /^Merge (?:pull request|branch |tag )|^Merge [^\n\r\u2028\u2029]*? into /m;

/**
 * commitlint's default ignores (@commitlint/is-ignored 20), without backtracking: a commit they
 * match passes without being checked. Returns what it is, or undefined.
 *
 * - a line of the message that starts a merge: `Merge pull request…`, `Merge branch …`,
 *   `Merge <a> into <b>`, `Merge tag …` (those patterns use the `m` flag);
 * - a message starting with `Revert ` / `revert ` (GitHub's `Revert "…" (#N)` too),
 *   `Reapply `, `amend!`, `fixup!`, `squash!`, `Merged … in(to) …`, `Merged PR …: …`,
 *   `Merge remote-tracking branch`, `Automatic merge`, `Auto-merged … into …`;
 * - a first line that is a version once `chore(…):` and `[skip ci]` are taken off
 *   (`chore(release): 1.4.0 [skip ci]`, `v2.0.0`).
 */
export function ignoredBy(message: string): string | undefined {
  if (MERGE_LINE.test(message)) return 'a merge commit';
  if (/^[Rr]evert /.test(message)) return 'a revert';
  if (/^[Rr]eapply /.test(message)) return 'a reapplied commit';
  if (/^(?:amend|fixup|squash)!/.test(message)) return 'an amend!, fixup! or squash! commit';
  if (isVersionOnly(message)) return 'a version-only release commit';
  const firstBreak = message.search(LINE_BREAK);
  const first = firstBreak < 0 ? message : message.slice(0, firstBreak);
  if (first.startsWith('Merged ')) {
    if (/(?:in|into) /.test(first.slice(7))) return 'a merge commit';
    if (first.startsWith('Merged PR ') && first.indexOf(': ', 10) >= 0) return 'a merge commit';
  }
  if (message.startsWith('Merge remote-tracking branch')) return 'a merge commit';
  if (message.startsWith('Automatic merge')) return 'a merge commit';
  if (message.startsWith('Auto-merged ') && first.indexOf(' into ', 12) >= 0)
    return 'a merge commit';
  return undefined;
}

function isVersionOnly(message: string): boolean {
  const nl = message.indexOf('\n');
  const first = nl < 0 ? message : message.slice(0, nl);
  const stripped = first
    .replace(/^chore(\([^)]+\))?:/, '')
    .replace(/\[(skip|ci)(-|\s)(ci|skip)\]/i, '')
    .replace(/\((skip|ci)(-|\s)(ci|skip)\)/i, '')
    .trim();
  return semver.valid(stripped) !== null;
}
