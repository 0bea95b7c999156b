import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  manifestFiles
} from "./chunk-QR3HYPHZ.js";
import "./chunk-II3YTOBB.js";
import "./chunk-VFBDS4U7.js";
export {
  manifestFiles
};
