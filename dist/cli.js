#!/usr/bin/env node
import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-RA6HHIID.js";
import "./chunks/chunk-VFBDS4U7.js";

// cli/bin.ts
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  process.stdout.write(`${VERSION}
`);
} else {
  await import("./chunks/main-TO4YPDJT.js");
}
