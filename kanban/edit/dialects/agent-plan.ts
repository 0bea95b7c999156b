import { checkboxEditor } from './checkboxes.js';

/**
 * Agent implementation plans (`### Task 3: …` with `- [ ] **Step 1: …**` checkboxes): a step is
 * done or not done, in its checkbox; a new step takes the next step number of its task
 * (`3.4` is written `- [ ] **Step 4: Title**`).
 */
export const agentPlanEditor = checkboxEditor({
  dialect: 'agent-plan',
  needsId: false,
  fieldBullets: false,
  style: { add: 'none', name: 'plan steps' },
  content: (r) => {
    const step =
      r.group?.number && r.id?.startsWith(`${r.group.number}.`)
        ? r.id.slice(r.group.number.length + 1)
        : undefined;
    return step && /^\d+$/.test(step) ? `**Step ${step}: ${r.title}**` : r.title;
  },
});
