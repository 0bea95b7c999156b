import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-7NHFHBH5.js";
import "../chunks/chunk-PSST65ID.js";
import "../chunks/chunk-FKBDHSIM.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-RA6HHIID.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-ZEEGZAKH.js";
import "../chunks/chunk-J3XERYBC.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/board-check/main.ts
await runAction(run);
