import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// config/files.ts
var CONFIG_FILES = [
  "boardwright.config.yaml",
  "boardwright.config.yml",
  "boardwright.config.json"
];

export {
  CONFIG_FILES
};
