import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports an item whose id is already used by another item of the same board. Ids that
 * boardwright generated are never duplicates, and an id written inside an annotation such as
 * `(branch:…/BSP-096)` is not an item id, so it never counts.
 *
 * @example ok
 * ```markdown
 * ## Backlog
 * - BSP-1 — [Task] Write the importer
 * ## Done
 * - BSP-2 — [Task] Sketch the model (branch:feature/BSP-1)
 * ```
 *
 * @example not-ok
 * ```markdown
 * ## Backlog
 * - BSP-1 — [Task] Write the importer
 * ## Done
 * - BSP-1 — [Task] Sketch the model
 * ```
 * ```text
 * 4:1 error Item id "BSP-1" is already used on line 2; give each item its own id.
 * ```
 */
export const duplicateItemId: Rule = {
  id: 'duplicate-item-id',
  defaultSeverity: 'error',
  description: 'Two items of a board share an id.',
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      const seen = new Map<string, number>();
      for (const item of board.items) {
        if (item.generatedId) continue;
        const first = seen.get(item.id);
        if (first === undefined) {
          seen.set(item.id, item.position.line);
          continue;
        }
        findings.push({
          board,
          line: item.position.line,
          ...fileOf(item.position),
          column: item.position.column,
          message: `Item id "${item.id}" is already used on line ${first}; give each item its own id.`,
        });
      }
    }
    return findings;
  },
};
