/** doc-sync: keep a family of agent instruction files (AGENTS.md, CLAUDE.md, …) in step. */
export {
  checkDocSync,
  DEFAULT_FAMILY,
  DEFAULT_THRESHOLD,
  readFamily,
  syncCommand,
} from './check.js';
export type { DocMember, DocPair, DocSyncOptions, DocSyncResult, DriftSection } from './check.js';
export { driftOf, hunkDistance } from './distance.js';
export type { Hunk, HunkDistance } from './distance.js';
export { fixDocSync } from './fix.js';
export type { DocSyncFix } from './fix.js';
export { composeDoc, decodeDoc, HEADER_MARKER, normalizeDoc } from './normalize.js';
export type { NormalizedDoc } from './normalize.js';
export { docSyncReport, docSyncText } from './report.js';
