import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  stableJson
} from "./chunk-GNIFPFAX.js";

// generators/manifest.ts
function indented(json, pad) {
  return json.replaceAll("\n", `
${pad}`);
}
function withFirstMember(key, valueJson, rest) {
  const tail = stableJson(rest);
  return `{
  ${JSON.stringify(key)}: ${valueJson},${tail.slice(1)}`;
}
function manifestFiles(workspace) {
  const { boards, ...rest } = workspace;
  const boardJson = boards.map((board) => stableJson(board).slice(0, -1));
  const list = boardJson.length ? `[
${boardJson.map((json) => `    ${indented(json, "    ")}`).join(",\n")}
  ]` : "[]";
  const files = [
    { path: "model.json", content: withFirstMember("boards", list, rest) }
  ];
  boards.forEach((board, i) => {
    files.push({
      path: `boards/${board.id}.json`,
      content: withFirstMember("board", indented(boardJson[i], "  "), {
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
        schemaVersion: workspace.schemaVersion
      })
    });
  });
  return files;
}

export {
  manifestFiles
};
