import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-CUGJOAEP.js";
import "../chunks/chunk-AZ2SZAIJ.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  runAction
} from "../chunks/chunk-ZEEGZAKH.js";
import "../chunks/chunk-J3XERYBC.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/doc-sync/main.ts
await runAction(run);
