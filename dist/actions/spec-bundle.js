import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-UV64BG5P.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-4JQ32COW.js";
import "../chunks/chunk-BDOKGEDJ.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  runAction
} from "../chunks/chunk-Q7LU24CR.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/spec-bundle/main.ts
await runAction(run);
