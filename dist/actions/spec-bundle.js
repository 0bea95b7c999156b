import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-GNUTINMS.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-7DWTVGTH.js";
import "../chunks/chunk-GMREY77S.js";
import {
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/spec-bundle/main.ts
await runAction(run);
