import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-5HQG6G7P.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-CS3W6UCQ.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/spec-bundle/main.ts
await runAction(run);
