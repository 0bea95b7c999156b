import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  manifestFiles
} from "./chunk-COPVAWA2.js";
import "./chunk-E3QC6DGJ.js";
import "./chunk-VFBDS4U7.js";
export {
  manifestFiles
};
