import type { Dialect } from '../dialect.js';

export const obsidianKanban: Dialect = {
  id: 'obsidian-kanban',
  title: 'Obsidian Kanban',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
