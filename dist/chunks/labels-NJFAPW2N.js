import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  labelsFiles,
  labelsManifest
} from "./chunk-UFOGG23W.js";
import "./chunk-PSST65ID.js";
import "./chunk-E3QC6DGJ.js";
import "./chunk-4ALAVELF.js";
import "./chunk-VFBDS4U7.js";
export {
  labelsFiles,
  labelsManifest
};
