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

/** The known differences from the reference tools (test/release/oracles/known-differences.yaml). */
export interface KnownDifferences {
  'commit-analyzer': BumpDifference[];
}

export function knownDifferences(): KnownDifferences {
  const text = readFileSync(join(ROOT, 'test/release/oracles/known-differences.yaml'), 'utf8');
  return parse(text) as KnownDifferences;
}
