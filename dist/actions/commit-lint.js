import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-T5MY55NW.js";
import "../chunks/chunk-O2I3EOYX.js";
import "../chunks/chunk-KYS7WZRZ.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/commit-lint/main.ts
await runAction(run);
