import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-AW6WVKGX.js";
import "../chunks/chunk-H72WMUWF.js";
import {
  runAction
} from "../chunks/chunk-HEAKYXIO.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/board-check/main.ts
await runAction(run);
