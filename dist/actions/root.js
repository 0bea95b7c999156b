import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run as run8
} from "../chunks/chunk-DISZXTG6.js";
import {
  run as run7
} from "../chunks/chunk-GU43Q2MQ.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-7DOOYA43.js";
import {
  run
} from "../chunks/chunk-7NHFHBH5.js";
import {
  run as run2
} from "../chunks/chunk-VH5SS4ZK.js";
import "../chunks/chunk-7EQMH2B6.js";
import "../chunks/chunk-VW63KE4G.js";
import {
  run as run3
} from "../chunks/chunk-DC4ZO3XI.js";
import "../chunks/chunk-YMBVAM3N.js";
import "../chunks/chunk-IH4CVIRP.js";
import "../chunks/chunk-2IVUQWTP.js";
import {
  run as run4
} from "../chunks/chunk-F7I6U2V5.js";
import "../chunks/chunk-6DTPB6YL.js";
import "../chunks/chunk-5624TIOG.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run5
} from "../chunks/chunk-CUGJOAEP.js";
import "../chunks/chunk-AZ2SZAIJ.js";
import "../chunks/chunk-RIY2WJ2V.js";
import {
  run as run6
} from "../chunks/chunk-A6IJMCPS.js";
import "../chunks/chunk-NGCOZ7UV.js";
import "../chunks/chunk-LTH2YIJK.js";
import "../chunks/chunk-GNIFPFAX.js";
import "../chunks/chunk-OQF7BBI2.js";
import "../chunks/chunk-FKBDHSIM.js";
import "../chunks/chunk-F6TSBGOV.js";
import "../chunks/chunk-J5VXYQXS.js";
import "../chunks/chunk-4ALAVELF.js";
import "../chunks/chunk-RA6HHIID.js";
import "../chunks/chunk-45AMDMXC.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-ZEEGZAKH.js";
import "../chunks/chunk-J3XERYBC.js";
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
