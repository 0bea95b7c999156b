import type { Dialect } from '../dialect.js';

export const checklistTracker: Dialect = {
  id: 'checklist-tracker',
  title: 'Checklist tracker',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
