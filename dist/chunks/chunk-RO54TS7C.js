import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  escapeControlCharacters
} from "./chunk-U4BRR2OX.js";

// report/markdown.ts
var LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
var INLINE_SYNTAX = /[\\`*_[\]|~$]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var BREAK = "&#8203;";
function mdText(text) {
  return escapeControlCharacters(text.replace(LINE_BREAKS, " ")).replace(/[&<>]/g, (c) => HTML[c]).replace(INLINE_SYNTAX, "\\$&").replace(/@(?=[A-Za-z0-9])/g, `@${BREAK}`).replace(/:(?=\/\/)/g, `:${BREAK}`).replace(/(www)\./gi, `$1${BREAK}.`);
}
var BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|-{3,}\s*$|=+\s*$)/;
var ORDERED_START = /^(\s*\d{1,9})([.)])(?=\s|$)/;
function mdLine(text) {
  return mdText(text).replace(BLOCK_START, "$1\\$2").replace(ORDERED_START, "$1\\$2");
}
function mdCode(text, inTable = false) {
  let body = escapeControlCharacters(text.replace(LINE_BREAKS, " "));
  if (inTable) body = body.replace(/\|/g, "\\|");
  if (!body) return "";
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

export {
  mdText,
  mdLine,
  mdCode
};
