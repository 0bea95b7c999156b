/**
 * Repository templates: load a template version (load.ts), resolve answers (answers.ts), render
 * (render.ts), write a new repository or plan and apply a three-way update (apply.ts, plan.ts,
 * merge3.ts). The CLI commands `init` and `update` are thin adapters over these.
 */
export { bundledTemplateRoot, listTemplates, loadTemplate, type TemplateListing } from './load.js';
export {
  answerProblem,
  defaultAnswer,
  parseAnswers,
  resolveAnswers,
  serializeAnswers,
  type ResolvedAnswers,
} from './answers.js';
export { outputPath, renderTemplate } from './render.js';
export {
  applyRepositoryUpdate,
  checkedPath,
  initRepository,
  planRepositoryUpdate,
  readAnswersFile,
  type InitEntry,
  type InitResult,
  type UpdatePlan,
} from './apply.js';
export { planFile, planUpdate, type PlanAction, type PlanEntry } from './plan.js';
export { merge3, splitLines, type MergeConflict, type MergeResult } from './merge3.js';
export * from './types.js';
