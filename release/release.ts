import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { BoundaryError, readWorkspaceFile } from '../io/boundary.js';
import { writeWorkspaceFile } from '../io/user-files.js';
import { loadWorkspace } from '../workspace.js';
import {
  type ChangelogUpdate,
  decodeChangelog,
  detectLayout,
  gitCliffHeadings,
  gitCliffOrder,
  updateChangelog,
} from './changelog.js';
import { type Change, parseChanges } from './conventional.js';
import { ReleaseError } from './errors.js';
import { createAnnotatedTag, fileStatus, readCommitDate, readCommits, tagExists } from './git.js';
import { readReleaseHistory } from './history.js';
import { type RepoLinks, repoLinks } from './remote.js';
import {
  isListed,
  type Layout,
  renderReleaseNotes,
  renderSection,
  type SectionInput,
} from './render.js';
import { parseTagPattern, type ReleaseTag, tagName } from './tags.js';
import { type Bump, nextVersion, type VersionOptions } from './version.js';

/** Options of the version and changelog flows (CLI flags and Action inputs map onto these). */
export interface ReleaseOptions extends VersionOptions {
  /** Folder git runs in; pathspecs and `file` are relative to it. */
  cwd: string;
  /** Tag naming, e.g. `v{version}` (default) or `pkg-a@{version}`; a bare prefix also works. */
  tagPattern?: string;
  /** Pathspecs: only commits touching them count (one package of a monorepo). */
  paths?: readonly string[];
  /** Allow a repository without release tags: all history is the first release. */
  firstRelease?: boolean;
  /** Changelog layout; `auto` (default) follows the existing file, else Keep a Changelog. */
  layout?: Layout | 'auto';
  /** The changelog file, relative to `cwd` (default `CHANGELOG.md`). */
  file?: string;
  /** Release date `YYYY-MM-DD`; default the committer date of HEAD (same history → same bytes). */
  date?: string;
  /** Write the Unreleased section (changes since the last release) instead of a version. */
  unreleased?: boolean;
  /** Remote whose URL gives the web links (default `origin`). */
  remote?: string;
  /** Web URL of the repository, instead of the remote's (e.g. `https://github.com/o/r`). */
  repoUrl?: string;
  /** Resolve item ids in commits against the boards of the workspace and link them. */
  linkItems?: boolean;
  /** Read the changelog file and compute its update (false for `boardwright version`). */
  changelog?: boolean;
}

/** Everything a release flow decided, before anything is written. */
export interface ReleasePlan {
  /** Absolute top level of the repository. */
  root: string;
  head: string;
  /** The release the changelog section starts from, when there is one. */
  previous?: ReleaseTag;
  /** The last stable release (the version is computed from it). */
  previousStable?: ReleaseTag;
  version: string;
  /** The new release's tag name (`v1.2.0`). */
  tag: string;
  bump: Bump;
  level: Bump;
  /** True when there is something to release. */
  release: boolean;
  reasons: string[];
  date: string;
  layout: Layout;
  /** Commits read for the version (the range since the last stable release), merges excluded. */
  commits: number;
  /** Conventional changes since the last stable release (decide the version). */
  allChanges: Change[];
  /** Changes the section lists (since `previous`), in history order. */
  changes: Change[];
  /** Commits in the section's range that are not conventional commits. */
  nonConventional: number;
  /** The changelog section (version, or Unreleased with `unreleased`). */
  section: string;
  /** The section as a GitHub Release body. */
  releaseNotes: string;
  /** Board item ids the changes name, sorted. */
  items: string[];
  links?: RepoLinks;
  /** Absolute path of the changelog file. */
  file: string;
  /** The changelog update `--write` would make (when `changelog` was asked for). */
  update?: ChangelogUpdate;
  /** Findings that do not stop the flow (unknown item ids, hand-written Unreleased entries). */
  diagnostics: Diagnostic[];
  /** The section input, for callers that render more (e.g. the PR comment). */
  input: SectionInput;
}

