/**
 * boardwright's library API: the same functions the CLI and the Actions call.
 */
export { noBoardsDiagnostic, workspaceInputs } from './workspace.js';
export { loadWorkspace, type LoadOptions, type LoadedWorkspace } from './workspace.js';
export { readBoard, readBoardText, type ReadOptions, type ReadResult } from './kanban/read.js';
export { parseMarkdown, parseMarkdownWhole } from './kanban/parse.js';
export { decodeMarkdown } from './kanban/decode.js';
export { repairMacRomanMojibake } from './kanban/mojibake.js';
export { StatusMapper } from './kanban/status.js';
export { DIALECTS, detectDialect, findDialect } from './kanban/dialects/index.js';
export type { Dialect, DialectInput } from './kanban/dialect.js';
export { DEFAULT_LIMITS, type ReadLimits } from './kanban/limits.js';
export { loadConfig, type Config } from './config/load.js';
export { linkWorkspace, type Links } from './model/link.js';
export { validateWorkspace, validateConfigData } from './model/validate.js';
export { runRules } from './checks/run.js';
export { RULES } from './checks/rules/index.js';
export type { Rule, RuleContext, Finding } from './checks/rule.js';
export { manifestFiles } from './generators/manifest.js';
export { summaryMarkdown, summaryFiles } from './generators/summary.js';
export { stableJson } from './generators/json.js';
export { writeOutputs } from './io/write.js';
export * from './kanban/edit/index.js';
export { nextItems, priorityRank, type NextItem } from './model/next.js';
export { sectionColumns, columnMatches, type ColumnView } from './model/board-view.js';
export {
  BoundaryError,
  readWorkspaceFile,
  resolveInside,
  statWorkspacePath,
} from './io/boundary.js';
export { globWorkspace, type SkippedLink, type WorkspaceGlob } from './io/glob.js';
export {
  MANIFEST_FILE,
  OutDirError,
  resolveOutDir,
  writeOutDir,
  type OutDir,
} from './io/outdir.js';
export {
  removeWorkspaceFile,
  writeWorkspaceFile,
  writeWorkspaceFiles,
  type WorkspaceFile,
} from './io/user-files.js';
export { findWorkspaceRoot } from './io/workspace-root.js';
export {
  formatDiagnostics,
  formatText,
  formatJson,
  formatGithub,
  escapeCommandData,
  escapeCommandProperty,
} from './report/format.js';
export { safeText, safeLine, safeCommands, unsafeOutput } from './report/terminal.js';
export * from './model/types.js';
export * from './docsync/index.js';
export { labelsManifest, labelsFiles } from './generators/labels.js';
export { modelYaml, modelYamlFiles } from './generators/model-yaml.js';
export {
  injectBlock,
  injectFile,
  summaryBlock,
  InjectError,
  SUMMARY_START,
  SUMMARY_END,
} from './generators/inject.js';
export * as templates from './generators/templates/index.js';
export { checkSpecBundles, type SpecBundleOptions } from './specbundle/check.js';
export {
  BUILTIN_PROFILES,
  validateProfile,
  loadProfileFile,
  specProfileSchema,
} from './specbundle/profiles.js';
export type {
  SpecProfile,
  SpecBundleSettings,
  SpecBundleResult,
  BundleResult,
  LintSettings,
} from './specbundle/types.js';
export {
  parityRun,
  parityGate,
  parityValidate,
  parityCommand,
  exitCode as parityExitCode,
  type ParityOutcome,
} from './parity/command.js';
export { runParity } from './parity/run.js';
export { compareMatrices } from './parity/gate.js';
export { validateKb } from './parity/validate.js';
export type { ParityMatrix, CapabilityFile } from './parity/types.js';
export {
  dependencyDot,
  dependencySvg,
  renderSvg,
  graphvizVersion,
  dependencyView,
  diagramFiles,
  svgToPng,
  runDiagrams,
  checkDiagrams,
  writeDiagrams,
  DIAGRAM_FORMATS,
  type DiagramFile,
  type DiagramFormat,
  type DriftReport,
  type SvgOptions,
} from './generators/diagrams/index.js';
export { siteFiles, boardColumns, inlineSvg, SiteTemplateError } from './generators/site/index.js';
export {
  planRelease,
  writeChangelog,
  tagRelease,
  type ReleaseOptions,
  type ReleasePlan,
  lintCommits,
  lintMessage,
  type CommitLintOptions,
  type CommitLintResult,
  parseChanges,
  ChangeCollector,
  type Change as ConventionalChange,
  nextVersion,
  bumpOf,
  type Bump,
  type VersionOptions,
  type VersionPlan,
  updateChangelog,
  decodeChangelog,
  detectLayout,
  renderSection,
  renderReleaseNotes,
  type Layout as ChangelogLayout,
  type SectionInput,
  readReleaseHistory,
  readCommits,
  streamCommits,
  repoLinks,
  releasePreview,
  ReleaseError,
  releaseErrorDiagnostic,
} from './release/index.js';
export {
  syncIssues,
  type SyncOptions,
  planSync,
  applySync,
  desiredState,
  readObserved,
  githubClient,
  itemMarker,
  parseMarker,
  SyncPermissionError,
  type SyncPlan,
  type PlanStep,
  type DesiredState,
  type ObservedState,
} from './sync/index.js';
export { planText, planJson, summarizePlan } from './sync/format.js';
