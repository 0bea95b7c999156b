import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-GOEWUUEV.js";
import "../chunks/chunk-OLWDJNJI.js";
import "../chunks/chunk-LTH2YIJK.js";
import "../chunks/chunk-II3YTOBB.js";
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

// actions/parity/main.ts
await runAction(run);
