import type { Command } from 'commander';

/** Registers the diagrams command(s) on the program. */
export function register(_program: Command): void {}
