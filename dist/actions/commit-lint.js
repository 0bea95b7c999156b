import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-OM5WRLNJ.js";
import "../chunks/chunk-5E5AUNHU.js";
import "../chunks/chunk-522BCGME.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  runAction
} from "../chunks/chunk-Q7LU24CR.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/commit-lint/main.ts
await runAction(run);
