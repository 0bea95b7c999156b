import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-VS6P7QZE.js";
import "../chunks/chunk-DDN3B7GH.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-RGZEWT33.js";
import "../chunks/chunk-LBKPKSAA.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OCW32VH6.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/version/main.ts
await runAction(run);
