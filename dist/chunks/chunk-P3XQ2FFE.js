import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  runRelease
} from "./chunk-M22UAL5H.js";

// actions/version/run.ts
async function run() {
  await runRelease("version", "Next version");
}

export {
  run
};
