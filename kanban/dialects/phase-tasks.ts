import type { Dialect } from '../dialect.js';

export const phaseTasks: Dialect = {
  id: 'phase-tasks',
  title: 'Phase task list',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
