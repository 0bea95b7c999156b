import type { Dialect, DialectInput } from '../dialect.js';
import { withTreeMemo } from '../mdast.js';
import { compactKanban } from './compact-kanban.js';
import { generic } from './generic.js';
import { checklistTracker } from './checklist-tracker.js';
import { epicBacklog } from './epic-backlog.js';
import { milestoneTracker } from './milestone-tracker.js';
import { phaseTasks } from './phase-tasks.js';
import { obsidianKanban } from './obsidian-kanban.js';
import { specKit } from './spec-kit.js';
import { kiro } from './kiro.js';
import { openspec } from './openspec.js';
import { kanbanMd } from './kanban-md.js';
import { columnBoard } from './column-board.js';
import { roadmap } from './roadmap.js';
import { agentPlan } from './agent-plan.js';
import { gsdRoadmap } from './gsd-roadmap.js';
import { statusLog } from './status-log.js';
import { taskTable } from './task-table.js';

/**
 * Every dialect, in tie-break order: formats with a tool behind them (Obsidian Kanban, spec-kit,
 * Kiro, OpenSpec) first, the generic task-list reader last.
 */
export const DIALECTS: readonly Dialect[] = [
  obsidianKanban,
  specKit,
  kiro,
  openspec,
  gsdRoadmap,
  agentPlan,
  compactKanban,
  checklistTracker,
  milestoneTracker,
  phaseTasks,
  epicBacklog,
  kanbanMd,
  columnBoard,
  roadmap,
  statusLog,
  taskTable,
  generic,
];

export function findDialect(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}

/**
 * Scores every dialect on the input and returns the best; the generic reader when none finds
 * evidence. Scores are rounded to 3 decimals so that the choice is stable.
 */
export function detectDialect(input: DialectInput): {
  dialect: Dialect;
  scores: Record<string, number>;
} {
  return withTreeMemo(() => detectIn(input));
}

function detectIn(input: DialectInput): { dialect: Dialect; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  let best: Dialect = generic;
  let bestScore = 0;
  for (const dialect of DIALECTS) {
    let score: number;
    try {
      score = Math.round(Math.max(0, Math.min(1, dialect.detect(input))) * 1000) / 1000;
    } catch {
      score = 0;
    }
    scores[dialect.id] = score;
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return { dialect: best, scores };
}
