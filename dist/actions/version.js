import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-EZ7TYBF7.js";
import "../chunks/chunk-HFDBJWU7.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-FOWKZ74F.js";
import "../chunks/chunk-UDZHEH6Z.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-5FCAE5DD.js";
import "../chunks/chunk-26TC6EVB.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/version/main.ts
await runAction(run);
