import type { Workspace } from '../model/types.js';
import { stableJson } from './json.js';
import type { OutputFile } from './types.js';

/** `json` (stableJson without its newline) indented by `pad` from its second line on. */
function indented(json: string, pad: string): string {
  // A JSON text holds no raw line breaks but the ones its indentation puts in.
  return json.replaceAll('\n', `\n${pad}`);
}

/**
 * `{ [key]: <value already serialised>, ...rest }` as stableJson writes it, when `key` sorts
 * before every key of `rest` (checked by the callers' fixed key sets).
 */
function withFirstMember(key: string, valueJson: string, rest: object): string {
  const tail = stableJson(rest); // "{\n  ...\n}\n"
  return `{\n  ${JSON.stringify(key)}: ${valueJson},${tail.slice(1)}`;
}

/**
 * The model as files: `model.json` (the whole workspace: schemaVersion, boards, diagnostics) and
 * `boards/<board id>.json` per board (the board with its own diagnostics). Board ids are slugs,
 * so the names are safe. Pure and deterministic: the same bytes as stableJson of each object;
 * each board is serialised once and placed in both files.
 */
export function manifestFiles(workspace: Workspace): OutputFile[] {
  const { boards, ...rest } = workspace;
  // Each board's JSON is made when first needed and let go once both files that hold it are
  // made, so that a writer taking the files one by one holds few big texts at a time.
  const made: Array<string | undefined> = [];
  const boardJson = (i: number): string => (made[i] ??= stableJson(boards[i]).slice(0, -1));
  const files: OutputFile[] = [
    {
      path: 'model.json',
      get content() {
        const list = boards.length
          ? `[\n${boards.map((_, i) => `    ${indented(boardJson(i), '    ')}`).join(',\n')}\n  ]`
          : '[]';
        return withFirstMember('boards', list, rest);
      },
    },
  ];
  boards.forEach((board, i) => {
    files.push({
      path: `boards/${board.id}.json`,
      get content() {
        const json = boardJson(i);
        made[i] = undefined;
        return withFirstMember('board', indented(json, '  '), {
          diagnostics: workspace.diagnostics.filter((d) => d.path === board.path),
          schemaVersion: workspace.schemaVersion,
        });
      },
    });
  });
  return files;
}
