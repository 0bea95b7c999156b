import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  OutputPathError,
  safeOutputPath,
  writeOutputs
} from "./chunk-OQF7BBI2.js";
import "./chunk-VFBDS4U7.js";
export {
  OutputPathError,
  safeOutputPath,
  writeOutputs
};
