import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-DC4ZO3XI.js";
import "../chunks/chunk-YMBVAM3N.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-ZEEGZAKH.js";
import "../chunks/chunk-J3XERYBC.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/commit-lint/main.ts
await runAction(run);
