// The report type and its Markdown live in report/ (library code shares them); kept here for
// the Action adapters that import them from the runtime.
export { type CheckReport, cell, counts, reportMarkdown, TABLE_CAP } from '../../report/check.js';

/** Most annotations GitHub shows per step and severity; the rest are listed in the summary. */
export const ANNOTATION_CAP = 10;
