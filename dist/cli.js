#!/usr/bin/env node
import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-YITZYNG4.js";
import {
  printOut
} from "./chunks/chunk-U4BRR2OX.js";
import "./chunks/chunk-VFBDS4U7.js";

// cli/bin.ts
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  printOut(`${VERSION}
`);
} else {
  await import("./chunks/main-AMV4NMVV.js");
}
