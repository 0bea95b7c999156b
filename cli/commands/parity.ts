import type { Command } from 'commander';

/** Registers the parity command(s) on the program. */
export function register(_program: Command): void {}
