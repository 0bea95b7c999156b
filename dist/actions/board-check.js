import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-QGI632FH.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-5FCAE5DD.js";
import "../chunks/chunk-26TC6EVB.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/board-check/main.ts
await runAction(run);
