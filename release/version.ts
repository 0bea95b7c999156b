import semver from 'semver';
import type { Change } from './conventional.js';
import { ReleaseError } from './errors.js';

/** A release level. `none`: nothing since the last release warrants one. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/**
 * The level one change asks for (Conventional Commits 1.0.0 with SemVer 2.0.0, and
 * commit-analyzer's default release rules): breaking → major, a revert of a commit from an
 * earlier release → patch, `feat` → minor, `fix` and `perf` → patch, anything else → none. A
 * revert whose commit is in the same range cancels it: neither asks for anything.
 */
export function bumpOf(change: Change): Bump {
  if (change.revert?.paired) return 'none';
  if (change.breaking) return 'major';
  if (change.revert) return 'patch';
  if (change.type === 'feat') return 'minor';
  if (change.type === 'fix' || change.type === 'perf') return 'patch';
  return 'none';
}

/** Options that change how the next version is chosen. */
export interface VersionOptions {
  /** Make a prerelease with this identifier: `rc` → `1.2.0-rc.0`, then `-rc.1`, … */
  prerelease?: string;
  /** Use this version instead of the computed one (must be valid SemVer, above the last). */
  releaseAs?: string;
  /** While the major version is 0, a breaking change bumps the minor version (0.3.1 → 0.4.0). */
  bumpMinorPreMajor?: boolean;
}

/** The next version and how it was reached. */
export interface VersionPlan {
  /** The version to release; equal to `previous` when `bump` is none and nothing is forced. */
  version: string;
  /** The level applied to the previous version (after the 0.x rule). */
  bump: Bump;
  /** The highest level the changes ask for, before the 0.x rule. */
  level: Bump;
  /** True when there is something to release (a bump, a forced version or a first release). */
  release: boolean;
  /** One sentence per decision, for `boardwright version` and the job summary. */
  reasons: string[];
}

/**
 * Computes the next version from the last stable release and the changes since it.
 *
 * - `previous` absent (a first release): `releaseAs`, else 1.0.0 (or 1.0.0-<id>.0).
 * - Otherwise the highest {@link bumpOf} level is applied with `semver.inc`; with
 *   `bumpMinorPreMajor` and a 0.x version a breaking change bumps the minor.
 * - `prerelease`: the stable target gets `-<id>.N`, N one above the highest reachable
 *   prerelease with the same id and version core (`prereleases`), else 0. A prerelease already
 *   past the target (2.0.0-rc.1 while the changes ask only for 1.1.0) is continued.
 * - `releaseAs` wins over all of it; it must be valid SemVer and above `previous`.
 *
 * Throws ReleaseError `bad-option` for an invalid `releaseAs` or prerelease identifier.
 */
export function nextVersion(input: {
  previous?: string;
  changes: readonly Change[];
  prereleases?: readonly string[];
  options?: VersionOptions;
}): VersionPlan {
  const { previous, changes, prereleases = [], options = {} } = input;
  // One pass: the highest level asked for, and how many changes ask for each.
  const n: Record<Bump, number> = { major: 0, minor: 0, patch: 0, none: 0 };
  for (const c of changes) n[bumpOf(c)]++;
  const level: Bump = n.major ? 'major' : n.minor ? 'minor' : n.patch ? 'patch' : 'none';
  const reasons: string[] = [];
  const id = options.prerelease;
  if (id !== undefined && !/^[0-9A-Za-z-]+$/.test(id)) {
    throw new ReleaseError(
      'bad-option',
      `Prerelease identifier "${id}" must be letters, digits and hyphens (e.g. rc, beta).`,
    );
  }

  if (options.releaseAs !== undefined) {
    const forced = options.releaseAs.replace(/^v(?=\d)/, '');
    if (semver.valid(forced) !== forced) {
      throw new ReleaseError(
        'bad-option',
        `--release-as "${options.releaseAs}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 2.0.0).`,
      );
    }
    if (previous && !semver.gt(forced, previous)) {
      throw new ReleaseError(
        'bad-option',
        `--release-as ${forced} is not above the last release ${previous}.`,
      );
    }
    reasons.push(`Version ${forced} was given with --release-as.`);
    return { version: forced, bump: diffBump(previous, forced), level, release: true, reasons };
  }

  if (!previous) {
    // Before the first stable release, prereleases of it may already exist: continue them.
    const line = id ? highestPrerelease(prereleases, id, '0.0.0') : undefined;
    const version =
      line && id ? semver.inc(line, 'prerelease', id)! : id ? `1.0.0-${id}.0` : '1.0.0';
    reasons.push(
      line
        ? `No stable release yet; prerelease ${line} exists, so the next is ${version}.`
        : `First release: no earlier release tag, so ${version}.`,
    );
    return { version, bump: 'major', level, release: true, reasons };
  }

  if (level === 'none') {
    reasons.push(`No feat, fix, perf or breaking change since ${previous}: nothing to release.`);
    return { version: previous, bump: 'none', level, release: false, reasons };
  }

  let bump: Bump = level;
  if (level === 'major' && semver.major(previous) === 0 && options.bumpMinorPreMajor) {
    bump = 'minor';
    reasons.push('A breaking change bumps the minor version while the major version is 0.');
  }
  const target = semver.inc(previous, bump)!;
  const reverts = changes.filter((c) => c.revert && bumpOf(c) === 'patch').length;
  const counts = describeCounts(n, reverts);
  reasons.push(`${capital(bump)} bump from ${previous}: ${counts}.`);
  if (!id) return { version: target, bump, level, release: true, reasons };

  // Continue the highest prerelease of this id at or above the target; else start at .0.
  const line = highestPrerelease(prereleases, id, target);
  const version = line ? semver.inc(line, 'prerelease', id)! : `${target}-${id}.0`;
  reasons.push(
    line ? `Prerelease ${line} exists, so the next is ${version}.` : `First ${id} of ${target}.`,
  );
  return { version, bump, level, release: true, reasons };
}

/** The highest prerelease `<core>-<id>.N` whose core is at least `atLeast`. */
function highestPrerelease(
  prereleases: readonly string[],
  id: string,
  atLeast: string,
): string | undefined {
  return prereleases
    .filter((v) => semver.prerelease(v)?.[0] === id && semver.gte(coreOf(v), atLeast))
    .sort(semver.rcompare)[0];
}

function coreOf(version: string): string {
  const v = semver.parse(version)!;
  return `${v.major}.${v.minor}.${v.patch}`;
}

function diffBump(previous: string | undefined, next: string): Bump {
  if (!previous) return 'major';
  const d = semver.diff(previous, next);
  if (d === 'major' || d === 'premajor') return 'major';
  if (d === 'minor' || d === 'preminor') return 'minor';
  return 'patch';
}

function describeCounts(n: Record<Bump, number>, reverts: number): string {
  const parts: string[] = [];
  if (n.major) parts.push(`${n.major} breaking change(s)`);
  if (n.minor) parts.push(`${n.minor} feature(s)`);
  const fixes = n.patch - reverts;
  if (fixes) parts.push(`${fixes} fix(es)/performance change(s)`);
  if (reverts) parts.push(`${reverts} revert(s) of earlier changes`);
  return parts.join(', ');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
