import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-ENCW5DEM.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-LNVEGBKG.js";
import "../chunks/chunk-Y4G3PRSM.js";
import {
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/spec-bundle/main.ts
await runAction(run);
