import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-KZGQT66U.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-OZGX6EAH.js";
import "../chunks/chunk-VWUCPEQE.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/board-check/main.ts
await runAction(run);
