import { fileOf, type Finding, type Rule } from '../rule.js';

/**
 * Reports a column holding more items than its work-in-progress limit. The limit comes from the
 * board (Obsidian Kanban's `## Doing (3)`, `## Doing (WIP 3)`) or from the config's `wip` map,
 * keyed by column title (case-insensitive); the config wins.
 *
 * @example ok
 * ```markdown
 * ## Todo
 * - Write docs
 * ## Doing (WIP 2)
 * - Build parser
 * - Fix login
 * ## Done
 * ```
 *
 * @example not-ok
 * ```markdown
 * ## Todo
 * - Write docs
 * ## Doing (WIP 2)
 * - Build parser
 * - Fix login
 * - Review PR
 * ## Done
 * ```
 * ```text
 * 3:1 warning Column "Doing" holds 3 items; its WIP limit is 2. Finish or move 1 before starting more.
 * ```
 */
export const wipLimit: Rule = {
  id: 'wip-limit',
  defaultSeverity: 'warning',
  description: 'A column holds more items than its WIP limit.',
  check({ workspace, config }) {
    const configured = new Map(
      Object.entries(config.wip ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]),
    );
    const findings: Finding[] = [];
    for (const board of workspace.boards) {
      for (const group of board.groups) {
        if (group.kind !== 'column') continue;
        const limit = configured.get(group.title.trim().toLowerCase()) ?? group.wipLimit;
        if (limit === undefined) continue;
        const held = board.items.filter((i) => i.group === group.id && !i.parent).length;
        if (held <= limit) continue;
        findings.push({
          board,
          line: group.position.line,
          ...fileOf(group.position),
          column: group.position.column,
          message: `Column "${group.title}" holds ${held} items; its WIP limit is ${limit}. Finish or move ${held - limit} before starting more.`,
        });
      }
    }
    return findings;
  },
};
