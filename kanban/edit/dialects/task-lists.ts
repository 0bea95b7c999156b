import { checkboxEditor } from './checkboxes.js';

/**
 * The checkbox dialects, each with the line a new item takes and the places it writes status.
 * Where a bare checkbox cannot say a status (review, blocked…), checklist trackers and phase task
 * lists add a `Status:` bullet, ROADMAP/TODO lists a `(status)` suffix or a leading emoji, and the
 * tool formats (spec-kit, Kiro, OpenSpec) refuse: their tools read only the box.
 */

/** `- [x] **M0.1.1**: Title` with `Status:` bullets (checklist trackers). */
export const checklistTrackerEditor = checkboxEditor({
  dialect: 'checklist-tracker',
  needsId: true,
  fieldBullets: true,
  style: { add: 'field', name: 'items without a Status bullet' },
  content: (r) => `**${r.id}**: ${r.title}`,
});

/** `- [ ] **Task 1.1.1**: Title` (phase task lists). */
export const phaseTasksEditor = checkboxEditor({
  dialect: 'phase-tasks',
  needsId: true,
  fieldBullets: true,
  fieldNames:
    /^(?:status|state|priority|prio|assignee|assigned to|owner|dependencies|depends on|blocked by|requires|branch)$/i,
  style: { add: 'field', name: 'tasks without a Status bullet' },
  content: (r) => `**Task ${r.id}**: ${r.title}`,
});

/** `- [ ] T012 [P] [US1] Title` (spec-kit tasks.md). */
export const specKitEditor = checkboxEditor({
  dialect: 'spec-kit',
  needsId: true,
  fieldBullets: false,
  style: { add: 'none', name: 'spec-kit tasks' },
  content: (r) => `${r.id} ${r.title}`,
});

/** `- [ ] 2. Title` / `- [-] 2.1 Title` (Kiro tasks.md; `[-]` is in progress). */
export const kiroEditor = checkboxEditor({
  dialect: 'kiro',
  needsId: true,
  fieldBullets: false,
  style: { add: 'none', doingMark: '-', name: 'Kiro tasks' },
  content: (r) => (r.id?.includes('.') ? `${r.id} ${r.title}` : `${r.id}. ${r.title}`),
});

/** `- [ ] 1.2 Title` (OpenSpec change tasks.md). */
export const openspecEditor = checkboxEditor({
  dialect: 'openspec',
  needsId: false,
  fieldBullets: true,
  style: { add: 'none', name: 'OpenSpec tasks' },
  content: (r) => (r.id ? `${r.id} ${r.title}` : r.title),
});

/** ROADMAP.md / TODO.md lists: checkboxes, `✅` bullets, `(in progress)` suffixes. */
export const roadmapEditor = checkboxEditor({
  dialect: 'roadmap',
  needsId: false,
  fieldBullets: 'boxed',
  shapes: true,
  style: { add: 'suffix', addUnboxed: 'emoji', name: 'roadmap items' },
  content: (r) => r.title,
});

/** Any GitHub task list. */
export const genericEditor = checkboxEditor({
  dialect: 'generic',
  needsId: false,
  fieldBullets: true,
  style: { add: 'field', name: 'task-list items' },
  content: (r) => r.title,
});
