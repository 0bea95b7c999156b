import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-FYI64OSO.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-HEPGRXPT.js";
import "../chunks/chunk-BDOKGEDJ.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/spec-bundle/main.ts
await runAction(run);
