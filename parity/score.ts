import type {
  CapabilityStatus,
  ContractStatus,
  MatrixCapability,
  MatrixContract,
  MatrixDomain,
  ParityMatrix,
  Weight,
} from './types.js';
import { MATRIX_SCHEMA_URL } from './types.js';

/**
 * The severity-weighted parity score, as schemas/parity-matrix.schema.json defines it. All
 * functions here are pure; the numbers are exact for integer weights.
 */

/** round(10000 × passed / evaluated) / 100: a percentage with two decimals; null for 0 / 0. */
export function scoreOf(weight: Weight): number | null {
  if (weight.evaluated === 0) return null;
  return Math.round((10000 * weight.passed) / weight.evaluated) / 100;
}

/** Sums the severities of passing contracts and of evaluated (passing or failing) ones. */
export function weightOf(
  contracts: ReadonlyArray<{ severity: number; status: ContractStatus }>,
): Weight {
  const weight = { passed: 0, evaluated: 0 };
  for (const c of contracts) {
    if (c.status === 'skipped') continue;
    weight.evaluated += c.severity;
    if (c.status === 'pass') weight.passed += c.severity;
  }
  return weight;
}

/** pass: all evaluated pass; fail: none passes; partial: some; skipped: none evaluated. */
export function statusOf(weight: Weight): CapabilityStatus {
  if (weight.evaluated === 0) return 'skipped';
  if (weight.passed === weight.evaluated) return 'pass';
  return weight.passed === 0 ? 'fail' : 'partial';
}

function add(a: Weight, b: Weight): Weight {
  return { passed: a.passed + b.passed, evaluated: a.evaluated + b.evaluated };
}

/** A capability's matrix entry from its evaluated contracts (in file order). */
export function scoreCapability(
  id: string,
  title: string,
  contracts: MatrixContract[],
): MatrixCapability {
  const weight = weightOf(contracts);
  return { id, title, status: statusOf(weight), score: scoreOf(weight), weight, contracts };
}

/** A domain's matrix entry: its weight pools every contract of its capabilities. */
export function scoreDomain(
  domain: { domain: string; title?: string; file: string },
  capabilities: MatrixCapability[],
): MatrixDomain {
  const weight = capabilities.reduce((w, c) => add(w, c.weight), { passed: 0, evaluated: 0 });
  return {
    domain: domain.domain,
    ...(domain.title !== undefined ? { title: domain.title } : {}),
    file: domain.file,
    score: scoreOf(weight),
    weight,
    capabilities,
  };
}

/** The whole matrix: totals and the score pooled over every contract of every domain. */
export function buildMatrix(
  kb: string,
  allowCommands: boolean,
  domains: MatrixDomain[],
): ParityMatrix {
  const weight = domains.reduce((w, d) => add(w, d.weight), { passed: 0, evaluated: 0 });
  const capabilities = { pass: 0, partial: 0, fail: 0, skipped: 0 };
  const contracts = { pass: 0, fail: 0, skipped: 0 };
  for (const d of domains) {
    for (const c of d.capabilities) {
      capabilities[c.status]++;
      for (const k of c.contracts) contracts[k.status]++;
    }
  }
  return {
    $schema: MATRIX_SCHEMA_URL,
    schemaVersion: 1,
    kb,
    allowCommands,
    score: scoreOf(weight),
    totals: { capabilities, contracts, weight },
    domains,
  };
}
