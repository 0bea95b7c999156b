import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-4NTIEPT7.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-OCW32VH6.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/board-check/main.ts
await runAction(run);
