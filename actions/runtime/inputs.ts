import * as core from '@actions/core';
import { fail } from './log.js';

/** Reads the inputs every boardwright Action shares. Tokens are masked in the log. */
export function commonInputs(): { workingDirectory: string; comment: boolean; token?: string } {
  const token = core.getInput('github-token') || undefined;
  if (token) core.setSecret(token);
  const comment = (core.getInput('comment') || 'true').toLowerCase() !== 'false';
  const workingDirectory = core.getInput('working-directory') || '.';
  return token ? { workingDirectory, comment, token } : { workingDirectory, comment };
}

/** A list input: one entry per line or separated by spaces or commas; [] when empty. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Runs an Action body: an unexpected error becomes a failed step with a message, never a raw
 * stack trace in the log, and exit code 2.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    fail(`boardwright: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}
