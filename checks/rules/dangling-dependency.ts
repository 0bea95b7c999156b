import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports a dependency that names no item and no group on any board. Prose such as "None" or
 * "All migration tasks" is not a reference and is never reported.
 *
 * @example ok
 * ```markdown
 * - [ ] **A1**: Schema
 *   - Dependencies: None
 * - [ ] **A2**: Migration
 *   - Dependencies: A1
 * ```
 *
 * @example not-ok
 * ```markdown
 * - [ ] **A1**: Schema
 *   - Dependencies: None
 * - [ ] **A2**: Migration
 *   - Dependencies: A1, A7
 * ```
 * ```text
 * 3:1 error Item "A2" depends on "A7", which no board defines. Fix the id or add the item.
 * ```
 */
export const danglingDependency: Rule = {
  id: 'dangling-dependency',
  defaultSeverity: 'error',
  description: 'A dependency names an item that does not exist.',
  check({ links }) {
    return links.dangling.map(({ board, item, ref }): Finding => ({
      board,
      line: item.position.line,
      ...fileOf(item.position),
      column: item.position.column,
      message: `Item "${item.id}" depends on "${ref}", which no board defines. Fix the id or add the item.`,
    }));
  },
};