/**
 * Plans a release from git history: reads the repository (not shallow), the release tags
 * reachable from HEAD, the commits since the last release (merge commits left out, limited to
 * `paths`), their conventional changes, the next version, the section in `layout`, the release
 * notes and — with `changelog` — the update of the changelog file. Writes nothing.
 *
 * Throws ReleaseError (exit code 2) for: not a repository, no commits, a shallow clone, no
 * release tag (unless `firstRelease` or `releaseAs`), a release-looking tag that is not semver
 * and is newer than the last release, a commit message that is not UTF-8, a bad option, and
 * with `changelog` a changelog file that is not UTF-8 or has conflict markers.
 */
export async function planRelease(options: ReleaseOptions): Promise<ReleasePlan> {
  const cwd = resolve(options.cwd);
  const pattern = parseTagPattern(options.tagPattern);
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new ReleaseError(
      'bad-option',
      `--date "${options.date}" is not a date in YYYY-MM-DD form.`,
    );
  }
  const paths = options.paths?.length ? options.paths : undefined;
  const history = await readReleaseHistory(cwd, {
    pattern,
    ...(paths ? { paths } : {}),
    allowNoTag: Boolean(options.firstRelease) || options.releaseAs !== undefined,
    ...(options.remote ? { remote: options.remote } : {}),
    ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
  });
  const date = options.date ?? history.headDate ?? (await readCommitDate(cwd));
  const { stable, latest, remoteUrl } = history;
  const all = history.parsed;
  const plan = nextVersion({
    ...(stable ? { previous: stable.version } : {}),
    changes: all.changes,
    prereleases: history.prereleases,
    options,
  });

  // A prerelease's section covers what came since the latest tag (an earlier prerelease);
  // a stable release's covers everything since the last stable release.
  let previous = stable;
  let section = all;
  if (options.prerelease !== undefined && latest && latest !== stable) {
    previous = latest;
    section = parseChanges(
      await readCommits(cwd, { from: latest.name, ...(paths ? { paths } : {}), merges: true }),
    );
  }

  const file = resolve(cwd, options.file ?? 'CHANGELOG.md');
  const existingText = options.changelog ? readChangelog(file, cwd) : undefined;
  const layoutText = existingText ?? peekChangelog(file, cwd);
  const layout = resolveLayout(options.layout, layoutText);
  const links = repoLinks(remoteUrl);
  const diagnostics: Diagnostic[] = [];
  const items = [...new Set(section.changes.flatMap((c) => c.items))].sort();
  const itemLinks = options.linkItems
    ? linkItems(cwd, file, items, section.changes, diagnostics)
    : undefined;
  const tag = tagName(pattern, plan.version);
  const input: SectionInput = {
    ...(options.unreleased ? {} : { version: plan.version }),
    date: date.slice(0, 10),
    tag: options.unreleased ? 'HEAD' : tag,
    ...(previous ? { previousTag: previous.name } : {}),
    changes: section.changes.filter((c) => isListed(c, layout)),
    ...(links ? { links } : {}),
    ...(itemLinks ? { itemLinks } : {}),
    ...(layout === 'git-cliff' && layoutText
      ? { groupHeadings: gitCliffHeadings(layoutText), groupOrder: gitCliffOrder(layoutText) }
      : {}),
  };

  const result: ReleasePlan = {
    root: history.root,
    head: history.head,
    ...(previous ? { previous } : {}),
    ...(stable ? { previousStable: stable } : {}),
    version: plan.version,
    tag,
    bump: plan.bump,
    level: plan.level,
    release: plan.release,
    reasons: plan.reasons,
    date: input.date,
    layout,
    commits: history.commits,
    allChanges: all.changes,
    changes: [...input.changes],
    nonConventional: section.nonConventional.length,
    // Nothing to release: no section to show (an Unreleased section is still rendered).
    section: plan.release || options.unreleased ? renderSection(input, layout) : '',
    releaseNotes: plan.release || options.unreleased ? renderReleaseNotes(input, layout) : '',
    items,
    ...(links ? { links } : {}),
    file,
    diagnostics,
    input,
  };
  if (options.changelog && (plan.release || options.unreleased)) {
    result.update = updateChangelog(existingText, input, layout);
    for (const notice of result.update.notices) {
      diagnostics.push({
        rule: 'changelog-unreleased-kept',
        severity: 'info',
        message: notice,
        path: relativePath(cwd, file),
        line: 1,
        column: 1,
      });
    }
  }
  return result;
}

