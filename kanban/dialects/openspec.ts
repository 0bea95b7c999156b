import type { Dialect } from '../dialect.js';

export const openspec: Dialect = {
  id: 'openspec',
  title: 'OpenSpec tasks.md',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
