import type { Command } from 'commander';

/** Registers the version, changelog and commit-lint from git history command(s) on the program. */
export function register(_program: Command): void {}
