import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-UGHJMYJI.js";
import "../chunks/chunk-PSST65ID.js";
import {
  run as run2
} from "../chunks/chunk-WX34ENMJ.js";
import "../chunks/chunk-JJWSSRVR.js";
import {
  run as run3
} from "../chunks/chunk-BFN4UIZH.js";
import "../chunks/chunk-NAWVAUQ7.js";
import "../chunks/chunk-LUCLMTN3.js";
import {
  run as run4
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
  "doc-sync": run2,
  parity: run3,
  "spec-bundle": run4
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run5 = ACTION_COMMANDS[command];
  if (!run5) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run5();
});
