import type { Command } from 'commander';

/** Registers the init / update command(s) on the program. */
export function register(_program: Command): void {}
