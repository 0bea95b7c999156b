import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-NNNT4WCN.js";
import {
  run as run10
} from "../chunks/chunk-44ZIUIP2.js";
import {
  run as run8
} from "../chunks/chunk-J2HRZNID.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-W6DJEOA7.js";
import "../chunks/chunk-SIU4JNHV.js";
import "../chunks/chunk-OEFFH7KW.js";
import "../chunks/chunk-5QUE3A3P.js";
import {
  run
} from "../chunks/chunk-JMHS5HZR.js";
import {
  run as run2
} from "../chunks/chunk-2A6626QJ.js";
import "../chunks/chunk-G7KTXTCI.js";
import "../chunks/chunk-E4YCLTMU.js";
import {
  run as run3
} from "../chunks/chunk-E2USTFIW.js";
import "../chunks/chunk-JPJKDOIH.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-FDFQLULT.js";
import "../chunks/chunk-QCSOJ2BZ.js";
import "../chunks/chunk-HV4VS5LU.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-WWPX3NWG.js";
import "../chunks/chunk-U2TKJ3TT.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-4PCK7UGI.js";
import "../chunks/chunk-UL5O74US.js";
import "../chunks/chunk-AUGT2SE7.js";
import "../chunks/chunk-GNIFPFAX.js";
import "../chunks/chunk-WSASAY5D.js";
import "../chunks/chunk-DJCTYDV3.js";
import "../chunks/chunk-IRPZZ7X4.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-2QC5BG35.js";
import "../chunks/chunk-U3WXGQSS.js";
import "../chunks/chunk-K5BGF2D3.js";
import "../chunks/chunk-LUWI5A2R.js";
import "../chunks/chunk-URQ42WZF.js";
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
