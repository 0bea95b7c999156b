import type { Group } from '../../model/types.js';
import { fileOf, type Finding, type Rule } from '../rule.js';

const BOARD_WIDE: ReadonlySet<Group['kind']> = new Set(['milestone', 'phase', 'epic', 'board']);

/**
 * Reports a group whose number repeats an earlier group's of the same kind — two "Milestone 4"
 * headings. Milestones, phases, epics and boards are numbered across the whole board; sections
 * and columns only among their siblings.
 *
 * @example ok
 * ```markdown
 * ## Milestone 1: Docs
 * - [ ] Write the guide
 * ## Milestone 2: Server
 * - [ ] Ship the server
 * ```
 *
 * @example not-ok
 * ```markdown
 * ## Milestone 1: Docs
 * - [ ] Write the guide
 * ## Milestone 1: Server
 * - [ ] Ship the server
 * ```
 * ```text
 * 3:1 warning Milestone number 1 is used again ("Server"); line 1 already has milestone 1 ("Docs"). Renumber one of them.
 * ```
 */
export const duplicateGroupNumber: Rule = {
  id: 'duplicate-group-number',
  defaultSeverity: 'warning',
  description: 'Two groups of the same kind carry the same number.',
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      const seen = new Map<string, Group>();
      for (const group of board.groups) {
        if (group.number === undefined) continue;
        const scope = BOARD_WIDE.has(group.kind) ? '' : (group.parent ?? '');
        const key = `${group.kind}\u0000${scope}\u0000${group.number.toLowerCase()}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, group);
          continue;
        }
        const kind = group.kind[0]!.toUpperCase() + group.kind.slice(1);
        findings.push({
          board,
          line: group.position.line,
          ...fileOf(group.position),
          column: group.position.column,
          message: `${kind} number ${group.number} is used again ("${group.title}"); line ${first.position.line} already has ${group.kind} ${first.number} ("${first.title}"). Renumber one of them.`,
        });
      }
    }
    return findings;
  },
};
