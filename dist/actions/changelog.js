import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-NSDNPPRW.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-Y5FLHYQX.js";
import "../chunks/chunk-LBKPKSAA.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-ERUAOAAE.js";
import "../chunks/chunk-GMREY77S.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/changelog/main.ts
await runAction(run);
