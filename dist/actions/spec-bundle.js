import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-Q2UC2LDE.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-CS3W6UCQ.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4VCR562R.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/spec-bundle/main.ts
await runAction(run);
