import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-PXQE4AOC.js";
import "../chunks/chunk-XANMH5HB.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-OWMTZSLB.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-N65SKTUL.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-7RNBTNI4.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/version/main.ts
await runAction(run);
