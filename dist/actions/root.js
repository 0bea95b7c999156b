import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-WR3ZYUME.js";
import {
  run as run10
} from "../chunks/chunk-RARWHQHB.js";
import {
  run as run8
} from "../chunks/chunk-GS7ZZLJO.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-YR5YSC4E.js";
import "../chunks/chunk-OEFFH7KW.js";
import "../chunks/chunk-4DZQMOY3.js";
import "../chunks/chunk-7DOOYA43.js";
import {
  run
} from "../chunks/chunk-IDI7GHUB.js";
import {
  run as run2
} from "../chunks/chunk-LPOJBF7G.js";
import "../chunks/chunk-QVNCPZSW.js";
import "../chunks/chunk-H6SQM7YB.js";
import {
  run as run3
} from "../chunks/chunk-VONAWUHM.js";
import "../chunks/chunk-YMBVAM3N.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-443B4VQT.js";
import "../chunks/chunk-SMJXYC2Z.js";
import "../chunks/chunk-5624TIOG.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-XFUVVYVR.js";
import "../chunks/chunk-AZ2SZAIJ.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-BJEGF642.js";
import "../chunks/chunk-JOUF7RAE.js";
import "../chunks/chunk-GNIFPFAX.js";
import "../chunks/chunk-LTH2YIJK.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-NWG6GBBH.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-LFKQTQ52.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-3LDJRTKG.js";
import "../chunks/chunk-NCXVD5XK.js";
import "../chunks/chunk-O7GKSGEY.js";
import "../chunks/chunk-TN6JGRPT.js";
import "../chunks/chunk-RO54TS7C.js";
import "../chunks/chunk-MSRNZQFV.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-U4BRR2OX.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/root/commands.ts
var ACTION_COMMANDS = {
  "board-check": run,
  changelog: run2,
  "commit-lint": run3,
  version: run8,
  diagrams: run4,
  "doc-sync": run5,
  parity: run6,
  "spec-bundle": run9,
  report: run7,
  sync: run10
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run11 = ACTION_COMMANDS[command];
  if (!run11) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run11();
});
