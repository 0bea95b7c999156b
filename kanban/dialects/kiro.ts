import type { Dialect } from '../dialect.js';

export const kiro: Dialect = {
  id: 'kiro',
  title: 'Kiro tasks.md',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
