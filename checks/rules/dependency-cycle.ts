import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports each dependency cycle once, at its first item, naming every item on the cycle in
 * dependency order. An item that depends on itself is a cycle of one.
 *
 * @example ok
 * ```markdown
 * - [ ] **A1**: Schema
 * - [ ] **A2**: Migration
 *   - Dependencies: A1
 * ```
 *
 * @example not-ok
 * ```markdown
 * - [ ] **A1**: Schema
 *   - Dependencies: A3
 * - [ ] **A2**: Migration
 *   - Dependencies: A1
 * - [ ] **A3**: Seed data
 *   - Dependencies: A2
 * ```
 * ```text
 * 1:1 error Dependency cycle: A1 → A3 → A2 → A1. Remove one of these dependencies.
 * ```
 */
export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  defaultSeverity: 'error',
  description: 'Items depend on each other in a cycle.',
  check({ links }) {
    return links.cycles.map((cycle): Finding => {
      const nodes = cycle.map((k) => links.graph.getNodeAttributes(k));
      const first = nodes[0]!;
      const label = (n: (typeof nodes)[number]): string =>
        n.board === first.board ? n.item.id : `${n.board.path}#${n.item.id}`;
      const path = [...nodes, first].map(label).join(' → ');
      return {
        board: first.board,
        line: first.item.position.line,
        ...fileOf(first.item.position),
        column: first.item.position.column,
        message: `Dependency cycle: ${path}. Remove one of these dependencies.`,
      };
    });
  },
};
