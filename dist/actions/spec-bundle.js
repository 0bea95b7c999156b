import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-4AIXK5AC.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-BEZEDI52.js";
import "../chunks/chunk-VWUCPEQE.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/spec-bundle/main.ts
await runAction(run);
