import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  itemsInGroup,
  progressOf
} from "./chunk-PSST65ID.js";
import {
  mdCode,
  mdText
} from "./chunk-RO54TS7C.js";

// generators/summary.ts
var cell = mdText;
function row(name, p) {
  return `| ${cell(name)} | ${p.items} | ${p.done} | ${p.inProgress} | ${p.blocked} | ${p.percentDone}% |`;
}
var HEAD = "| | Items | Done | In progress | Blocked | % done |\n| --- | ---: | ---: | ---: | ---: | ---: |";
function summaryMarkdown(workspace) {
  const lines = ["# Board summary", "", HEAD];
  for (const board of workspace.boards)
    lines.push(row(`${board.title} (${board.path})`, progressOf(board.items)));
  lines.push(row("All boards", progressOf(workspace.boards.flatMap((b) => b.items))));
  for (const board of workspace.boards) lines.push("", ...boardSection(board));
  return `${lines.join("\n")}
`;
}
function boardSection(board) {
  const out = [
    `## ${cell(board.title)}`,
    "",
    `${mdCode(board.path)} \xB7 dialect ${mdCode(board.dialect)}`,
    "",
    HEAD
  ];
  const top = board.groups.filter((g) => !g.parent && g.kind !== "column");
  const columns = board.groups.filter((g) => g.kind === "column" && !g.parent);
  for (const g of [...top, ...columns].sort((a, b) => a.index - b.index)) {
    out.push(row(g.title, progressOf(itemsInGroup(board, g))));
  }
  const loose = board.items.filter((i) => i.group === void 0);
  if (loose.length) out.push(row("(no group)", progressOf(loose)));
  out.push(row("Total", progressOf(board.items)));
  return out;
}
function summaryFiles(workspace) {
  return [{ path: "summary.md", content: summaryMarkdown(workspace) }];
}

export {
  summaryMarkdown,
  summaryFiles
};
