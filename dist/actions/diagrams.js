import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-6WIFOASP.js";
import "../chunks/chunk-GX7U57DW.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OZGX6EAH.js";
import "../chunks/chunk-VWUCPEQE.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/diagrams/main.ts
await runAction(run);
