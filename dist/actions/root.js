import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-4AIXK5AC.js";
import {
  run as run7
} from "../chunks/chunk-4DDWSSHM.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-BEZEDI52.js";
import {
  run
} from "../chunks/chunk-KZGQT66U.js";
import {
  run as run2
} from "../chunks/chunk-57TJS76Y.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-ZZVNMCHK.js";
import {
  run as run3
} from "../chunks/chunk-JA6V5CX3.js";
import "../chunks/chunk-O2I3EOYX.js";
import "../chunks/chunk-KYS7WZRZ.js";
import {
  run as run4
} from "../chunks/chunk-6WIFOASP.js";
import "../chunks/chunk-GX7U57DW.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-WLLGH4KD.js";
import "../chunks/chunk-BZO5GZES.js";
import {
  run as run6
} from "../chunks/chunk-QHGVHZNC.js";
import "../chunks/chunk-BJHWEKQL.js";
import "../chunks/chunk-3Q5VNHR7.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OZGX6EAH.js";
import "../chunks/chunk-VWUCPEQE.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-SZRQF45C.js";
import "../chunks/chunk-M7RL3SWP.js";

// actions/root/commands.ts
var ACTION_COMMANDS = {
  "board-check": run,
  changelog: run2,
  "commit-lint": run3,
  version: run7,
  diagrams: run4,
  "doc-sync": run5,
  parity: run6,
  "spec-bundle": run8
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run9 = ACTION_COMMANDS[command];
  if (!run9) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run9();
});
