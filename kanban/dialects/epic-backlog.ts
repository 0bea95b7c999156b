import type { Dialect } from '../dialect.js';

export const epicBacklog: Dialect = {
  id: 'epic-backlog',
  title: 'Epic backlog',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