/**
 * Writes the planned changelog update atomically (temporary file, then rename: a reader never
 * sees half a file, a failure leaves the old one). Writes nothing when the text is unchanged or
 * there is nothing to release. The file must lie inside `cwd`, the workspace; a symbolic link
 * is written through only to a file inside it (io/user-files.ts), else ReleaseError `bad-option`.
 * Returns whether it was written.
 */
export function writeChangelog(plan: ReleasePlan, cwd: string): boolean {
  if (!plan.update?.changed) return false;
  try {
    // io/user-files.ts: inside the workspace only, and one policy for symbolic links.
    writeWorkspaceFile(resolve(cwd), plan.file, plan.update.text);
  } catch (e) {
    if (e instanceof BoundaryError)
      throw new ReleaseError('bad-option', `${e.message} Nothing was written.`);
    throw e;
  }
  return true;
}

/**
 * Creates the release's annotated tag on HEAD with the release notes as its message. Refuses
 * (`changelog-uncommitted`) while the changelog has uncommitted changes — the tag would not
 * contain them — and (`tag-exists`) when the tag exists.
 */
export async function tagRelease(plan: ReleasePlan, cwd: string): Promise<void> {
  if (existsSync(plan.file)) {
    const status = await fileStatus(resolve(cwd), plan.file);
    if (status) {
      throw new ReleaseError(
        'changelog-uncommitted',
        `${relativePath(cwd, plan.file)} has uncommitted changes, which the tag ${plan.tag} would not contain. Commit it, then run again with --tag. Nothing was tagged.`,
        relativePath(cwd, plan.file),
      );
    }
  }
  if (await tagExists(resolve(cwd), plan.tag)) {
    throw new ReleaseError('tag-exists', `Tag ${plan.tag} already exists; nothing was tagged.`);
  }
  await createAnnotatedTag(resolve(cwd), plan.tag, `${plan.tag}\n\n${plan.releaseNotes}`);
}

/**
 * The changelog's text, read under the workspace boundary (io/boundary.ts): never through a
 * symbolic link that leads out of `cwd` (ReleaseError `bad-option`). Undefined when missing.
 */
function readChangelog(file: string, cwd: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readWorkspaceFile(resolve(cwd), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ReleaseError(
      'bad-option',
      e instanceof BoundaryError
        ? `${e.message} Nothing was read or written.`
        : `Cannot read ${relativePath(cwd, file)}: ${(e as Error).message}`,
    );
  }
  return decodeChangelog(bytes, relativePath(cwd, file));
}

/** The changelog text for layout detection only (inside the workspace only); never throws. */
function peekChangelog(file: string, cwd: string): string | undefined {
  try {
    return readWorkspaceFile(resolve(cwd), file).toString('utf8');
  } catch {
    return undefined;
  }
}

function resolveLayout(layout: ReleaseOptions['layout'], text: string | undefined): Layout {
  if (layout && layout !== 'auto') return layout;
  return (text && detectLayout(text)) || 'keep-a-changelog';
}

function linkItems(
  cwd: string,
  file: string,
  items: readonly string[],
  changes: readonly Change[],
  diagnostics: Diagnostic[],
): Map<string, string> {
  const links = new Map<string, string>();
  if (!items.length) return links;
  const { workspace } = loadWorkspace({ root: cwd });
  const where = new Map<string, { path: string; line: number }>();
  const boards = [...workspace.boards].sort((a, b) => a.path.localeCompare(b.path));
  for (const board of boards) {
    for (const item of board.items) {
      if (!item.generatedId && !where.has(item.id))
        where.set(item.id, { path: board.path, line: item.position.line });
    }
  }
  for (const id of items) {
    const found = where.get(id);
    if (found) {
      links.set(id, relative(dirname(file), resolve(cwd, found.path)).split(sep).join('/'));
      continue;
    }
    const change = changes.find((c) => c.items.includes(id))!;
    diagnostics.push({
      rule: 'unknown-item',
      severity: 'warning',
      message: `Commit ${change.hash.slice(0, 7)} ("${change.header}") names item ${id}, which no board in the workspace has.`,
      path: '',
      line: 0,
      column: 0,
    });
  }
  return links;
}

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

function relativePath(cwd: string, file: string): string {
  return relative(resolve(cwd), file).split(sep).join('/') || file;
}
