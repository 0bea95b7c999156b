import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-XBZ2W7IX.js";
import "../chunks/chunk-WZ2FT6D5.js";
import {
  runAction
} from "../chunks/chunk-Q7LU24CR.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/doc-sync/main.ts
await runAction(run);
