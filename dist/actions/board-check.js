import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-HI3Z4WBE.js";
import "../chunks/chunk-63CI7N2Q.js";
import {
  runAction
} from "../chunks/chunk-HEAKYXIO.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/board-check/main.ts
await runAction(run);
