import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports a dependency that names more than one thing: an item and a group (milestone, phase)
 * with the same id, or items with that id on several boards. The reference is resolved to an
 * item of the same board first; the warning says which.
 *
 * @example ok
 * ```markdown
 * ## M1: Schema
 * - [ ] **M1.1**: Tables
 * - [ ] **M1.2**: Policies
 *   - Dependencies: M1.1
 * ```
 *
 * @example not-ok
 * ```markdown
 * ## M1: Schema
 * - [ ] **M1.1**: Tables
 * ## Metrics
 * - [ ] **M1**: Track scaffolding time
 * - [ ] **T1**: Integration tests
 *   - Dependencies: M1
 * ```
 * ```text
 * 5:1 warning Item "T1" depends on "M1", which names both item M1 (line 4) and group "Schema" (line 1); it is read as the item. Rename one of them.
 * ```
 */
export const ambiguousReference: Rule = {
  id: 'ambiguous-reference',
  defaultSeverity: 'warning',
  description: 'A dependency names both an item and a group, or items on several boards.',
  check({ links, workspace }) {
    const describe = (key: string): string => {
      const at = key.indexOf('@');
      const hash = key.indexOf('#');
      const boardId = key.slice(0, at !== -1 ? at : hash);
      const board = workspace.boards.find((b) => b.id === boardId);
      if (at !== -1) {
        const group = board?.groups.find((g) => g.id === key.slice(at + 1));
        return `group "${group?.title ?? key}" (line ${group?.position.line ?? '?'})`;
      }
      const item = links.graph.hasNode(key) ? links.graph.getNodeAttributes(key).item : undefined;
      const where = item ? `line ${item.position.line}` : key;
      return `item ${key.slice(hash + 1)} (${board && board.id !== boardId ? board.path + ' ' : ''}${where})`;
    };
    return links.ambiguous.map(({ board, item, ref, candidates, resolved }): Finding => {
      const named = candidates.map(describe).join(' and ');
      const as = resolved.includes('@') ? 'the group' : 'the item';
      return {
        board,
        line: item.position.line,
        ...fileOf(item.position),
        column: item.position.column,
        message: `Item "${item.id}" depends on "${ref}", which names both ${named}; it is read as ${as}. Rename one of them.`,
      };
    });
  },
};
