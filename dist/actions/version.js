import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-4DDWSSHM.js";
import "../chunks/chunk-57TJS76Y.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-ZZVNMCHK.js";
import "../chunks/chunk-KYS7WZRZ.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OZGX6EAH.js";
import "../chunks/chunk-VWUCPEQE.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/version/main.ts
await runAction(run);
