import type { Dialect } from '../dialect.js';

export const kanbanMd: Dialect = {
  id: 'kanban-md',
  title: 'kanban.md board',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
