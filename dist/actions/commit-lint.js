import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-F4DYPNDX.js";
import "../chunks/chunk-YMBVAM3N.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/commit-lint/main.ts
await runAction(run);
