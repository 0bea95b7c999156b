import type { Diagnostic, Severity } from '../model/types.js';

/**
 * Spec-bundle profiles and check results. `schemas/spec-profile.schema.json` is the normative
 * description of a profile (built-in or custom); these types mirror it.
 */

/** A heading a file must have: its title, or an object with aliases, a pattern or a level. */
export type HeadingRule =
  | string
  | {
      title: string;
      aliases?: string[];
      /** Regular expression (case-insensitive) the heading text must match instead. */
      pattern?: string;
      /** Required heading level (2 for `##`); any level when absent. */
      depth?: number;
      severity?: Severity;
      /** True when a section without content is fine. */
      allowEmpty?: boolean;
      /**
       * The template marks this heading mandatory (`*(mandatory)*`): a heading marked mandatory
       * in another language (`*(必填)*`) in its place stands for it.
       */
      marked?: boolean;
      /** Regular expression the section's text matches when the heading is found by content. */
      contains?: string;
    };

/** Text no file may contain outside code, front matter and HTML comments. */
export interface ForbiddenPattern {
  pattern: string;
  ignoreCase?: boolean;
  /** Rule id of the diagnostic; default `forbidden-pattern`. */
  rule?: string;
  message: string;
  severity?: Severity;
}

/** A file read as a task list (a board), by a given dialect or by detection. */
export interface TasksRule {
  dialect?: string;
  /** Fewest tasks the file must hold; default 1. */
  minTasks?: number;
  /** Warn for tasks without an id of their own (spec-kit's T001). */
  requireIds?: boolean;
}

/** Built-in structure checks a file can ask for. */
export type FileCheckId = 'openspec-requirements' | 'openspec-spec' | 'needs-clarification';

/** Built-in checks of a bundle folder as a whole. */
export type BundleCheckId = 'openspec-change';

/** A file of a bundle (or a shared file) and what it must contain. */
export interface FileRule {
  /** Name or glob relative to the bundle folder (shared files: to the workspace root). */
  path: string;
  /** Default true. */
  required?: boolean;
  /**
   * Required only once the bundle has reached a later stage: when any of these files (names or
   * globs relative to the bundle folder) exists. spec-kit's plan.md is needed once tasks.md is.
   */
  requiredWhen?: string[];
  headings?: HeadingRule[];
  forbidden?: ForbiddenPattern[];
  tasks?: TasksRule;
  checks?: FileCheckId[];
}

/** Requirement ids defined in one file of a bundle that every one should be named by a task. */
export interface CoverageRule {
  requirements: string;
  tasks: string;
  pattern: string;
  severity?: Severity;
}

/** One kind of bundle folder of a profile. */
export interface BundleLayout {
  /** What one bundle is called in messages ("feature", "change"). */
  name: string;
  /** Glob of the bundle folders, relative to the workspace root. */
  glob: string;
  exclude?: string[];
  /** Regular expression the folder's own name must match. */
  namePattern?: string;
  /** Severity of a folder name that does not match namePattern; default error. */
  nameSeverity?: Severity;
  /**
   * The folder a tool marks as the current one, checked as a bundle of this layout wherever it
   * is (spec-kit: SPECIFY_FEATURE_DIRECTORY, else `feature_directory` in .specify/feature.json).
   */
  current?: { env?: string; file?: string; key?: string };
  /** A file a folder must hold to be a bundle (`spec.md`); folders without it are skipped. */
  marker?: string;
  /** Built-in checks of the whole bundle folder. */
  checks?: BundleCheckId[];
  files: FileRule[];
  coverage?: CoverageRule;
}

/** A remark-lint rule setting: off, a severity, or a severity with the rule's own options (any type). */
export type LintSetting = Severity | 'off' | [Severity | 'off'] | [Severity | 'off', unknown];

/** Markdown lint settings (remark-lint with remark-preset-lint-recommended). */
export interface LintSettings {
  preset?: 'recommended' | 'off';
  /** Severity of lint messages whose rule sets none; default warning. */
  severity?: Severity;
  /** Preset rule id (e.g. `final-newline`) → setting. */
  rules?: Record<string, LintSetting>;
}

/** A spec-bundle profile: see schemas/spec-profile.schema.json. */
export interface SpecProfile {
  id: string;
  title?: string;
  description?: string;
  bundles: BundleLayout[];
  shared?: FileRule[];
  forbidden?: ForbiddenPattern[];
  lint?: LintSettings;
}

/** The `specBundle` key of the config file (schemas/spec-profile.schema.json#/$defs/settings). */
export interface SpecBundleSettings {
  profiles?: string[];
  /** Extra titles a required heading may have, by the title profiles name it with. */
  headingAliases?: Record<string, string[]>;
  custom?: SpecProfile[];
  profileFiles?: string[];
  lint?: LintSettings;
  failOn?: Severity;
}

/** One bundle folder found on disk (or, with `layout` undefined, a profile's shared files). */
export interface Bundle {
  profile: SpecProfile;
  /** Undefined for the pseudo-bundle of the profile's shared files. */
  layout?: BundleLayout;
  /** Workspace-relative folder, `/`-separated; `.` for shared files. */
  dir: string;
  /** True for the folder a tool marks as current (layout.current): its name is not checked. */
  current?: boolean;
}

/** What was checked in one bundle, for tables and JSON output. */
export interface BundleResult {
  profile: string;
  /** Layout name ("feature", "change") or `shared`. */
  kind: string;
  /** Workspace-relative folder; `.` for a profile's shared files. */
  dir: string;
  /** Files read, workspace-relative, sorted. */
  files: string[];
  errors: number;
  warnings: number;
  infos: number;
}

/** The outcome of `checkSpecBundles`. */
export interface SpecBundleResult {
  /** Profile ids applied, in the order they were selected. */
  profiles: string[];
  /** Bundles checked, sorted by folder then profile. */
  bundles: BundleResult[];
  /** Every finding, sorted by path, line, column, rule. */
  diagnostics: Diagnostic[];
  /** True when some input (file, profile, config, git) could not be used: exit code 2. */
  unusable: boolean;
  /** Lowest severity that fails the check (option, then config, then `error`). */
  failOn: Severity;
  /** True when no diagnostic reaches `failOn` and nothing was unusable. */
  passed: boolean;
  /** With changed-only: the base commit, the changed files and how many bundles were skipped. */
  changed?: { base: string; files: string[]; skipped: number };
}
