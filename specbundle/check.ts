import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { compareDiagnostics } from '../checks/rule.js';
import type { Diagnostic, Severity } from '../model/types.js';
import { checkBundle } from './bundle.js';
import { changedFiles } from './changed.js';
import { mergeLintSettings } from './checks/lint.js';
import {
  findBundles,
  globBase,
  hasSharedFiles,
  innerBundles,
  isInside,
  matchFiles,
  selectByPaths,
} from './discover.js';
import { loadProfiles, type ProfileRegistry } from './registry.js';
import { MESSAGES } from './rules.js';
import type { Bundle, BundleResult, LintSettings, SpecBundleResult, SpecProfile } from './types.js';

/** What `checkSpecBundles` is asked to do. Every field but `root` is optional. */
export interface SpecBundleOptions {
  /** Workspace root: config, profile files, globs and paths are relative to it. */
  root: string;
  /** Bundle folders (or folders holding bundles, or files of a bundle) to check; default all. */
  paths?: string[];
  /** Profile ids; default the config's specBundle.profiles, else every profile found. */
  profiles?: string[];
  /** JSON files with custom profiles (one profile or an array), relative to root. */
  profileFiles?: string[];
  /** Config file relative to root; default boardwright.config.{yaml,yml,json}. */
  configPath?: string;
  /** Check only the bundles with files changed since `base` (git, see changed.ts). */
  changedOnly?: boolean;
  /** Revision to diff against with changedOnly: a branch, tag or commit. */
  base?: string;
  /** Lint settings layered over the profile's and the config's (CLI --no-lint, --lint-off). */
  lint?: LintSettings;
  /** Lowest severity that fails; default the config's specBundle.failOn, else error. */
  failOn?: Severity;
  /** Environment read for a layout's current folder (SPECIFY_FEATURE_DIRECTORY); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function fatal(rule: string, message: string, path: string): Diagnostic {
  return { rule, severity: 'error', message, path, line: 1, column: 1, fatal: true };
}

/** An error about the repository as a whole or a folder: line 1, column 1. */
function finding(rule: string, message: string, path: string): Diagnostic {
  return { rule, severity: 'error', message, path, line: 1, column: 1 };
}

/** `p` relative to root with `/` separators; undefined when it lies outside root. */
function workspacePath(root: string, p: string): string | undefined {
  const rel = relative(root, resolve(root, p));
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** Profiles that have a bundle holding one of their files, or a shared file, under root. */
function detectProfiles(
  root: string,
  registry: Map<string, SpecProfile>,
  env: SpecBundleOptions['env'],
): SpecProfile[] {
  return [...registry.values()].filter(
    (profile) =>
      hasSharedFiles(root, profile) ||
      findBundles(root, profile, env).some((b) =>
        (b.layout?.files ?? []).some((f) => matchFiles(root, b.dir, f).length > 0),
      ),
  );
}

/** Where a profile expects its bundles, for messages: "spec/<name>/ (spec/*)". */
function expectedWhere(profile: SpecProfile): string {
  return profile.bundles
    .map((l) => {
      if (l.marker) return `${l.glob}/${l.marker}`;
      const required = l.files.filter((f) => f.required !== false).map((f) => f.path);
      return required.length ? `${l.glob}/ with ${required.join(', ')}` : `${l.glob}/`;
    })
    .join('; or ');
}

function unusable(
  diagnostics: Diagnostic[],
  failOn: Severity,
  profiles: string[] = [],
): SpecBundleResult {
  return {
    profiles,
    bundles: [],
    diagnostics: diagnostics.sort(compareDiagnostics),
    unusable: true,
    failOn,
    passed: false,
  };
}

/**
 * The profiles to apply: named in the options, else in the config, else those of the profile
 * files given in the options, else every profile with a bundle under root. An unknown id is a
 * fatal `unknown-profile`; finding none at all (when not changed-only) is a `no-bundle` error.
 */
function selectProfiles(
  root: string,
  options: SpecBundleOptions,
  loaded: ProfileRegistry,
): { profiles: SpecProfile[]; diagnostics: Diagnostic[] } {
  const { settings, registry, fromFiles } = loaded;
  const named = [options.profiles, settings.profiles, fromFiles].find((ids) => ids?.length);
  if (named) {
    const known = [...registry.keys()];
    const unknown = named.filter((id) => !registry.has(id));
    return {
      profiles: unknown.length
        ? []
        : [...new Set(named)].map((id) => registry.get(id) as SpecProfile),
      diagnostics: unknown.map((id) =>
        fatal('unknown-profile', MESSAGES.unknownProfile(id, known), '.'),
      ),
    };
  }
  const profiles = detectProfiles(root, registry, options.env);
  if (profiles.length || options.changedOnly) return { profiles, diagnostics: [] };
  const expected = [...registry.values()].map(
    (p) =>
      `${p.id}: ${p.bundles.map((l) => (l.marker ? `${l.glob}/${l.marker}` : l.glob)).join(', ')}`,
  );
  return {
    profiles,
    diagnostics: [finding('no-bundle', MESSAGES.noProfileDetected(expected.join('; ')), '.')],
  };
}

/**
 * The bundles of `profiles`, narrowed to those the paths select. A path that does not exist (or
 * lies outside root) is a fatal `missing-path`; one that selects no bundle, or a profile without
 * any bundle when no path is given (and not changed-only), is a `no-bundle` error.
 */
function selectBundles(
  root: string,
  options: SpecBundleOptions,
  profiles: readonly SpecProfile[],
): { bundles: Bundle[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  for (const p of options.paths ?? []) {
    const rel = workspacePath(root, p);
    if (rel === undefined || !existsSync(join(root, rel))) {
      diagnostics.push(fatal('missing-path', MESSAGES.missingPath(p), p));
    } else paths.push(rel);
  }
  const all = profiles.flatMap((p) => findBundles(root, p, options.env));
  if (paths.length) {
    const { selected, unmatched } = selectByPaths(all, paths);
    const ids = profiles.map((p) => p.id);
    for (const p of unmatched)
      diagnostics.push(finding('no-bundle', MESSAGES.noBundleAt(p, ids), p));
    return { bundles: selected, diagnostics };
  }
  if (!options.changedOnly) {
    for (const profile of profiles) {
      if (all.some((b) => b.profile === profile)) continue;
      const where = globBase(profile.bundles[0]?.glob ?? '.');
      diagnostics.push(
        finding('no-bundle', MESSAGES.noBundle(profile.id, expectedWhere(profile)), where),
      );
    }
  }
  return { bundles: all, diagnostics };
}

/**
 * The bundles to check with their profiles' shared files: with changed-only, only bundles with a
 * changed file; a profile's shared files (a pseudo-bundle at `.`) come with any of its bundles,
 * or on their own when one of them changed.
 */
function withChanges(
  root: string,
  options: SpecBundleOptions,
  profiles: readonly SpecProfile[],
  bundles: Bundle[],
): { bundles: Bundle[]; changed?: SpecBundleResult['changed'] } | { diagnostic: Diagnostic } {
  let changed: SpecBundleResult['changed'];
  let sharedChanged = (_p: SpecProfile): boolean => false;
  if (options.changedOnly) {
    const diff = changedFiles(root, options.base ?? '');
    if ('diagnostic' in diff) return diff;
    const touched = bundles.filter((b) => diff.files.some((f) => isInside(f, b.dir)));
    changed = { base: diff.base, files: diff.files, skipped: bundles.length - touched.length };
    bundles = touched;
    sharedChanged = (p) =>
      (p.shared ?? []).some((rule) =>
        diff.files.some((f) => picomatch(rule.path, { dot: true })(f)),
      );
  }
  const out = [...bundles];
  for (const profile of profiles) {
    if (!profile.shared?.length) continue;
    if (bundles.some((b) => b.profile === profile) || sharedChanged(profile)) {
      out.push({ profile, dir: '.' });
    }
  }
  return changed ? { bundles: out, changed } : { bundles: out };
}

const compareBundles = (a: BundleResult, b: BundleResult): number =>
  a.dir !== b.dir
    ? a.dir < b.dir
      ? -1
      : 1
    : a.profile < b.profile
      ? -1
      : a.profile > b.profile
        ? 1
        : 0;

/**
 * Checks the spec bundles of a workspace against their profiles — the one library function the
 * `spec-bundle` CLI command and the spec-bundle Action both call. Pipeline: config and custom
 * profiles (validated) → profile selection (named, configured, or detected) → bundle folders
 * (globs) → optional path filter → optional changed-only filter (git diff against `base`) → each
 * bundle checked (files, headings, forbidden text, tasks, structure, coverage, remark-lint).
 *
 * Returns every diagnostic sorted, a row per bundle checked, and whether the check passed at
 * `failOn`. Bad input never throws: an unreadable or binary file, an invalid profile or config,
 * an unknown profile, a missing path or a git failure is a fatal diagnostic and sets `unusable`
 * (exit code 2). Same input, same output.
 */
export function checkSpecBundles(options: SpecBundleOptions): SpecBundleResult {
  const root = resolve(options.root);
  const loaded = loadProfiles(root, options);
  const failOn = options.failOn ?? loaded.settings.failOn ?? 'error';
  if (loaded.diagnostics.some((d) => d.fatal)) return unusable(loaded.diagnostics, failOn);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];

  const selected = selectProfiles(root, options, loaded);
  diagnostics.push(...selected.diagnostics);
  if (diagnostics.some((d) => d.fatal)) return unusable(diagnostics, failOn);
  const { profiles } = selected;
  const ids = profiles.map((p) => p.id);

  const found = selectBundles(root, options, profiles);
  diagnostics.push(...found.diagnostics);
  const scope = withChanges(root, options, profiles, found.bundles);
  if ('diagnostic' in scope) return unusable([...diagnostics, scope.diagnostic], failOn, ids);

  const results: BundleResult[] = [];
  for (const bundle of scope.bundles) {
    const lint = mergeLintSettings(bundle.profile.lint, loaded.settings.lint, options.lint);
    const inner = bundle.layout ? innerBundles(found.bundles, bundle.dir) : [];
    const checked = checkBundle(
      root,
      bundle,
      lint,
      loaded.limits,
      inner,
      loaded.settings.headingAliases ?? {},
    );
    diagnostics.push(...checked.diagnostics);
    const count = (s: Severity) => checked.diagnostics.filter((d) => d.severity === s).length;
    results.push({
      profile: bundle.profile.id,
      kind: bundle.layout?.name ?? 'shared',
      dir: bundle.dir,
      files: checked.files,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    });
  }

  diagnostics.sort(compareDiagnostics);
  const isUnusable = diagnostics.some((d) => d.fatal);
  const result: SpecBundleResult = {
    profiles: ids,
    bundles: results.sort(compareBundles),
    diagnostics,
    unusable: isUnusable,
    failOn,
    passed: !isUnusable && !diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]),
  };
  if (scope.changed) result.changed = scope.changed;
  return result;
}
