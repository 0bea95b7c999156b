import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-HI3Z4WBE.js";
import "../chunks/chunk-63CI7N2Q.js";
import {
  run as run2
} from "../chunks/chunk-3LHMGW6J.js";
import "../chunks/chunk-VP3DFR46.js";
import {
  getInput,
  runAction
} from "../chunks/chunk-HEAKYXIO.js";
import "../chunks/chunk-VFBDS4U7.js";

// actions/root/commands.ts
var ACTION_COMMANDS = {
  "board-check": run,
  "doc-sync": run2
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run3 = ACTION_COMMANDS[command];
  if (!run3) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run3();
});
