/**
 * The parity knowledge base and the parity matrix as TypeScript shapes. The JSON Schemas are
 * normative: `schemas/capability.schema.json` for capability files and
 * `schemas/parity-matrix.schema.json` for matrices (it also defines the score precisely).
 */

/** The check kinds a contract can declare, in the order the schema lists them. */
export const CHECK_KINDS = [
  'file-exists',
  'glob-exists',
  'json-path-equals',
  'board-item-done',
  'markdown-heading',
  'command',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface FileExistsCheck {
  kind: 'file-exists';
  file: string;
}
export interface GlobExistsCheck {
  kind: 'glob-exists';
  glob: string;
  min?: number;
}
export interface JsonPathEqualsCheck {
  kind: 'json-path-equals';
  file: string;
  path: string;
  equals: unknown;
}
export interface BoardItemDoneCheck {
  kind: 'board-item-done';
  board: string;
  item: string;
}
export interface MarkdownHeadingCheck {
  kind: 'markdown-heading';
  file: string;
  heading: string;
  depth?: number;
}
export interface CommandCheck {
  kind: 'command';
  run: string[];
  cwd?: string;
  timeoutSeconds?: number;
}
export type Check =
  | FileExistsCheck
  | GlobExistsCheck
  | JsonPathEqualsCheck
  | BoardItemDoneCheck
  | MarkdownHeadingCheck
  | CommandCheck;

/** Contract severity: 1 cosmetic … 5 critical; also its weight in the score. */
export type Severity = 1 | 2 | 3 | 4 | 5;

export interface Contract {
  id: string;
  title?: string;
  description?: string;
  severity: Severity;
  check: Check;
}

export interface Capability {
  id: string;
  title: string;
  description?: string;
  contracts: Contract[];
}

/** One capability file (one domain), as validated against capability.schema.json. */
export interface CapabilityFile {
  domain: string;
  title?: string;
  description?: string;
  capabilities: Capability[];
}

/** A capability file read from the knowledge base, with where its parts are written. */
export interface KbDomain {
  /** Workspace-relative path of the file, `/`-separated. */
  path: string;
  data: CapabilityFile;
  /** 1-based line of the JSON Pointer's value in the file (1 when unknown). */
  lineOf(pointer: string): number;
}

export type ContractStatus = 'pass' | 'fail' | 'skipped';
export type CapabilityStatus = 'pass' | 'partial' | 'fail' | 'skipped';

/** Sum of severities: of the passing contracts, and of the passing and failing ones. */
export interface Weight {
  passed: number;
  evaluated: number;
}

export interface MatrixContract {
  id: string;
  title?: string;
  severity: Severity;
  kind: CheckKind;
  status: ContractStatus;
  evidence: string;
}

export interface MatrixCapability {
  id: string;
  title: string;
  status: CapabilityStatus;
  score: number | null;
  weight: Weight;
  contracts: MatrixContract[];
}

export interface MatrixDomain {
  domain: string;
  title?: string;
  file: string;
  score: number | null;
  weight: Weight;
  capabilities: MatrixCapability[];
}

/** The parity matrix (schemas/parity-matrix.schema.json, schemaVersion 1). */
export interface ParityMatrix {
  $schema: string;
  schemaVersion: 1;
  kb: string;
  allowCommands: boolean;
  score: number | null;
  totals: {
    capabilities: Record<CapabilityStatus, number>;
    contracts: Record<ContractStatus, number>;
    weight: Weight;
  };
  domains: MatrixDomain[];
}

/** The `$schema` URL written into every matrix. */
export const MATRIX_SCHEMA_URL = 'https://boardwright.dev/schemas/parity-matrix.schema.json';
/** The `$schema` URL capability files may carry. */
export const CAPABILITY_SCHEMA_URL = 'https://boardwright.dev/schemas/capability.schema.json';
