import type { Board, Status, StatusSource } from '../../model/types.js';
import type { StatusMapper } from '../status.js';

/** Words boardwright writes for a status when a board has no word of its own for it. */
export const DEFAULT_WORD: Record<Status, string> = {
  backlog: 'Backlog',
  ready: 'Ready',
  'in-progress': 'In Progress',
  review: 'Review',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Emoji boardwright writes for a status when a board writes status with emoji but has none for it. */
export const DEFAULT_EMOJI: Record<Status, string> = {
  backlog: '⏳',
  ready: '⏭',
  'in-progress': '🔄',
  review: '👀',
  blocked: '🛑',
  done: '✅',
  cancelled: '❌',
};

const EMOJI_START = /^\p{Extended_Pictographic}/u;
/** Dates and notes that follow a status word (`Completed 2025-12-22`, `Done (2024-05-01)`). */
const TRAILER = /\s+(?:\d{4}-\d{2}-\d{2}|\(\s*\d{4}-\d{2}-\d{2}[^)]*\)).*$/;

/**
 * How one board writes each status, learnt from what it already holds: for each kind of place a
 * status is written (a `Status:` field, a leading emoji, a heading suffix…), the raw texts seen
 * there, most frequent first. `word` answers with the board's own most common text for a status,
 * else a default in the board's style (emoji or not, upper case or not) that the board's status
 * mapping reads back as that status.
 */
export class StatusWords {
  private readonly seen = new Map<StatusSource, Map<string, number>>();

  constructor(
    board: Board,
    private readonly mapper: StatusMapper,
  ) {
    for (const item of board.items) for (const e of item.statusEvidence) this.note(e.source, e.raw);
    for (const group of board.groups) if (group.rawStatus) this.note('heading', group.rawStatus);
  }

  private note(source: StatusSource, raw: string): void {
    const text = raw.replace(TRAILER, '').trim();
    if (!text) return;
    let counts = this.seen.get(source);
    if (!counts) this.seen.set(source, (counts = new Map()));
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }

  /** Raw texts seen for `source`, most frequent first. */
  texts(source: StatusSource): string[] {
    const counts = this.seen.get(source);
    if (!counts) return [];
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  }

  /** True when most texts of `source` start with an emoji. */
  usesEmoji(source: StatusSource): boolean {
    const texts = this.texts(source);
    return texts.length > 0 && texts.filter((t) => EMOJI_START.test(t)).length * 2 >= texts.length;
  }

  /** The text this board writes for `status` at `source`; undefined when nothing reads back right. */
  word(source: StatusSource, status: Status): string | undefined {
    for (const text of this.texts(source)) if (this.mapper.map(text) === status) return text;
    const texts = this.texts(source);
    const letters = texts.join(' ').replace(/[^\p{L}]/gu, '');
    const upper = letters.length > 0 && letters === letters.toUpperCase();
    const word = upper ? DEFAULT_WORD[status].toUpperCase() : DEFAULT_WORD[status];
    const candidates =
      source === 'emoji'
        ? [DEFAULT_EMOJI[status]]
        : this.usesEmoji(source)
          ? [`${DEFAULT_EMOJI[status]} ${word}`, word]
          : [word, `${DEFAULT_EMOJI[status]} ${word}`];
    return candidates.find((c) => this.mapper.map(c) === status);
  }

  /** The status a raw text reads as on this board. */
  statusOf(raw: string): Status | undefined {
    return this.mapper.map(raw);
  }
}
