import picomatch from 'picomatch';
import type { LoadedConfig } from '../../config/load.js';
import type { Board } from '../../model/types.js';
import type { ReadOptions } from '../read.js';
import { StatusMapper } from '../status.js';
import { EditError } from './errors.js';
import { groupsNamed } from './resolve.js';

/** Finding, in a read workspace, the board an edit goes to and how that board was read. */

/**
 * The read options the workspace used for `path` (config limits, the config's status map, a
 * dialect the config sets for it), so that an edit reads the board exactly as `build` did.
 */
export function editReadOptions(config: LoadedConfig, path: string): ReadOptions {
  const cfg = config.config;
  const options: ReadOptions = {
    limits: config.limits,
    mapper: new StatusMapper(cfg.status?.map ?? {}),
  };
  for (const [glob, id] of Object.entries(cfg.dialects ?? {}))
    if (picomatch(glob, { dot: true })(path)) {
      options.dialect = id;
      break;
    }
  return options;
}

/**
 * The one board an edit goes to: the board that holds item `id` (exactly, else ignoring case),
 * or, for an item to add, the only board, or the only board with a group named `to`. `named`
 * (a path the user gave) only shapes messages. Throws `EditError`: `ambiguous` naming every
 * board and line that holds the id, `not-found`, or `invalid` when the board cannot be told.
 */
export function locateBoard(
  boards: readonly Board[],
  where: { id?: string; to?: string; named?: string },
): Board {
  const { id, to, named } = where;
  if (id === undefined) {
    if (boards.length === 1) return boards[0]!;
    const withGroup = to ? boards.filter((b) => groupsNamed(b, to).length > 0) : [];
    if (withGroup.length === 1) return withGroup[0]!;
    throw new EditError(
      'invalid',
      boards.length === 0
        ? 'No board found here. Name the board file with --board.'
        : `${boards.length} boards found; name the one to change with --board (${boards
            .slice(0, 5)
            .map((b) => b.path)
            .join(', ')}${boards.length > 5 ? ', …' : ''}).`,
    );
  }
  let holding = boards.filter((b) => b.items.some((i) => i.id === id));
  if (holding.length === 0)
    holding = boards.filter((b) => b.items.some((i) => i.id.toLowerCase() === id.toLowerCase()));
  if (holding.length === 1) return holding[0]!;
  if (holding.length > 1)
    throw new EditError(
      'ambiguous',
      `${id} is on ${holding.length} boards: ${holding
        .map(
          (b) =>
            `${b.path}:${b.items.find((i) => i.id.toLowerCase() === id.toLowerCase())!.position.line}`,
        )
        .join(', ')}. Name the board with --board.`,
    );
  const place = named ?? (boards.length === 1 ? boards[0]!.path : `${boards.length} boards`);
  throw new EditError(
    'not-found',
    boards.length === 0
      ? `No board found, so no item ${id}. Run from the repository root or name the file with --board.`
      : `No item ${id} in ${place}. Run "boardwright show" to see the ids.`,
  );
}
