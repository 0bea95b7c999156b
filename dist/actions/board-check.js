import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-IDI7GHUB.js";
import "../chunks/chunk-PSST65ID.js";
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

// actions/board-check/main.ts
await runAction(run);
