import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run,
  runAction
} from "../chunks/chunk-DIM622XJ.js";
import "../chunks/chunk-7DJ7COOM.js";

// actions/board-check/main.ts
await runAction(run);
