import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  columnMatches,
  nextItems,
  priorityRank,
  sectionColumns
} from "./chunks/chunk-2D3QBZUF.js";
import {
  manifestFiles
} from "./chunks/chunk-2BNGGDFM.js";
import {
  modelYaml,
  modelYamlFiles
} from "./chunks/chunk-32QKSICD.js";
import {
  SiteTemplateError,
  boardColumns,
  dependencySvg,
  inlineSvg,
  siteFiles
} from "./chunks/chunk-WRCLXVIB.js";
import {
  templates_exports
} from "./chunks/chunk-JH2MFTWE.js";
import "./chunks/chunk-UECIVNYX.js";
import {
  InjectError,
  SUMMARY_END,
  SUMMARY_START,
  injectBlock,
  injectFile,
  summaryBlock
} from "./chunks/chunk-JWBJCFIC.js";
import {
  summaryFiles,
  summaryMarkdown
} from "./chunks/chunk-4A4RDIFA.js";
import {
  SyncPermissionError,
  applySync,
  desiredState,
  itemMarker,
  parseMarker,
  planJson,
  planSync,
  planText,
  readObserved,
  summarizePlan,
  syncIssues
} from "./chunks/chunk-YR5YSC4E.js";
import {
  labelsFiles,
  labelsManifest
} from "./chunks/chunk-OEFFH7KW.js";
import {
  EditError,
  applyEdit,
  contentHash,
  editReadOptions,
  editableDialects,
  locateBoard,
  planDiff,
  planEdit,
  reopenStatus
} from "./chunks/chunk-4DZQMOY3.js";
import {
  BUILTIN_PROFILES,
  checkSpecBundles,
  loadProfileFile,
  specProfileSchema,
  validateProfile
} from "./chunks/chunk-7DOOYA43.js";
import {
  releasePreview
} from "./chunks/chunk-QVNCPZSW.js";
import {
  bumpOf,
  decodeChangelog,
  detectLayout,
  nextVersion,
  planRelease,
  readReleaseHistory,
  renderReleaseNotes,
  renderSection,
  repoLinks,
  tagRelease,
  updateChangelog,
  writeChangelog
} from "./chunks/chunk-H6SQM7YB.js";
import {
  lintCommits,
  lintMessage
} from "./chunks/chunk-YMBVAM3N.js";
import {
  ChangeCollector,
  ReleaseError,
  parseChanges,
  readCommits,
  releaseErrorDiagnostic,
  streamCommits
} from "./chunks/chunk-IH4CVIRP.js";
import "./chunks/chunk-2IVUQWTP.js";
import {
  DIAGRAM_FORMATS,
  checkDiagrams,
  dependencyDot,
  dependencyView,
  diagramFiles,
  graphvizVersion,
  renderSvg,
  runDiagrams,
  svgToPng,
  writeDiagrams
} from "./chunks/chunk-SMJXYC2Z.js";
import "./chunks/chunk-5624TIOG.js";
import "./chunks/chunk-PSST65ID.js";
import {
  DEFAULT_FAMILY,
  DEFAULT_THRESHOLD,
  DIFF_LINES_SHOWN,
  EXACT_BUDGET,
  HEADER_MARKER,
  MAX_LINE_EDITS,
  POINTER_MAX_LINES,
  checkDocSync,
  composeDoc,
  decodeDoc,
  docSyncReport,
  docSyncText,
  driftOf,
  findImport,
  findPointer,
  fixDocSync,
  hunkCost,
  hunkDistance,
  hunksOf,
  lineRange,
  linkEnd,
  linkPhrase,
  normalizeDoc,
  pairSummaries,
  readFamily,
  sectionDrift,
  splitSections,
  syncCommand
} from "./chunks/chunk-AZ2SZAIJ.js";
import "./chunks/chunk-RIY2WJ2V.js";
import {
  compareMatrices,
  exitCode,
  parityCommand,
  parityGate,
  parityRun,
  parityValidate,
  runParity,
  validateKb
} from "./chunks/chunk-JOUF7RAE.js";
import {
  stableJson
} from "./chunks/chunk-GNIFPFAX.js";
import "./chunks/chunk-LTH2YIJK.js";
import {
  writeOutputs
} from "./chunks/chunk-OQF7BBI2.js";
import {
  RULES,
  linkWorkspace,
  loadWorkspace,
  runRules
} from "./chunks/chunk-NWG6GBBH.js";
import {
  DEFAULT_LIMITS,
  DIALECTS,
  StatusMapper,
  decodeMarkdown,
  detectDialect,
  findDialect,
  loadConfig,
  parseMarkdown,
  parseMarkdownWhole,
  readBoard,
  readBoardText,
  repairMacRomanMojibake,
  validateConfigData,
  validateWorkspace
} from "./chunks/chunk-F6TSBGOV.js";
import "./chunks/chunk-J5VXYQXS.js";
import "./chunks/chunk-LFKQTQ52.js";
import "./chunks/chunk-45AMDMXC.js";
import "./chunks/chunk-O7GKSGEY.js";
import {
  githubClient
} from "./chunks/chunk-TN6JGRPT.js";
import "./chunks/chunk-RO54TS7C.js";
import {
  escapeCommandData,
  escapeCommandProperty,
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatText
} from "./chunks/chunk-MSRNZQFV.js";
import {
  SCHEMA_VERSION,
  STATUSES
} from "./chunks/chunk-4ALAVELF.js";
import {
  safeCommands,
  safeLine,
  safeText,
  unsafeOutput
} from "./chunks/chunk-U4BRR2OX.js";
import "./chunks/chunk-VFBDS4U7.js";
export {
  BUILTIN_PROFILES,
  ChangeCollector,
  DEFAULT_FAMILY,
  DEFAULT_LIMITS,
  DEFAULT_THRESHOLD,
  DIAGRAM_FORMATS,
  DIALECTS,
  DIFF_LINES_SHOWN,
  EXACT_BUDGET,
  EditError,
  HEADER_MARKER,
  InjectError,
  MAX_LINE_EDITS,
  POINTER_MAX_LINES,
  RULES,
  ReleaseError,
  SCHEMA_VERSION,
  STATUSES,
  SUMMARY_END,
  SUMMARY_START,
  SiteTemplateError,
  StatusMapper,
  SyncPermissionError,
  applyEdit,
  applySync,
  boardColumns,
  bumpOf,
  checkDiagrams,
  checkDocSync,
  checkSpecBundles,
  columnMatches,
  compareMatrices,
  composeDoc,
  contentHash,
  decodeChangelog,
  decodeDoc,
  decodeMarkdown,
  dependencyDot,
  dependencySvg,
  dependencyView,
  desiredState,
  detectDialect,
  detectLayout,
  diagramFiles,
  docSyncReport,
  docSyncText,
  driftOf,
  editReadOptions,
  editableDialects,
  escapeCommandData,
  escapeCommandProperty,
  findDialect,
  findImport,
  findPointer,
  fixDocSync,
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatText,
  githubClient,
  graphvizVersion,
  hunkCost,
  hunkDistance,
  hunksOf,
  injectBlock,
  injectFile,
  inlineSvg,
  itemMarker,
  labelsFiles,
  labelsManifest,
  lineRange,
  linkEnd,
  linkPhrase,
  linkWorkspace,
  lintCommits,
  lintMessage,
  loadConfig,
  loadProfileFile,
  loadWorkspace,
  locateBoard,
  manifestFiles,
  modelYaml,
  modelYamlFiles,
  nextItems,
  nextVersion,
  normalizeDoc,
  pairSummaries,
  parityCommand,
  exitCode as parityExitCode,
  parityGate,
  parityRun,
  parityValidate,
  parseChanges,
  parseMarkdown,
  parseMarkdownWhole,
  parseMarker,
  planDiff,
  planEdit,
  planJson,
  planRelease,
  planSync,
  planText,
  priorityRank,
  readBoard,
  readBoardText,
  readCommits,
  readFamily,
  readObserved,
  readReleaseHistory,
  releaseErrorDiagnostic,
  releasePreview,
  renderReleaseNotes,
  renderSection,
  renderSvg,
  reopenStatus,
  repairMacRomanMojibake,
  repoLinks,
  runDiagrams,
  runParity,
  runRules,
  safeCommands,
  safeLine,
  safeText,
  sectionColumns,
  sectionDrift,
  siteFiles,
  specProfileSchema,
  splitSections,
  stableJson,
  streamCommits,
  summarizePlan,
  summaryBlock,
  summaryFiles,
  summaryMarkdown,
  svgToPng,
  syncCommand,
  syncIssues,
  tagRelease,
  templates_exports as templates,
  unsafeOutput,
  updateChangelog,
  validateConfigData,
  validateKb,
  validateProfile,
  validateWorkspace,
  writeChangelog,
  writeDiagrams,
  writeOutputs
};
