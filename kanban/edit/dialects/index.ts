import type { DialectEditor } from '../types.js';
import { agentPlanEditor } from './agent-plan.js';
import { columnBoardEditor, kanbanMdEditor, obsidianKanbanEditor } from './column-boards.js';
import { compactKanbanEditor } from './compact-kanban.js';
import { epicBacklogEditor } from './epic-backlog.js';
import { gsdRoadmapEditor } from './gsd-roadmap.js';
import { milestoneTrackerEditor } from './milestone-tracker.js';
import { statusLogEditor } from './status-log.js';
import { taskTableEditor } from './task-table.js';
import {
  checklistTrackerEditor,
  genericEditor,
  kiroEditor,
  openspecEditor,
  phaseTasksEditor,
  roadmapEditor,
  specKitEditor,
} from './task-lists.js';

/** One edit module per dialect, by dialect id. */
const EDITORS: readonly DialectEditor[] = [
  compactKanbanEditor,
  columnBoardEditor,
  obsidianKanbanEditor,
  kanbanMdEditor,
  checklistTrackerEditor,
  phaseTasksEditor,
  epicBacklogEditor,
  milestoneTrackerEditor,
  specKitEditor,
  kiroEditor,
  openspecEditor,
  roadmapEditor,
  agentPlanEditor,
  gsdRoadmapEditor,
  taskTableEditor,
  statusLogEditor,
  genericEditor,
];

/** The edit module of a dialect; undefined for a dialect boardwright cannot edit yet. */
export function editorFor(dialect: string): DialectEditor | undefined {
  return EDITORS.find((e) => e.dialect === dialect);
}

/** Ids of the dialects boardwright can edit. */
export function editableDialects(): string[] {
  return EDITORS.map((e) => e.dialect);
}
