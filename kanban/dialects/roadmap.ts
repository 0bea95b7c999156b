import type { Dialect } from '../dialect.js';

export const roadmap: Dialect = {
  id: 'roadmap',
  title: 'ROADMAP / TODO list',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
