import type { Dialect } from '../dialect.js';

export const milestoneTracker: Dialect = {
  id: 'milestone-tracker',
  title: 'Milestone tracker',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
