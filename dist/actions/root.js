import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-TMCSHHC4.js";
import {
  run as run10
} from "../chunks/chunk-J2R2ONGU.js";
import {
  run as run8
} from "../chunks/chunk-5GBOOMYG.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-FAF7WTWF.js";
import "../chunks/chunk-INZTB3MQ.js";
import "../chunks/chunk-UFOGG23W.js";
import "../chunks/chunk-OOZRA7IC.js";
import {
  run
} from "../chunks/chunk-LN3PUHLE.js";
import {
  run as run2
} from "../chunks/chunk-TTIAMYCV.js";
import "../chunks/chunk-WQD4XS6B.js";
import "../chunks/chunk-YVGGX5XT.js";
import {
  run as run3
} from "../chunks/chunk-E2USTFIW.js";
import "../chunks/chunk-JPJKDOIH.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-7QSI5EHB.js";
import "../chunks/chunk-CMNKAFSP.js";
import "../chunks/chunk-M6SEKDXG.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-EAA7YSVL.js";
import "../chunks/chunk-SU6234CP.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-YIX6VRGK.js";
import "../chunks/chunk-JSU7RYHM.js";
import "../chunks/chunk-34I43FGT.js";
import "../chunks/chunk-E3QC6DGJ.js";
import "../chunks/chunk-Y2LQTAEQ.js";
import "../chunks/chunk-OHXOJXPS.js";
import "../chunks/chunk-IRPZZ7X4.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-NH6N5WO6.js";
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
