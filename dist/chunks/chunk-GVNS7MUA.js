import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  runRelease
<<<<<<<< HEAD:dist/chunks/chunk-GVNS7MUA.js
} from "./chunk-JDRLZ7FK.js";
========
} from "./chunk-4TYPS2FT.js";
>>>>>>>> 6c09c23 (npm run bench times the peers without GNU time where Linux /proc gives the same figures):dist/chunks/chunk-3XWFCF75.js

// actions/version/run.ts
async function run() {
  await runRelease("version", "Next version");
}

export {
  run
};
