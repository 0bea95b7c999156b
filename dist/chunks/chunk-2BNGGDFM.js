import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  stableJson
} from "./chunk-GNIFPFAX.js";

// generators/manifest.ts
function manifestFiles(workspace) {
  const files = [{ path: "model.json", content: stableJson(workspace) }];
  for (const board of workspace.boards) {
    files.push({
      path: `boards/${board.id}.json`,
      content: stableJson({
        schemaVersion: workspace.schemaVersion,
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path)
      })
    });
  }
  return files;
}

export {
  manifestFiles
};
