import { runAction } from '../runtime/inputs.js';
import { run } from './run.js';

await runAction(run);
