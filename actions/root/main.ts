import * as core from '@actions/core';
import { runAction } from '../runtime/inputs.js';
import { ACTION_COMMANDS } from './commands.js';

await runAction(async () => {
  const command = core.getInput('command') || 'board-check';
  const run = ACTION_COMMANDS[command];
  if (!run) {
    throw new Error(
      `Unknown command "${command}". Use one of: ${Object.keys(ACTION_COMMANDS).join(', ')}.`,
    );
  }
  await run();
});
