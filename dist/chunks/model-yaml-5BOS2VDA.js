import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  modelYaml,
  modelYamlFiles,
  modelYamlPieces
} from "./chunk-MBZZDXIG.js";
import "./chunk-VFBDS4U7.js";
export {
  modelYaml,
  modelYamlFiles,
  modelYamlPieces
};
