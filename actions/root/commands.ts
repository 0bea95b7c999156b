import { run as boardCheck } from '../board-check/run.js';
import { run as changelog } from '../changelog/run.js';
import { run as commitLint } from '../commit-lint/run.js';
import { run as version } from '../version/run.js';
import { run as diagrams } from '../diagrams/run.js';
import { run as docSync } from '../doc-sync/run.js';
import { run as parity } from '../parity/run.js';
import { run as specBundle } from '../spec-bundle/run.js';
import { run as report } from '../report/run.js';
import { run as sync } from '../sync/run.js';

/** The Action body for each `command` input of the root Action; keys are Action folder names. */
export const ACTION_COMMANDS: Record<string, () => Promise<void>> = {
  'board-check': boardCheck,
  changelog,
  'commit-lint': commitLint,
  version,
  diagrams,
  'doc-sync': docSync,
  parity,
  'spec-bundle': specBundle,
  report,
  sync,
};
