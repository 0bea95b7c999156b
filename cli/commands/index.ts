import type { Command } from 'commander';

/** A module of commands beyond build/check: the names of the commands it registers, and its loader. */
export interface CommandModule {
  names: readonly string[];
  load: () => Promise<{ register: (program: Command) => void }>;
}

/**
 * Commands beyond build/check, one module each. Every module registers its commands on the
 * program and calls the same library function its Action calls. A module is loaded only when
 * the command line names one of its commands (or asks for help), so that `check` never loads
 * Graphviz, Handlebars or the templates: list every command a module registers in `names`.
 */
export const COMMANDS: readonly CommandModule[] = [
  { names: ['spec-bundle'], load: () => import('./spec-bundle.js') },
  { names: ['doc-sync'], load: () => import('./doc-sync.js') },
  { names: ['parity'], load: () => import('./parity.js') },
  { names: ['version', 'changelog', 'commit-lint'], load: () => import('./release.js') },
  { names: ['diagrams'], load: () => import('./diagrams.js') },
  { names: ['site'], load: () => import('./site.js') },
  { names: ['init', 'update'], load: () => import('./templates.js') },
  { names: ['summary'], load: () => import('./summary.js') },
  { names: ['sync'], load: () => import('./sync.js') },
  {
    names: ['move', 'done', 'reopen', 'set', 'add', 'tick', 'show', 'next'],
    load: () => import('./edit.js'),
  },
];

/** Program options that take a value, so that the value is not taken for the command's name. */
const VALUED = new Set(['-C', '--cwd', '-c', '--config', '--cache-dir']);

/**
 * The register functions of the command modules a command line needs: none for a built-in
 * command, the module naming the command, or every module (help, or a name none lists).
 * `argv` is the arguments after the program name.
 */
export async function commandsFor(
  argv: readonly string[],
  builtIn: readonly string[],
): Promise<Array<(program: Command) => void>> {
  let name: string | undefined;
  for (let i = 0; i < argv.length && name === undefined; i++) {
    const arg = argv[i]!;
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) name = arg;
  }
  if (name !== undefined && builtIn.includes(name)) return [];
  const named = COMMANDS.filter((m) => name !== undefined && m.names.includes(name));
  const modules = await Promise.all((named.length ? named : COMMANDS).map((m) => m.load()));
  return modules.map((m) => m.register);
}
