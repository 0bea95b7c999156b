import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-4M2G56IW.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-XL2HJG6H.js";
import "../chunks/chunk-BDOKGEDJ.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/board-check/main.ts
await runAction(run);
