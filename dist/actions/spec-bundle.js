import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-7TSWKRTY.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-E4ZXEPQ7.js";
import "../chunks/chunk-26TC6EVB.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/spec-bundle/main.ts
await runAction(run);
