import type { Dialect } from '../dialect.js';

export const specKit: Dialect = {
  id: 'spec-kit',
  title: 'spec-kit tasks.md',
  description: 'TODO',
  detect() {
    return 0;
  },
  extract() {},
};
