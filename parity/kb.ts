import { statWorkspacePath } from '../io/boundary.js';
import { globWorkspace } from '../io/glob.js';
import { resolve } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { classify, SCHEMA_FILES, type Classification } from './classify.js';
import { fatalDiagnostic, readStructured, type StructuredDocument } from './document.js';
import { workspacePath, relativeTo } from './paths.js';
import { parsePath, PathSyntaxError } from './pointer.js';
import { validateCapabilityData, violationDiagnostics } from './schemas.js';
import type { CapabilityFile, Check, KbDomain } from './types.js';

/** A JSON/YAML file of the knowledge base that parsed, with the schema it is checked against. */
export interface KbEntry {
  document: StructuredDocument;
  classification: Classification;
}

/** The knowledge-base folder read: every JSON/YAML file that parsed, and what did not. */
export interface KbFiles {
  /** The folder, relative to the workspace root. */
  kb: string;
  /** Every `*.json`, `*.yaml`, `*.yml` under the folder, workspace-relative, sorted. */
  paths: string[];
  entries: KbEntry[];
  /** Fatal: a missing folder, files that cannot be read or parsed. */
  diagnostics: Diagnostic[];
}

/** A folder inside the workspace (not reached through a link that leads out). */
function isFolder(root: string, path: string): boolean {
  try {
    return statWorkspacePath(root, path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Lists and parses every JSON/YAML file under `kb` (relative to `root`; `node_modules` and
 * dot folders are skipped), in path order, and classifies each (see classify). Files that cannot
 * be read or parsed give fatal diagnostics with their line; the others are still read. Never
 * throws.
 */
export function readKbFiles(root: string, kbDir: string): KbFiles {
  const kb = relativeTo(root, kbDir);
  const full = resolve(root, kbDir);
  if (!isFolder(root, full)) {
    const message = `Knowledge-base folder "${kb}" does not exist. Pass --kb (Action input kb) or set parity.kb in the config.`;
    return {
      kb,
      paths: [],
      entries: [],
      diagnostics: [fatalDiagnostic(kb, 'parity-kb-missing', message)],
    };
  }
  // Files reached through a link that leads outside the workspace are not listed (io/glob.ts).
  const paths = globWorkspace(root, ['**/*.json', '**/*.yaml', '**/*.yml'], {
    cwd: full,
    ignore: ['**/node_modules/**'],
  })
    .files.map((f) => (kb === '.' ? f : `${kb}/${f}`))
    .sort();
  const entries: KbEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const parsed = readStructured(root, path);
    if (parsed.diagnostic) diagnostics.push(parsed.diagnostic);
    else {
      entries.push({
        document: parsed.document,
        classification: classify(path, parsed.document.data),
      });
    }
  }
  return { kb, paths, entries, diagnostics };
}

/** The paths a check reads, with the JSON Pointer of each inside the contract's check. */
function pathsOf(check: Check): Array<[key: string, value: string]> {
  switch (check.kind) {
    case 'file-exists':
    case 'json-path-equals':
    case 'markdown-heading':
      return [['file', check.file]];
    case 'glob-exists':
      return [['glob', check.glob]];
    case 'board-item-done':
      return [['board', check.board]];
    case 'command':
      return check.cwd === undefined ? [] : [['cwd', check.cwd]];
  }
}

/**
 * Checks capability files: schema (schemas/capability.schema.json), then what a schema cannot
 * say — domains and capability ids unique in the knowledge base, contract ids unique in their
 * capability, paths that stay inside the workspace, JSON paths that parse, a heading's `#`
 * prefix agreeing with its `depth`. Returns the files that passed as domains, and an error
 * diagnostic (rule `schema-violation` or `invalid-capability`) for every problem, on its line.
 */
export function checkCapabilityFiles(entries: readonly KbEntry[]): {
  domains: KbDomain[];
  diagnostics: Diagnostic[];
} {
  const domains: KbDomain[] = [];
  const diagnostics: Diagnostic[] = [];
  const domainSeen = new Map<string, string>();
  const capabilitySeen = new Map<string, string>();
  for (const { document, classification } of entries) {
    if (classification.kind !== 'capability') continue;
    const found = validateCapabilityData(document.data);
    if (found.length) {
      diagnostics.push(...violationDiagnostics(document, found, SCHEMA_FILES.capability));
      continue;
    }
    const data = document.data as CapabilityFile;
    const problems: Diagnostic[] = [];
    const problem = (pointer: string, message: string): void => {
      problems.push({
        rule: 'invalid-capability',
        severity: 'error',
        message,
        path: document.path,
        line: document.lineOf(pointer),
        column: 1,
      });
    };
    const where = (map: Map<string, string>, key: string, at: string): string | undefined => {
      const before = map.get(key);
      if (!before) map.set(key, at);
      return before;
    };
    const here = (pointer: string): string => `${document.path}:${document.lineOf(pointer)}`;
    const firstDomain = where(domainSeen, data.domain, here('/domain'));
    if (firstDomain) {
      problem('/domain', `Domain "${data.domain}" is already described in ${firstDomain}.`);
    }
    data.capabilities.forEach((capability, c) => {
      const cap = `/capabilities/${c}`;
      const first = where(capabilitySeen, capability.id, here(`${cap}/id`));
      if (first)
        problem(`${cap}/id`, `Capability id "${capability.id}" is already used at ${first}.`);
      const contractSeen = new Map<string, string>();
      capability.contracts.forEach((contract, k) => {
        const at = `${cap}/contracts/${k}`;
        const again = where(contractSeen, contract.id, here(`${at}/id`));
        if (again) {
          problem(
            `${at}/id`,
            `Contract id "${contract.id}" is already used in capability "${capability.id}" at ${again}.`,
          );
        }
        const check = contract.check;
        for (const [key, value] of pathsOf(check)) {
          if (workspacePath(value) === undefined) {
            problem(
              `${at}/check/${key}`,
              `"${value}" leaves the workspace; check paths are relative to the workspace root and stay inside it.`,
            );
          }
        }
        if (check.kind === 'json-path-equals') {
          try {
            parsePath(check.path);
          } catch (e) {
            if (!(e instanceof PathSyntaxError)) throw e;
            problem(`${at}/check/path`, `Invalid JSON path ${e.message}.`);
          }
        }
        if (check.kind === 'markdown-heading') {
          const hashes = /^(#{1,6})\s/.exec(check.heading)?.[1]?.length;
          if (hashes !== undefined && check.depth !== undefined && hashes !== check.depth) {
            problem(
              `${at}/check/depth`,
              `Heading "${check.heading}" is written at depth ${hashes} but depth says ${check.depth}.`,
            );
          }
        }
      });
    });
    diagnostics.push(...problems);
    if (!problems.length) {
      domains.push({ path: document.path, data, lineOf: document.lineOf });
    }
  }
  return { domains, diagnostics };
}
