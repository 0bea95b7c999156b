import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-OJDPD26C.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-OEYHRTRH.js";
import "../chunks/chunk-HWLGIUXU.js";
import "../chunks/chunk-MXFEHHPX.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/spec-bundle/main.ts
await runAction(run);
