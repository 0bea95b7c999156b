import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  getInput,
  run,
  runAction
} from "../chunks/chunk-DIM622XJ.js";
import "../chunks/chunk-7DJ7COOM.js";

// actions/root/commands.ts
var ACTION_COMMANDS = {
  "board-check": run
};

// actions/root/main.ts
await runAction(async () => {
  const command = getInput("command") || "board-check";
  const run2 = ACTION_COMMANDS[command];
  if (!run2) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(", ")}.`
    );
  }
  await run2();
});
