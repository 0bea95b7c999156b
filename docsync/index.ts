/** doc-sync: keep a family of agent instruction files (AGENTS.md, CLAUDE.md, …) in step. */
export {
  checkDocSync,
  DEFAULT_FAMILY,
  DEFAULT_THRESHOLD,
  lineRange,
  linkEnd,
  linkPhrase,
  readFamily,
  syncCommand,
} from './check.js';
export type {
  DocMember,
  DocPair,
  DocSyncMode,
  DocSyncOptions,
  DocSyncResult,
  DriftSection,
} from './check.js';
export { findImport, findPointer, POINTER_MAX_LINES } from './links.js';
export type { LinkKind, MemberLink } from './links.js';
export { sectionDrift, splitSections } from './sections.js';
export type { BodySection, SectionDrift } from './sections.js';
export {
  driftOf,
  EXACT_BUDGET,
  hunkCost,
  hunkDistance,
  hunksOf,
  MAX_LINE_EDITS,
} from './distance.js';
export type { Hunk, HunkDistance } from './distance.js';
export { fixDocSync } from './fix.js';
export type { DocSyncFix } from './fix.js';
export { composeDoc, decodeDoc, HEADER_MARKER, normalizeDoc } from './normalize.js';
export type { NormalizedDoc } from './normalize.js';
export { DIFF_LINES_SHOWN, docSyncReport, docSyncText, pairSummaries } from './report.js';
export type { PairSummary } from './report.js';
