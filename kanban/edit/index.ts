/**
 * Lossless edits of Markdown boards: `planEdit` works out one operation on one file (pure: bytes
 * in, patches out, the board re-read and checked), `applyEdit` writes the patches atomically after
 * checking each file still holds the bytes the plan was made from, `planDiff` shows them.
 */
export { planEdit, type EditInput, type PlanOptions } from './plan.js';
export { planBacklogEdit, type BacklogEditInput } from './backlog-md.js';
export { applyEdit } from './apply.js';
export { editReadOptions, locateBoard } from './locate.js';
export { reopenStatus } from './resolve.js';
export { planDiff } from './diff.js';
export { EditError, type EditErrorCode } from './errors.js';
export { contentHash } from './source.js';
export { editableDialects } from './dialects/index.js';
export type { EditOperation, EditPlan, FilePatch } from './types.js';
