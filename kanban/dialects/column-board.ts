import type { Dialect } from '../dialect.js';

export const columnBoard: Dialect = {
  id: 'column-board',
  title: 'Column board',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
