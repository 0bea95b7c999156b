import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-XB7W6TDA.js";
import "../chunks/chunk-L5GQ3OBO.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-5FH5DGHB.js";
import "../chunks/chunk-KYS7WZRZ.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-5FCAE5DD.js";
import "../chunks/chunk-26TC6EVB.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/version/main.ts
await runAction(run);
