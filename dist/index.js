import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  columnMatches,
  nextItems,
  priorityRank,
  sectionColumns
} from "./chunks/chunk-753TOZRG.js";
import {
  manifestFiles
} from "./chunks/chunk-COPVAWA2.js";
import {
  modelYaml,
  modelYamlFiles
} from "./chunks/chunk-MBZZDXIG.js";
import {
  findWorkspaceRoot
} from "./chunks/chunk-HUSXLN67.js";
import {
  SiteTemplateError,
  boardColumns,
  dependencySvg,
  inlineSvg,
  siteFiles
} from "./chunks/chunk-C6FEIXN5.js";
import {
  templates_exports
} from "./chunks/chunk-TR5QF7IT.js";
import "./chunks/chunk-UECIVNYX.js";
import {
  InjectError,
  SUMMARY_END,
  SUMMARY_START,
  injectBlock,
  injectFile,
  summaryBlock
} from "./chunks/chunk-Z6SGDFAN.js";
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
} from "./chunks/chunk-FNUXGWNU.js";
import {
  EditError,
  applyEdit,
  contentHash,
  editReadOptions,
  editableDialects,
  locateBoard,
  planBacklogEdit,
  planDiff,
  planEdit,
  reopenStatus
} from "./chunks/chunk-767IUN4B.js";
import {
  labelsFiles,
  labelsManifest
} from "./chunks/chunk-UFOGG23W.js";
import {
  BUILTIN_PROFILES,
  checkSpecBundles,
  loadProfileFile,
  specProfileSchema,
  validateProfile
} from "./chunks/chunk-4FMG3H5M.js";
import {
  releasePreview
} from "./chunks/chunk-L7SZXUWL.js";
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
} from "./chunks/chunk-65W6H4DU.js";
import {
  lintCommits,
  lintMessage
} from "./chunks/chunk-JPJKDOIH.js";
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
} from "./chunks/chunk-6ITDG7DN.js";
import "./chunks/chunk-GKUYCGGN.js";
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
} from "./chunks/chunk-SU6234CP.js";
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
} from "./chunks/chunk-XLR5IYIH.js";
import "./chunks/chunk-WLMIYAQU.js";
import {
  stableJson
} from "./chunks/chunk-E3QC6DGJ.js";
import {
  MANIFEST_FILE,
  OutDirError,
  RULES,
  linkWorkspace,
  loadWorkspace,
  noBoardsDiagnostic,
  resolveOutDir,
  runRules,
  workspaceInputs,
  writeOutDir
} from "./chunks/chunk-77ZPIAPV.js";
import {
  DEFAULT_LIMITS,
  DIALECTS,
  StatusMapper,
  decodeMarkdown,
  detectDialect,
  findDialect,
  globWorkspace,
  loadConfig,
  parseMarkdown,
  parseMarkdownWhole,
  readBoard,
  readBoardText,
  repairMacRomanMojibake,
  validateConfigData,
  validateWorkspace
} from "./chunks/chunk-AADV2VBK.js";
import "./chunks/chunk-IRPZZ7X4.js";
import "./chunks/chunk-J5VXYQXS.js";
import "./chunks/chunk-YITZYNG4.js";
import "./chunks/chunk-U3WXGQSS.js";
import {
  removeWorkspaceFile,
  writeWorkspaceFile,
  writeWorkspaceFiles
} from "./chunks/chunk-23KL7PU6.js";
import {
  writeOutputs
} from "./chunks/chunk-NLBMK4U6.js";
import {
  BoundaryError,
  readWorkspaceFile,
  resolveInside,
  statWorkspacePath
} from "./chunks/chunk-URQ42WZF.js";
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
  BoundaryError,
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
  MANIFEST_FILE,
  MAX_LINE_EDITS,
  OutDirError,
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
  findWorkspaceRoot,
  fixDocSync,
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatText,
  githubClient,
  globWorkspace,
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
  noBoardsDiagnostic,
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
  planBacklogEdit,
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
  readWorkspaceFile,
  releaseErrorDiagnostic,
  releasePreview,
  removeWorkspaceFile,
  renderReleaseNotes,
  renderSection,
  renderSvg,
  reopenStatus,
  repairMacRomanMojibake,
  repoLinks,
  resolveInside,
  resolveOutDir,
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
  statWorkspacePath,
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
  workspaceInputs,
  writeChangelog,
  writeDiagrams,
  writeOutDir,
  writeOutputs,
  writeWorkspaceFile,
  writeWorkspaceFiles
};
