import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-HGU5I2IF.js";
import {
  run as run10
} from "../chunks/chunk-JMYKP2KI.js";
import {
  run as run8
} from "../chunks/chunk-K6MPE4WI.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-KTSX2LVV.js";
import "../chunks/chunk-22KHS327.js";
import "../chunks/chunk-UFOGG23W.js";
import "../chunks/chunk-LCHMAXOV.js";
import {
  run
} from "../chunks/chunk-WMPQOINI.js";
import {
  run as run2
} from "../chunks/chunk-OXF2JFZ6.js";
import "../chunks/chunk-55S2GJI6.js";
import "../chunks/chunk-AAQVMTXT.js";
import {
  run as run3
} from "../chunks/chunk-E2USTFIW.js";
import "../chunks/chunk-JPJKDOIH.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-4TMMUWW7.js";
import "../chunks/chunk-QTVVBCXL.js";
import "../chunks/chunk-IG27GLQM.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-EAA7YSVL.js";
import "../chunks/chunk-SU6234CP.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-M6CJ2A3G.js";
import "../chunks/chunk-P2MUVVZG.js";
import "../chunks/chunk-Q2J74ZY6.js";
import "../chunks/chunk-E3QC6DGJ.js";
import "../chunks/chunk-JXXOQIW3.js";
import "../chunks/chunk-DEWTMZ6H.js";
import "../chunks/chunk-IRPZZ7X4.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-QFM4UX5N.js";
import "../chunks/chunk-U3WXGQSS.js";
import "../chunks/chunk-23KL7PU6.js";
import "../chunks/chunk-NLBMK4U6.js";
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
