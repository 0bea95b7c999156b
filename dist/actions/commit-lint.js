import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-WB6N472S.js";
import "../chunks/chunk-2YWYFA7B.js";
import "../chunks/chunk-UDZHEH6Z.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/commit-lint/main.ts
await runAction(run);
