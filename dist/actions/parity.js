import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
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

// actions/parity/main.ts
await runAction(run);
