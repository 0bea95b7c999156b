import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-VH5SS4ZK.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-VW63KE4G.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import "../chunks/chunk-OQF7BBI2.js";
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

// actions/changelog/main.ts
await runAction(run);
