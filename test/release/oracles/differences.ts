import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../helpers.js';

/** One known bump difference from commit-analyzer. */
export interface BumpDifference {
  id: string;
  commits: string[];
  boardwright: string | null;
  'commit-analyzer': string | null;
  reason: string;
}

/** One commit of the generated history whose commit-lint result differs from commitlint's. */
export interface LintDifference {
  id: string;
  /** The configuration file (in commitlint-configs/) the difference shows with. */
  config: string;
  message: string;
  reason: string;
}

/** One known changelog difference from git-cliff. */
export interface ChangelogDifference {
  id: string;
  commits: string[];
  'only-in-git-cliff': string;
  reason: string;
}

/** The known differences from the reference tools (test/release/oracles/known-differences.yaml). */
export interface KnownDifferences {
  'commit-analyzer': BumpDifference[];
  commitlint: LintDifference[];
  'git-cliff': ChangelogDifference[];
}

export function knownDifferences(): KnownDifferences {
  const text = readFileSync(join(ROOT, 'test/release/oracles/known-differences.yaml'), 'utf8');
  return parse(text) as KnownDifferences;
}
