import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  stableJson
} from "./chunk-GNIFPFAX.js";
import "./chunk-VFBDS4U7.js";
export {
  stableJson
};
