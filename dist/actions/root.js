import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-7TSWKRTY.js";
import {
  run as run7
} from "../chunks/chunk-XB7W6TDA.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-E4ZXEPQ7.js";
import {
  run
} from "../chunks/chunk-QGI632FH.js";
import {
  run as run2
} from "../chunks/chunk-L5GQ3OBO.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-5FH5DGHB.js";
import {
  run as run3
} from "../chunks/chunk-T5MY55NW.js";
import "../chunks/chunk-O2I3EOYX.js";
import "../chunks/chunk-KYS7WZRZ.js";
import {
  run as run4
} from "../chunks/chunk-YPD42FPU.js";
import "../chunks/chunk-M3ANEP6Y.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-XUEA7QDJ.js";
import "../chunks/chunk-JJWSSRVR.js";
import {
  run as run6
} from "../chunks/chunk-5LV7PNDS.js";
import "../chunks/chunk-3EJFWAND.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-5FCAE5DD.js";
import "../chunks/chunk-26TC6EVB.js";
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
