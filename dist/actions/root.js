import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-ENCW5DEM.js";
import {
  run as run7
} from "../chunks/chunk-AXI2OFA2.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-LNVEGBKG.js";
import {
  run
} from "../chunks/chunk-2GP4CSFS.js";
import {
  run as run2
} from "../chunks/chunk-L43ZGDNC.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-FBWUSQQR.js";
import {
  run as run3
} from "../chunks/chunk-JA6V5CX3.js";
import "../chunks/chunk-O2I3EOYX.js";
import "../chunks/chunk-KYS7WZRZ.js";
import {
  run as run4
} from "../chunks/chunk-5I4LJMZQ.js";
import "../chunks/chunk-BV3EOQUB.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-KFGMVDU4.js";
import "../chunks/chunk-PAALFKFG.js";
import {
  run as run6
} from "../chunks/chunk-L73YSTTL.js";
import "../chunks/chunk-72CVUZPO.js";
import "../chunks/chunk-3Q5VNHR7.js";
import "../chunks/chunk-5ASJFVCF.js";
import "../chunks/chunk-M3STHF6A.js";
import "../chunks/chunk-Y4G3PRSM.js";
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
