import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  modelYaml,
  modelYamlFiles
} from "./chunk-JW5Z4ZVA.js";
import "./chunk-VFBDS4U7.js";
export {
  modelYaml,
  modelYamlFiles
};
