import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-QOFGPXGV.js";
import "../chunks/chunk-MB4PMOBP.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/doc-sync/main.ts
await runAction(run);
