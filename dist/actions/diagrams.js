import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-SFGP7TFJ.js";
import "../chunks/chunk-W6PJQ6RT.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OCW32VH6.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/diagrams/main.ts
await runAction(run);
