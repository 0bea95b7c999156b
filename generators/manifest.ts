import type { Workspace } from '../model/types.js';
import { stableJsonFile } from './json.js';
import type { OutputFile } from './types.js';

/**
 * The model as files: `model.json` (the whole workspace: schemaVersion, boards, diagnostics) and
 * `boards/<board id>.json` per board (the board with its own diagnostics). Board ids are slugs,
 * so the names are safe. Pure and deterministic: each file is stableJson of its object, made
 * when read or streamed in pieces (json.ts stableJsonFile), so that a writer taking the files
 * one by one never holds more than one big text.
 */
export function manifestFiles(workspace: Workspace): OutputFile[] {
  return [
    stableJsonFile('model.json', workspace),
    ...workspace.boards.map((board) =>
      stableJsonFile(`boards/${board.id}.json`, {
        board,
        diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
        schemaVersion: workspace.schemaVersion,
      }),
    ),
  ];
}
