#!/usr/bin/env node
import { VERSION } from '../model/version.js';
import { printOut } from '../report/terminal.js';

/**
 * The `boardwright` executable. `--version` answers without loading anything but the output
 * gate (report/terminal.ts); every other invocation loads the command line (cli/main.ts), which
 * loads only the modules the command it runs needs.
 */
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  printOut(`${VERSION}\n`);
} else {
  await import('./main.js');
}
