import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-5I4LJMZQ.js";
import "../chunks/chunk-BV3EOQUB.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-M3STHF6A.js";
import "../chunks/chunk-Y4G3PRSM.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/diagrams/main.ts
await runAction(run);
