import semver from 'semver';
import { ChangeCollector, type ParsedHistory } from './conventional.js';
import { ReleaseError } from './errors.js';
import {
  isAncestor,
  readRemoteUrl,
  readRepoState,
  readTags,
  type RawCommit,
  streamCommits,
  type TagRef,
} from './git.js';
import { classifyTags, type ReleaseTag, type TagPattern } from './tags.js';

/** What to read: the tag pattern, path filters and how a missing release tag is treated. */
export interface HistoryOptions {
  pattern: TagPattern;
  paths?: readonly string[];
  /** A repository without release tags is fine: all history is read. */
  allowNoTag?: boolean;
  remote?: string;
  /** Use this web URL instead of the remote's. */
  repoUrl?: string;
}

/** The releases HEAD builds on and the changes since the last stable one. */
export interface ReleaseHistory {
  root: string;
  head: string;
  /** Highest stable release tag reachable from HEAD. */
  stable?: ReleaseTag;
  /** Highest release tag of any kind (stable or prerelease) reachable from HEAD. */
  latest?: ReleaseTag;
  /** Versions of every prerelease tag of the pattern: a new one must not reuse a name. */
  prereleases: string[];
  /** Commits since `stable` (merges not counted). */
  commits: number;
  /** Their conventional changes. */
  parsed: ParsedHistory;
  /** HEAD's committer date when HEAD was among the commits read (saves asking git again). */
  headDate?: string;
  remoteUrl?: string;
}

/**
 * Reads the release tags and the commits since the last stable release, parsing commits while
 * git writes them. Throws ReleaseError for an unusable repository (see readRepoState), no
 * release tag reachable from HEAD (`no-release-tag`, unless `allowNoTag`), and a tag that
 * looks like a release of the pattern but is not semver and is newer than the last release
 * (`non-semver-tag`).
 *
 * Which tags HEAD reaches takes a walk through history as long as the log's own. So the range
 * from the highest stable tag is read at once, merge commits included: a commit in it whose
 * parent is that tag proves the tag is an ancestor of HEAD, and the tags on the commits of the
 * range are exactly the tags newer than it. Only when that cannot be proven (the tag is on
 * another branch, or path filters hide the commit) are the reachable tags asked of git and the
 * range read again.
 */
export async function readReleaseHistory(
  cwd: string,
  options: HistoryOptions,
): Promise<ReleaseHistory> {
  const [stateRun, everyRun, remoteRun] = await Promise.allSettled([
    readRepoState(cwd),
    readTags(cwd, null),
    options.repoUrl ? Promise.resolve(options.repoUrl) : readRemoteUrl(cwd, options.remote),
  ]);
  // The repository check decides which error is reported first.
  const state = settled(stateRun);
  const remoteUrl = settled(remoteRun);
  const every = settled(everyRun);
  const all = classifyTags(every, options.pattern);
  const base = {
    root: state.root,
    head: state.head,
    prereleases: all.releases.filter((t) => t.prerelease).map((t) => t.version),
    ...(remoteUrl ? { remoteUrl } : {}),
  };
  const guess = all.releases.find((t) => !t.prerelease);
  const paths = options.paths?.length ? options.paths : undefined;

  if (guess && !paths) {
    const tagsAt = new Map<string, TagRef[]>();
    for (const ref of every) tagsAt.set(ref.commit, [...(tagsAt.get(ref.commit) ?? []), ref]);
    const newer: TagRef[] = [];
    let proven = guess.commit === state.head;
    const read = await readRange(cwd, guess, undefined, state.head, (c) => {
      if (!proven && c.parents.includes(guess.commit)) proven = true;
      const at = tagsAt.get(c.hash);
      if (at) newer.push(...at);
    });
    if (proven) {
      const inRange = classifyTags(newer, options.pattern);
      const malformed = inRange.malformed[0];
      if (malformed) throw nonSemverTag(malformed, guess, options.pattern.source);
      const top = inRange.releases[0];
      const latest = top && semver.gt(top.version, guess.version) ? top : guess;
      return { ...base, stable: guess, latest, ...read };
    }
  }

  // The slow way: ask git which tags HEAD reaches, then read the range of the right one.
  const reachable = await readTags(cwd);
  const tags = classifyTags(reachable, options.pattern);
  const stable = tags.releases.find((t) => !t.prerelease);
  const latest = tags.releases[0];
  for (const tag of tags.malformed) {
    // An old malformed tag below the last release does no harm; a newer one would be skipped.
    if (latest && (await isAncestor(cwd, tag.commit, latest.commit))) continue;
    throw nonSemverTag(tag, latest, options.pattern.source);
  }
  if (!latest && !options.allowNoTag) {
    throw noReleaseTag(
      options.pattern.source,
      reachable.map((r) => r.name),
    );
  }
  const read = await readRange(cwd, stable, paths, state.head);
  return {
    ...base,
    ...(stable ? { stable } : {}),
    ...(latest ? { latest } : {}),
    ...read,
  };
}

/**
 * Commits since `from` (all history without it), parsed as they arrive. Merge commits are read
 * too, as commit-analyzer reads them (their header is rarely conventional, but a footer can
 * make one breaking); `commits` counts the others.
 */
async function readRange(
  cwd: string,
  from: ReleaseTag | undefined,
  paths: readonly string[] | undefined,
  head: string,
  onEvery?: (commit: RawCommit) => void,
): Promise<{ commits: number; parsed: ParsedHistory; headDate?: string }> {
  const collector = new ChangeCollector();
  let commits = 0;
  let headDate: string | undefined;
  await streamCommits(
    cwd,
    { ...(from ? { from: from.name } : {}), ...(paths ? { paths } : {}), merges: true },
    (c) => {
      onEvery?.(c);
      if (c.hash === head) headDate = c.date;
      if (c.parents.length < 2) commits++;
      collector.add(c);
    },
  );
  return { commits, parsed: collector.result(), ...(headDate ? { headDate } : {}) };
}

function nonSemverTag(tag: TagRef, latest: ReleaseTag | undefined, pattern: string): ReleaseError {
  return new ReleaseError(
    'non-semver-tag',
    `Tag "${tag.name}" (${tag.commit.slice(0, 7)}) looks like a release tag of "${pattern}" but is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)${latest ? `, and it is newer than the last release ${latest.name}` : ''}. Re-tag it with a full version (git tag -a <fixed-name> ${tag.name}^{} and git tag -d ${tag.name}), or choose a tag pattern that does not match it.`,
  );
}

function noReleaseTag(pattern: string, names: readonly string[]): ReleaseError {
  const seen = names.length
    ? ` Tags reachable from HEAD: ${names.slice(0, 5).join(', ')}${names.length > 5 ? `, … (${names.length})` : ''}.`
    : ' No tag is reachable from HEAD.';
  return new ReleaseError(
    'no-release-tag',
    `No release tag matching "${pattern}" is reachable from HEAD, so the last release is unknown.${seen} Tag the last release (git tag -a v1.0.0 <commit>), fetch tags (git fetch --tags), set the tag pattern, or pass --first-release to treat the whole history as the first release.`,
  );
}

function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}
