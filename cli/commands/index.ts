import type { Command } from 'commander';
import { register as specBundle } from './spec-bundle.js';
import { register as docSync } from './doc-sync.js';
import { register as parity } from './parity.js';
import { register as release } from './release.js';
import { register as diagrams } from './diagrams.js';
import { register as site } from './site.js';
import { register as templates } from './templates.js';
import { register as summary } from './summary.js';
import { register as sync } from './sync.js';
import { register as edit } from './edit.js';

/**
 * Commands beyond build/check, one module each. Every module registers its commands on the
 * program and calls the same library function its Action calls.
 */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  specBundle,
  docSync,
  parity,
  release,
  diagrams,
  site,
  templates,
  summary,
  sync,
  edit,
];
