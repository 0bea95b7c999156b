import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// model/types.ts
var SCHEMA_VERSION = 1;
var STATUSES = [
  "backlog",
  "ready",
  "in-progress",
  "review",
  "blocked",
  "done",
  "cancelled"
];

export {
  SCHEMA_VERSION,
  STATUSES
};
