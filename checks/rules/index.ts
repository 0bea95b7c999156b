import type { Rule } from '../rule.js';
import { ambiguousReference } from './ambiguous-reference.js';
import { danglingDependency } from './dangling-dependency.js';
import { declaredTotals } from './declared-totals.js';
import { dependencyCycle } from './dependency-cycle.js';
import { duplicateGroupNumber } from './duplicate-group-number.js';
import { duplicateItemId } from './duplicate-item-id.js';
import { groupStatusConflict } from './group-status-conflict.js';
import { statusConflict } from './status-conflict.js';
import { wipLimit } from './wip-limit.js';

/** Every board rule, in the order their findings are reported for the same line. */
export const RULES: readonly Rule[] = [
  duplicateItemId,
  danglingDependency,
  ambiguousReference,
  dependencyCycle,
  statusConflict,
  groupStatusConflict,
  declaredTotals,
  duplicateGroupNumber,
  wipLimit,
];
