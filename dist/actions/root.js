import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-AKAA2GZ7.js";
import {
  run as run10
} from "../chunks/chunk-IYSFZ33K.js";
import {
  run as run8
} from "../chunks/chunk-P3XQ2FFE.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-FNUXGWNU.js";
import "../chunks/chunk-767IUN4B.js";
import "../chunks/chunk-UFOGG23W.js";
import "../chunks/chunk-4FMG3H5M.js";
import {
  run
} from "../chunks/chunk-LEAIERR5.js";
import {
  run as run2
} from "../chunks/chunk-M22UAL5H.js";
import "../chunks/chunk-L7SZXUWL.js";
import "../chunks/chunk-65W6H4DU.js";
import {
  run as run3
} from "../chunks/chunk-E2USTFIW.js";
import "../chunks/chunk-JPJKDOIH.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-7S2IQZB2.js";
import "../chunks/chunk-6ITDG7DN.js";
import "../chunks/chunk-GKUYCGGN.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-EAA7YSVL.js";
import "../chunks/chunk-SU6234CP.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-4D22M3VN.js";
import "../chunks/chunk-XLR5IYIH.js";
import "../chunks/chunk-WLMIYAQU.js";
import "../chunks/chunk-E3QC6DGJ.js";
import "../chunks/chunk-77ZPIAPV.js";
import "../chunks/chunk-AADV2VBK.js";
import "../chunks/chunk-IRPZZ7X4.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-YITZYNG4.js";
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
