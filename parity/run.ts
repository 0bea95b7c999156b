import { resolve } from 'node:path';
import { compareDiagnostics } from '../checks/rule.js';
import type { Diagnostic } from '../model/types.js';
import { evaluate, type CheckContext } from './checks/index.js';
import { checkCapabilityFiles, readKbFiles } from './kb.js';
import { buildMatrix, scoreCapability, scoreDomain } from './score.js';
import type { MatrixCapability, MatrixContract, ParityMatrix } from './types.js';

export interface RunOptions {
  /** Workspace root; the kb folder and every path in a check are relative to it. */
  root: string;
  /** Knowledge-base folder, relative to root. */
  kb: string;
  /** Run `command` contracts (otherwise they are skipped). */
  allowCommands: boolean;
  /** Config file for reading boards, relative to root (default: the usual file names). */
  configPath?: string;
}

/** Where a contract is written in its capability file, for annotations. */
export interface ContractLocation {
  path: string;
  line: number;
}

export interface RunResult {
  /** The knowledge-base folder, relative to the root. */
  kb: string;
  /** Absent when the knowledge base could not be used. */
  matrix?: ParityMatrix;
  /**
   * Fatal: the knowledge base is unusable (missing folder, invalid JSON/YAML, schema or id
   * errors). Warnings: failing contracts, on their line. Info: skipped command contracts.
   */
  diagnostics: Diagnostic[];
  unusable: boolean;
  /** Every contract's place, keyed by contractKey. */
  locations: Map<string, ContractLocation>;
  /** The failed/skipped diagnostic of each such contract (also in `diagnostics`), by contractKey. */
  contractDiagnostics: Map<string, Diagnostic>;
}

/** The key of a contract across matrices: ids cannot contain `/`. */
export function contractKey(capability: string, contract: string): string {
  return `${capability}/${contract}`;
}

/**
 * The parity runner: reads the knowledge base (every capability file under `kb`), evaluates each
 * contract with the evaluator of its check kind, one at a time in file order, and builds the
 * matrix with evidence and severity-weighted scores. Matrices of the same repository state are
 * equal (no times, sorted files, file order within them). Never throws on bad input: an
 * unusable knowledge base comes back as fatal diagnostics with file and line and no matrix.
 */
export async function runParity(options: RunOptions): Promise<RunResult> {
  const root = resolve(options.root);
  const files = readKbFiles(root, options.kb);
  const checked = checkCapabilityFiles(files.entries);
  const diagnostics: Diagnostic[] = [
    ...files.diagnostics,
    ...checked.diagnostics.map((d) => ({ ...d, fatal: true })),
  ];
  const locations = new Map<string, ContractLocation>();
  const contractDiagnostics = new Map<string, Diagnostic>();
  if (!files.diagnostics.length && !checked.diagnostics.length && !checked.domains.length) {
    diagnostics.push({
      rule: 'parity-kb-empty',
      severity: 'error',
      message: `Knowledge-base folder "${files.kb}" holds no capability file (JSON or YAML with a domain and capabilities; see schemas/capability.schema.json).`,
      path: files.kb,
      line: 1,
      column: 1,
      fatal: true,
    });
  }
  if (diagnostics.some((d) => d.fatal)) {
    diagnostics.sort(compareDiagnostics);
    return { kb: files.kb, diagnostics, unusable: true, locations, contractDiagnostics };
  }

  const context: CheckContext = {
    root,
    allowCommands: options.allowCommands,
    boards: new Map(),
    ...(options.configPath ? { configPath: options.configPath } : {}),
  };
  const domains = [];
  for (const domain of checked.domains) {
    const capabilities: MatrixCapability[] = [];
    for (const [c, capability] of domain.data.capabilities.entries()) {
      const contracts: MatrixContract[] = [];
      for (const [k, contract] of capability.contracts.entries()) {
        const result = await evaluate(contract.check, context);
        const line = domain.lineOf(`/capabilities/${c}/contracts/${k}`);
        locations.set(contractKey(capability.id, contract.id), { path: domain.path, line });
        contracts.push({
          id: contract.id,
          ...(contract.title !== undefined ? { title: contract.title } : {}),
          severity: contract.severity,
          kind: contract.check.kind,
          status: result.status,
          evidence: result.evidence,
        });
        if (result.status !== 'pass') {
          const failed = result.status === 'fail';
          const diagnostic: Diagnostic = {
            rule: failed ? 'parity-contract-failed' : 'parity-contract-skipped',
            severity: failed ? 'warning' : 'info',
            message: `Contract ${contractKey(capability.id, contract.id)} (severity ${contract.severity}) ${failed ? 'fails' : 'was skipped'}: ${result.evidence.replace(/\.$/, '')}.`,
            path: domain.path,
            line,
            column: 1,
          };
          diagnostics.push(diagnostic);
          contractDiagnostics.set(contractKey(capability.id, contract.id), diagnostic);
        }
      }
      capabilities.push(scoreCapability(capability.id, capability.title, contracts));
    }
    const { domain: name, title } = domain.data;
    domains.push(
      scoreDomain({ domain: name, file: domain.path, ...(title ? { title } : {}) }, capabilities),
    );
  }
  const matrix = buildMatrix(files.kb, options.allowCommands, domains);
  if (matrix.score === null) {
    diagnostics.push({
      rule: 'parity-nothing-evaluated',
      severity: 'warning',
      message: `No contract of "${files.kb}" was evaluated (every one is a command contract and commands are not allowed), so there is no score.`,
      path: files.kb,
      line: 1,
      column: 1,
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { kb: files.kb, matrix, diagnostics, unusable: false, locations, contractDiagnostics };
}
