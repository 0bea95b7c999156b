import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  progressOf
} from "./chunk-PSST65ID.js";
import {
  loadWorkspace
} from "./chunk-77ZPIAPV.js";
import {
  commonInputs,
  getInput,
  listInput,
  publish
} from "./chunk-3LDJRTKG.js";

// actions/board-check/run.ts
import { resolve } from "node:path";
var RANK = { info: 0, warning: 1, error: 2 };
async function run() {
  const common = commonInputs();
  const root = resolve(common.workingDirectory);
  const config = getInput("config");
  const loaded = loadWorkspace({
    root,
    paths: listInput("paths"),
    ...config ? { configPath: config } : {}
  });
  const failOn = getInput("fail-on") || loaded.config.config.failOn || "error";
  if (!(failOn in RANK))
    throw new Error(`fail-on must be error, warning or info, not "${failOn}".`);
  const { workspace } = loaded;
  const diagnostics = workspace.diagnostics.filter((d) => d.rule !== "mojibake-repaired");
  const items = workspace.boards.reduce((n, b) => n + b.items.length, 0);
  await publish(
    {
      check: "board-check",
      title: "Board check",
      passed: !diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]),
      unusable: loaded.unusable,
      diagnostics,
      headline: `${workspace.boards.length} board(s), ${items} item(s); failing on ${failOn} and above.`,
      outputs: { boards: workspace.boards.length, items },
      tables: [
        {
          header: ["Board", "Dialect", "Items", "Done", "% done"],
          rows: workspace.boards.map((b) => {
            const p = progressOf(b.items);
            return [b.path, b.dialect, String(p.items), String(p.done), `${p.percentDone}%`];
          })
        }
      ]
    },
    common
  );
}

export {
  run
};
