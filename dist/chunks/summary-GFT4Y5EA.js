import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  summaryFiles,
  summaryMarkdown
} from "./chunk-GMMS4SSU.js";
import "./chunk-PSST65ID.js";
import "./chunk-VFBDS4U7.js";
export {
  summaryFiles,
  summaryMarkdown
};
