import type { Workspace } from '../model/types.js';
import { stableJson } from './json.js';
import type { OutputFile } from './types.js';

/**
 * The model as files: `model.json` (the whole workspace: schemaVersion, boards, diagnostics) and
 * `boards/<board id>.json` per board (the board with its own diagnostics). Board ids are slugs,
 * so the names are safe. Pure and deterministic.
 */
export function manifestFiles(workspace: Workspace): OutputFile[] {
  const files: OutputFile[] = [{ path: 'model.json', content: stableJson(workspace) }];
  for (const board of workspace.boards) {
    files.push({
      path: `boards/${board.id}.json`,
      content: stableJson({
        schemaVersion: workspace.schemaVersion,
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
      }),
    });
  }
  return files;
}
