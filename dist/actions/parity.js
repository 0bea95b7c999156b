import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-5LV7PNDS.js";
import "../chunks/chunk-3EJFWAND.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-5FCAE5DD.js";
import "../chunks/chunk-26TC6EVB.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/parity/main.ts
await runAction(run);
