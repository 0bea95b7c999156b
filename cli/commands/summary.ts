import type { Command } from 'commander';

/** Registers the summary --inject command(s) on the program. */
export function register(_program: Command): void {}
