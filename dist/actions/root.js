import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-HLCU2FTT.js";
import {
  run as run7
} from "../chunks/chunk-PXQE4AOC.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-7DOOYA43.js";
import {
  run
} from "../chunks/chunk-DKDZNRQW.js";
import {
  run as run2
} from "../chunks/chunk-XANMH5HB.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-OWMTZSLB.js";
import {
  run as run3
} from "../chunks/chunk-F4DYPNDX.js";
import "../chunks/chunk-YMBVAM3N.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-FZBXIPLY.js";
import "../chunks/chunk-HIU4SK4E.js";
import "../chunks/chunk-5624TIOG.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-3T3EVTGK.js";
import "../chunks/chunk-AZ2SZAIJ.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-GOEWUUEV.js";
import "../chunks/chunk-OLWDJNJI.js";
import "../chunks/chunk-LTH2YIJK.js";
import "../chunks/chunk-II3YTOBB.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-N65SKTUL.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-7RNBTNI4.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-FOF75WMK.js";
import "../chunks/chunk-WRBJB655.js";
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
