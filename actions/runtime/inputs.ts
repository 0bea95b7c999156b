import * as core from '@actions/core';
import { resolve } from 'node:path';
import { DEFAULT_API_TIMEOUT } from './github.js';
import { fail } from './log.js';

/** What every boardwright Action reads: where to run and how to reach the pull request. */
export interface CommonInputs {
  /** The `working-directory` input as given ('.' when empty). */
  workingDirectory: string;
  /** The working directory, absolute. */
  root: string;
  /** Keep a sticky comment on the pull request. */
  comment: boolean;
  token?: string;
  /** Seconds each GitHub API request may take. */
  apiTimeout: number;
}

/** The values the runner takes as true and false (YAML 1.2 core schema), as core.getBooleanInput. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** `raw` as a runner boolean (see booleanInput), undefined when it is none. */
export function booleanValue(raw: string): boolean | undefined {
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  return undefined;
}

/**
 * A boolean input as the runner defines them (core.getBooleanInput): `true`, `True`, `TRUE`,
 * `false`, `False` or `FALSE`, surrounding white space ignored; anything else is an error naming
 * the input. An empty input (only outside the runner, which applies the action.yml default)
 * gives `fallback`.
 */
export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name);
  if (!raw) return fallback;
  const value = booleanValue(raw);
  if (value !== undefined) return value;
  throw new Error(
    `Input ${name} must be true or false (true, True, TRUE, false, False or FALSE), not "${raw}".`,
  );
}

/** Reads the inputs every boardwright Action shares. Tokens are masked in the log. */
export function commonInputs(): CommonInputs {
  const token = core.getInput('github-token') || undefined;
  if (token) core.setSecret(token);
  const workingDirectory = core.getInput('working-directory') || '.';
  const rawTimeout = core.getInput('api-timeout');
  const apiTimeout = rawTimeout ? Number(rawTimeout) : DEFAULT_API_TIMEOUT;
  if (!Number.isFinite(apiTimeout) || apiTimeout <= 0 || apiTimeout > 600) {
    throw new Error(
      `Input api-timeout must be a number of seconds from 1 to 600, not "${rawTimeout}".`,
    );
  }
  const common: CommonInputs = {
    workingDirectory,
    root: resolve(workingDirectory),
    comment: booleanInput('comment', true),
    apiTimeout,
  };
  if (token) common.token = token;
  return common;
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
