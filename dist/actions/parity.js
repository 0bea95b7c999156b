import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-BJEGF642.js";
import "../chunks/chunk-JOUF7RAE.js";
import "../chunks/chunk-GNIFPFAX.js";
import "../chunks/chunk-LTH2YIJK.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-NWG6GBBH.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-LFKQTQ52.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-3LDJRTKG.js";
import "../chunks/chunk-NCXVD5XK.js";
import "../chunks/chunk-O7GKSGEY.js";
import "../chunks/chunk-TN6JGRPT.js";
import "../chunks/chunk-RO54TS7C.js";
import "../chunks/chunk-MSRNZQFV.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-U4BRR2OX.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/parity/main.ts
await runAction(run);
