/**
 * Release flows from git history: conventional commits → next version (SemVer) → CHANGELOG
 * section (conventional or Keep a Changelog 1.1.0) → release notes and tag; and commit-lint.
 * The `version`, `changelog` and `commit-lint` commands and Actions are adapters over these.
 */
export {
  planRelease,
  writeChangelog,
  tagRelease,
  type ReleaseOptions,
  type ReleasePlan,
} from './release.js';
export {
  lintCommits,
  lintMessage,
  commitLintConfig,
  type CommitLintOptions,
  type CommitLintResult,
  type LintedMessage,
} from './lint.js';
export {
  loadLintConfig,
  findLintConfig,
  configConventional,
  CONFIG_FILES,
  type LintConfig,
  type RuleSetting,
} from './lint-config.js';
export { RULES as COMMITLINT_RULES, ensureCase } from './lint-rules.js';
export { splitCommit, type LintedCommit } from './commit-message.js';
export { ignoredBy } from './lint-ignores.js';
export {
  parseChanges,
  parseCommit,
  parseHeader,
  parseRevert,
  ChangeCollector,
  type Change,
  type ConventionalHeader,
  type ParsedCommit,
  type ParsedHistory,
} from './conventional.js';
export {
  nextVersion,
  bumpOf,
  type Bump,
  type VersionOptions,
  type VersionPlan,
} from './version.js';
export {
  updateChangelog,
  decodeChangelog,
  detectLayout,
  gitCliffHeadings,
  changelogPreamble,
  type ChangelogUpdate,
} from './changelog.js';
export {
  renderSection,
  renderReleaseNotes,
  sectionBody,
  sectionHeading,
  LAYOUTS,
  GIT_CLIFF_GROUPS,
  type Layout,
  type SectionInput,
} from './render.js';
export {
  classifyTags,
  parseTagPattern,
  tagName,
  type ReleaseTag,
  type TagPattern,
} from './tags.js';
export {
  readCommits,
  streamCommits,
  checkRevision,
  parseRevisionRange,
  readTags,
  readRepoState,
  type CommitRange,
  type RawCommit,
  type TagRef,
} from './git.js';
export { readReleaseHistory, type HistoryOptions, type ReleaseHistory } from './history.js';
export { repoLinks, type RepoLinks } from './remote.js';
export { releaseHeadline, releasePreview } from './preview.js';
export { ReleaseError, releaseErrorDiagnostic, type ReleaseErrorRule } from './errors.js';
