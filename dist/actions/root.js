import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run7
} from "../chunks/chunk-XVORGUNR.js";
import {
  run as run9
} from "../chunks/chunk-AKAA2GZ7.js";
import {
  run as run10
} from "../chunks/chunk-WZSEONHZ.js";
import {
  run as run8
} from "../chunks/chunk-TQCY2YBU.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-2UIIPIED.js";
import "../chunks/chunk-DRUJ5SHH.js";
import "../chunks/chunk-UFOGG23W.js";
import "../chunks/chunk-4FMG3H5M.js";
import {
  run
} from "../chunks/chunk-R2JU4LG4.js";
import {
  run as run2
} from "../chunks/chunk-UAX63C7S.js";
import "../chunks/chunk-7NFGKA64.js";
import "../chunks/chunk-YPRPYDXF.js";
import {
  run as run3
} from "../chunks/chunk-E2USTFIW.js";
import "../chunks/chunk-JPJKDOIH.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-AROZF7CI.js";
import "../chunks/chunk-UD74CNIP.js";
import "../chunks/chunk-GKUYCGGN.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-EAA7YSVL.js";
import "../chunks/chunk-SU6234CP.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-BPTRLJIZ.js";
import "../chunks/chunk-FWAWREKW.js";
import "../chunks/chunk-WLMIYAQU.js";
import "../chunks/chunk-E3QC6DGJ.js";
import "../chunks/chunk-LOGITCNW.js";
import "../chunks/chunk-AADV2VBK.js";
import "../chunks/chunk-IRPZZ7X4.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-LN3CTYTA.js";
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
