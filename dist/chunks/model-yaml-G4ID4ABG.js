import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  modelYaml,
  modelYamlFiles
} from "./chunk-Y2TRK5HD.js";
import "./chunk-VFBDS4U7.js";
export {
  modelYaml,
  modelYamlFiles
};
