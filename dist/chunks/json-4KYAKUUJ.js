import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  stableJson,
  stableJsonFile,
  stableJsonPieces
} from "./chunk-E3QC6DGJ.js";
import "./chunk-VFBDS4U7.js";
export {
  stableJson,
  stableJsonFile,
  stableJsonPieces
};
