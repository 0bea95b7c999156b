import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  summaryFiles,
  summaryMarkdown
} from "./chunk-4A4RDIFA.js";
import "./chunk-PSST65ID.js";
import "./chunk-RO54TS7C.js";
import "./chunk-U4BRR2OX.js";
import "./chunk-VFBDS4U7.js";
export {
  summaryFiles,
  summaryMarkdown
};
