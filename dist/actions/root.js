import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-5HQG6G7P.js";
import {
  run as run7
} from "../chunks/chunk-VS6P7QZE.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-CS3W6UCQ.js";
import {
  run
} from "../chunks/chunk-4NTIEPT7.js";
import {
  run as run2
} from "../chunks/chunk-DDN3B7GH.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-RGZEWT33.js";
import {
  run as run3
} from "../chunks/chunk-FT777DBY.js";
import "../chunks/chunk-DGWJSPUG.js";
import "../chunks/chunk-LBKPKSAA.js";
import {
  run as run4
} from "../chunks/chunk-SFGP7TFJ.js";
import "../chunks/chunk-W6PJQ6RT.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-XUEA7QDJ.js";
import "../chunks/chunk-JJWSSRVR.js";
import {
  run as run6
} from "../chunks/chunk-VQLSR37H.js";
import "../chunks/chunk-3TKVZN3M.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-OCW32VH6.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-4U5E6MWY.js";
import "../chunks/chunk-VFBDS4U7.js";

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
