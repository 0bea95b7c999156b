import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  stableJsonFile
} from "./chunk-E3QC6DGJ.js";

// generators/manifest.ts
function manifestFiles(workspace) {
  return [
    stableJsonFile("model.json", workspace),
    ...workspace.boards.map(
      (board) => stableJsonFile(`boards/${board.id}.json`, {
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
        schemaVersion: workspace.schemaVersion
      })
    )
  ];
}

export {
  manifestFiles
};
