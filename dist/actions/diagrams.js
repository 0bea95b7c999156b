import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-ECLYQSVT.js";
import "../chunks/chunk-TTC2ZJAH.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-ERUAOAAE.js";
import "../chunks/chunk-GMREY77S.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/diagrams/main.ts
await runAction(run);
