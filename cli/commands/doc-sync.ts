import type { Command } from 'commander';

/** Registers the doc-sync command(s) on the program. */
export function register(_program: Command): void {}
