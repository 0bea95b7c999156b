import semver from 'semver';
import { ReleaseError } from './errors.js';
import { hasControlCharacter, type TagRef } from './git.js';

/**
 * How release tags are named: text around a `{version}` placeholder, e.g. `v{version}` (the
 * default), `{version}`, or per package in a monorepo `pkg-a@{version}`, `@scope/b@v{version}`.
 */
export interface TagPattern {
  prefix: string;
  suffix: string;
  /** The pattern as given. */
  source: string;
}

/** The default tag pattern: `v1.2.3`. */
export const DEFAULT_TAG_PATTERN = 'v{version}';

/**
 * Parses a tag pattern. A pattern without `{version}` is read as a prefix (`v` → `v{version}`).
 * Throws `bad-option` for a pattern with more than one placeholder, one starting with `-` (git
 * would read the tag names as options) or characters git forbids in tag names (space, control
 * characters, `~ ^ : ? * [ \`).
 */
export function parseTagPattern(pattern: string = DEFAULT_TAG_PATTERN): TagPattern {
  const source = pattern.includes('{version}') ? pattern : `${pattern}{version}`;
  const parts = source.split('{version}');
  if (parts.length !== 2) {
    throw new ReleaseError('bad-option', `Tag pattern "${pattern}" must contain {version} once.`);
  }
  if (source.startsWith('-')) {
    throw new ReleaseError(
      'bad-option',
      `Tag pattern "${pattern}" gives tag names starting with "-", which git would read as options.`,
    );
  }
  const fixed = source.replace('{version}', '');
  if (/[\s~^:?*[\\]/.test(fixed) || hasControlCharacter(fixed)) {
    throw new ReleaseError(
      'bad-option',
      `Tag pattern "${pattern}" has characters git does not allow in tag names.`,
    );
  }
  return { prefix: parts[0]!, suffix: parts[1]!, source };
}

/** The tag name of `version` under `pattern` (`1.2.0` → `v1.2.0`). */
export function tagName(pattern: TagPattern, version: string): string {
  return `${pattern.prefix}${version}${pattern.suffix}`;
}

/** A tag that names a release: its semantic version and commit. */
export interface ReleaseTag {
  name: string;
  /** The semantic version (SemVer 2.0.0), without prefix or suffix. */
  version: string;
  commit: string;
  prerelease: boolean;
}

/** Release tags among `refs`, and tags that look like release tags but are not semver. */
export interface ClassifiedTags {
  /** Sorted newest version first. */
  releases: ReleaseTag[];
  /** Tags with the pattern's prefix and suffix and a number where the version goes, e.g. `v1.2`. */
  malformed: TagRef[];
  /** Every other tag (other prefixes, other packages, `nightly`). */
  other: TagRef[];
}

/**
 * Sorts tags into releases of `pattern` (the part in place of `{version}` is a valid SemVer
 * 2.0.0 version, exactly — no leading `v`, no leading zeros), malformed release tags and others.
 */
export function classifyTags(refs: readonly TagRef[], pattern: TagPattern): ClassifiedTags {
  const releases: ReleaseTag[] = [];
  const malformed: TagRef[] = [];
  const other: TagRef[] = [];
  for (const ref of refs) {
    const { name } = ref;
    if (
      !name.startsWith(pattern.prefix) ||
      !name.endsWith(pattern.suffix) ||
      name.length < pattern.prefix.length + pattern.suffix.length + 1
    ) {
      other.push(ref);
      continue;
    }
    const version = name.slice(pattern.prefix.length, name.length - pattern.suffix.length);
    if (semver.valid(version) === version) {
      releases.push({
        name,
        version,
        commit: ref.commit,
        prerelease: semver.prerelease(version) !== null,
      });
    } else if (/^v?\d/.test(version) && !(pattern.prefix === '' && version.startsWith('v'))) {
      malformed.push(ref);
    } else {
      other.push(ref);
    }
  }
  releases.sort((a, b) => semver.rcompare(a.version, b.version) || a.name.localeCompare(b.name));
  return { releases, malformed, other };
}
