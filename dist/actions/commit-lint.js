import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-JA6V5CX3.js";
import "../chunks/chunk-O2I3EOYX.js";
import "../chunks/chunk-KYS7WZRZ.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/commit-lint/main.ts
await runAction(run);
