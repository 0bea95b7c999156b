import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-UV64BG5P.js";
import {
  run as run7
} from "../chunks/chunk-GVNS7MUA.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-4JQ32COW.js";
import {
  run
} from "../chunks/chunk-ZDPMAXX7.js";
import {
  run as run2
} from "../chunks/chunk-JDRLZ7FK.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-5DQQRWOO.js";
import {
  run as run3
} from "../chunks/chunk-OM5WRLNJ.js";
import "../chunks/chunk-5E5AUNHU.js";
import "../chunks/chunk-522BCGME.js";
import {
  run as run4
} from "../chunks/chunk-LDGD2JLB.js";
import "../chunks/chunk-56QGHFUL.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-XBZ2W7IX.js";
import "../chunks/chunk-WZ2FT6D5.js";
import {
  run as run6
} from "../chunks/chunk-NP7NNX2D.js";
import "../chunks/chunk-6YZXJ622.js";
import "../chunks/chunk-3Q5VNHR7.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-XL2HJG6H.js";
import "../chunks/chunk-BDOKGEDJ.js";
import "../chunks/chunk-ABKOGEDK.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-Q7LU24CR.js";
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
