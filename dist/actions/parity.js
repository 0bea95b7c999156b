import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-FBEPI5X7.js";
import "../chunks/chunk-4EZMJOLM.js";
import "../chunks/chunk-II3YTOBB.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-B6RYKLDG.js";
import "../chunks/chunk-MXFEHHPX.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-CKCJA2AI.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/parity/main.ts
await runAction(run);
