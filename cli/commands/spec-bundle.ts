import type { Command } from 'commander';

/** Registers the spec-bundle command(s) on the program. */
export function register(_program: Command): void {}
