import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-KPZY3CIY.js";
import "../chunks/chunk-BTLRVVT7.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-7QAM6IRI.js";
import "../chunks/chunk-OCW32VH6.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4VCR562R.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/diagrams/main.ts
await runAction(run);
