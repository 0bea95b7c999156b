import { runRelease } from '../changelog/run.js';

/** The version Action: `boardwright version` with outputs, summary and PR comment. */
export async function run(): Promise<void> {
  await runRelease('version', 'Next version');
}
