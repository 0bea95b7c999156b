import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-JDRLZ7FK.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-5DQQRWOO.js";
import "../chunks/chunk-522BCGME.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-XL2HJG6H.js";
import "../chunks/chunk-BDOKGEDJ.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  runAction
} from "../chunks/chunk-Q7LU24CR.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/changelog/main.ts
await runAction(run);
