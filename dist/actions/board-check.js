import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run,
  runAction
} from "../chunks/chunk-QEUTJCOP.js";
import "../chunks/chunk-VBQNIXUY.js";

// actions/board-check/main.ts
await runAction(run);
