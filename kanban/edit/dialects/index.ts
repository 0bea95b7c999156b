import type { DialectEditor } from '../types.js';
import { columnBoardEditor, kanbanMdEditor, obsidianKanbanEditor } from './column-boards.js';
import { compactKanbanEditor } from './compact-kanban.js';
import { epicBacklogEditor } from './epic-backlog.js';
import { milestoneTrackerEditor } from './milestone-tracker.js';
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
