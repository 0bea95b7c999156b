import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-WX34ENMJ.js";
import "../chunks/chunk-JJWSSRVR.js";
import {
  runAction
} from "../chunks/chunk-4VCR562R.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/doc-sync/main.ts
await runAction(run);
