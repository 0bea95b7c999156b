import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  summaryMarkdown
} from "./chunk-4A4RDIFA.js";
import {
  parseMarkdown
} from "./chunk-AADV2VBK.js";
import {
  writeWorkspaceFile
} from "./chunk-23KL7PU6.js";
import {
  readWorkspaceFile
} from "./chunk-URQ42WZF.js";

// generators/inject.ts
var SUMMARY_START = "<!-- boardwright:summary:start -->";
var SUMMARY_END = "<!-- boardwright:summary:end -->";
var InjectError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
function summaryBlock(workspace) {
  const lines = summaryMarkdown(workspace).split("\n");
  if (/^# /.test(lines[0] ?? "")) lines.splice(0, lines[1] === "" ? 2 : 1);
  return lines.map((l) => /^#{1,5} /.test(l) ? `#${l}` : l).join("\n");
}
function findMarkers(text, marker) {
  const found = [];
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  for (const node of parseMarkdown(bom ? text.slice(1) : text).children) {
    if (node.type !== "html" || node.value.trim() !== marker) continue;
    const p = node.position;
    found.push({ start: p.start.offset + bom, end: p.end.offset + bom, line: p.start.line });
  }
  return found;
}
function lineOf(text, offset) {
  return text.slice(0, offset).split("\n").length;
}
function single(text, marker, path) {
  const found = findMarkers(text, marker);
  if (found.length === 1) return found[0];
  if (found.length > 1)
    throw new InjectError(
      `${path}:${found[1].line}: "${marker}" appears ${found.length} times (lines ${found.map((m) => m.line).join(", ")}); keep exactly one.`,
      found[1].line
    );
  const raw = text.indexOf(marker);
  if (raw >= 0) {
    const line = lineOf(text, raw);
    throw new InjectError(
      `${path}:${line}: "${marker}" must stand on a line of its own, outside code blocks, lists and quotes.`,
      line
    );
  }
  throw new InjectError(
    `${path}:1: no "${marker}" line. Add the two lines
  ${SUMMARY_START}
  ${SUMMARY_END}
where the summary should go.`,
    1
  );
}
function injectBlock(text, block, path) {
  const start = single(text, SUMMARY_START, path);
  const end = single(text, SUMMARY_END, path);
  if (end.start < start.end)
    throw new InjectError(
      `${path}:${end.line}: "${SUMMARY_END}" comes before "${SUMMARY_START}" (line ${start.line}).`,
      end.line
    );
  const newline = text.indexOf("\n", start.end);
  const crlf = newline > 0 && text[newline - 1] === "\r";
  const eol = crlf ? "\r\n" : "\n";
  const spanStart = crlf ? newline - 1 : newline;
  const spanEnd = text.lastIndexOf("\n", end.start - 1) + 1;
  const body = block.replace(/\r?\n/g, eol);
  return `${text.slice(0, spanStart)}${eol}${eol}${body}${body.endsWith(eol) ? "" : eol}${eol}${text.slice(spanEnd)}`;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function injectFile(path, block, checkOnly = false, root = process.cwd()) {
  const bytes = readWorkspaceFile(root, path);
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InjectError(`${path}:1: is not UTF-8 text; nothing was changed.`, 1);
  }
  const next = injectBlock(text, block, path);
  if (next === text) return { changed: false };
  if (checkOnly) return { changed: true };
  writeWorkspaceFile(root, path, next);
  return { changed: true };
}

export {
  SUMMARY_START,
  SUMMARY_END,
  InjectError,
  summaryBlock,
  injectBlock,
  injectFile
};
