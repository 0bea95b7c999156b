import type { Command } from 'commander';

/** Registers the site command(s) on the program. */
export function register(_program: Command): void {}
