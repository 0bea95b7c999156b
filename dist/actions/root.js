import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-OFI53QVH.js";
import {
  run as run2
} from "../chunks/chunk-KPZY3CIY.js";
import "../chunks/chunk-BTLRVVT7.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run3
} from "../chunks/chunk-WX34ENMJ.js";
import "../chunks/chunk-JJWSSRVR.js";
import {
  run as run4
} from "../chunks/chunk-D2CFK5JQ.js";
import "../chunks/chunk-6UAYML3P.js";
import "../chunks/chunk-7QAM6IRI.js";
import "../chunks/chunk-OCW32VH6.js";
import {
  run as run5
} from "../chunks/chunk-Q2UC2LDE.js";
import "../chunks/chunk-ER5RQOUL.js";
import "../chunks/chunk-CS3W6UCQ.js";
import "../chunks/chunk-KCPUIU3A.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-4VCR562R.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/root/commands.ts
var ACTION_COMMANDS = {
  "board-check": run,
  diagrams: run2,
  "doc-sync": run3,
  parity: run4,
  "spec-bundle": run5
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run6 = ACTION_COMMANDS[command];
  if (!run6) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run6();
});
