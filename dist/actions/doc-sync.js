import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-3T3EVTGK.js";
import "../chunks/chunk-AZ2SZAIJ.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/doc-sync/main.ts
await runAction(run);
