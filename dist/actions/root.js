import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  run
} from "../chunks/chunk-AW6WVKGX.js";
import "../chunks/chunk-H72WMUWF.js";
import {
  run as run2
} from "../chunks/chunk-TLDDOG42.js";
import "../chunks/chunk-FT2DVWTC.js";
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
