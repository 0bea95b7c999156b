import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  manifestFiles
} from "./chunk-2PVGYYXQ.js";
import "./chunk-GNIFPFAX.js";
import "./chunk-VFBDS4U7.js";
export {
  manifestFiles
};
