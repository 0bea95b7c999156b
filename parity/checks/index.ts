import type { Check, CheckKind } from '../types.js';
import { boardItemDone } from './board-item-done.js';
import type { CheckContext, CheckResult, Evaluator } from './check.js';
import { command } from './command.js';
import { fileExists } from './file-exists.js';
import { globExists } from './glob-exists.js';
import { jsonPathEquals } from './json-path-equals.js';
import { markdownHeading } from './markdown-heading.js';

/** Every check kind and its evaluator; adding a kind means a module, a row here and the schema. */
export const EVALUATORS: { [K in CheckKind]: Evaluator<K> } = {
  'file-exists': fileExists,
  'glob-exists': globExists,
  'json-path-equals': jsonPathEquals,
  'board-item-done': boardItemDone,
  'markdown-heading': markdownHeading,
  command,
};

/** Evaluates one contract's check with the evaluator of its kind. */
export async function evaluate(check: Check, context: CheckContext): Promise<CheckResult> {
  const evaluator = EVALUATORS[check.kind] as Evaluator<CheckKind>;
  return evaluator(check as never, context);
}

export type { CheckContext, CheckResult } from './check.js';
