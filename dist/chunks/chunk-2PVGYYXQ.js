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
  const made = [];
  const boardJson = (i) => made[i] ??= stableJson(boards[i]).slice(0, -1);
  const files = [
    {
      path: "model.json",
      get content() {
        const list = boards.length ? `[
${boards.map((_, i) => `    ${indented(boardJson(i), "    ")}`).join(",\n")}
  ]` : "[]";
        return withFirstMember("boards", list, rest);
      }
    }
  ];
  boards.forEach((board, i) => {
    files.push({
      path: `boards/${board.id}.json`,
      get content() {
        const json = boardJson(i);
        made[i] = void 0;
        return withFirstMember("board", indented(json, "  "), {
          diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
          schemaVersion: workspace.schemaVersion
        });
      }
    });
  });
  return files;
}

export {
  manifestFiles
};
