import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
// The names alone: the config loader (yaml, the schema) loads only with the command.
import { CONFIG_FILES } from '../config/files.js';
import { findWorkspaceRoot } from '../io/workspace-root.js';

/** Argument names whose values are paths typed by the user. */
const PATH_ARGUMENTS = new Set(['paths', 'files', 'file', 'dir']);
/** Option value placeholders that name a path (`--out <dir>`, `--file <path>`…). */
const PATH_VALUE = /<(?:file|dir|path|canonical)>/;

/** A usage problem found before a command runs (exit 2, message on stderr). */
export class WorkspaceRootError extends Error {}

/**
 * Settles the workspace root before `command` runs. With `-C`, checks that it names an existing
 * folder (WorkspaceRootError otherwise: the folder is never created). Without `-C` or `-c`, looks
 * for a config from the current folder upward to the git root (io/workspace-root.ts); when it is
 * found in a parent folder, that folder becomes the root (`-C`), and every path the user typed —
 * path arguments and options such as `--out <dir>` — is rewritten relative to it, so that paths
 * keep meaning what they meant in the shell's folder. Defaults (e.g. `--out boardwright-out`)
 * stay relative to the root.
 */
export function settleWorkspace(program: Command, command: Command): void {
  const given = program.getOptionValueSource('cwd') === 'cli';
  const cwd = resolve(String(program.opts().cwd ?? '.'));
  let folder = false;
  try {
    folder = statSync(cwd).isDirectory();
  } catch {
    // missing
  }
  if (!folder) {
    throw new WorkspaceRootError(
      `-C ${program.opts().cwd}: no such folder. Pass the folder that holds your boards (it is never created).`,
    );
  }
  if (given || program.opts().config) return;
  const root = findWorkspaceRoot(cwd, CONFIG_FILES);
  if (root === cwd) return;
  const rebase = (p: string): string => relative(root, resolve(cwd, p)).split(sep).join('/') || '.';
  program.setOptionValueWithSource('cwd', root, 'default');
  command.registeredArguments.forEach((argument, i) => {
    if (!PATH_ARGUMENTS.has(argument.name())) return;
    const value = command.processedArgs[i] as unknown;
    if (typeof value === 'string') command.processedArgs[i] = rebase(value);
    else if (Array.isArray(value)) command.processedArgs[i] = value.map((v) => rebase(String(v)));
  });
  for (const option of command.options) {
    const key = option.attributeName();
    if (!PATH_VALUE.test(option.flags) || command.getOptionValueSource(key) !== 'cli') continue;
    const value = command.getOptionValue(key) as unknown;
    if (typeof value === 'string') command.setOptionValueWithSource(key, rebase(value), 'cli');
    else if (Array.isArray(value))
      command.setOptionValueWithSource(
        key,
        value.map((v) => rebase(String(v))),
        'cli',
      );
  }
}
