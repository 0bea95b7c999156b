import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-L43ZGDNC.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-FBWUSQQR.js";
import "../chunks/chunk-KYS7WZRZ.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-M3STHF6A.js";
import "../chunks/chunk-Y4G3PRSM.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/changelog/main.ts
await runAction(run);
