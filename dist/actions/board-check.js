import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-2GP4CSFS.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-M3STHF6A.js";
import "../chunks/chunk-Y4G3PRSM.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/board-check/main.ts
await runAction(run);
