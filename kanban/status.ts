import type { Status } from '../model/types.js';

/**
 * Maps raw status text — column names, `Status:` values, heading suffixes, emoji — onto the
 * canonical statuses. Word phrases are tried in a fixed order (cancelled and blocked before done,
 * "not started" before "started"); emoji decide when no phrase matches, and a yellow or orange
 * dot beside a "complete" phrase means partly complete (in progress).
 */
const PHRASES: ReadonlyArray<readonly [Status, RegExp]> = [
  [
    'cancelled',
    /\b(?:cancell?ed|dropped|won'?t ?(?:do|fix)|wontfix|abandoned|obsolete|descoped|rejected|deprecated)\b/,
  ],
  ['blocked', /\b(?:blocked|blocker|on[ -]hold|stuck|paused|waiting (?:on|for))\b/],
  ['backlog', /\b(?:not (?:yet )?started|not begun|to be (?:created|done|started)|unstarted)\b/],
  [
    'in-progress',
    /\b(?:partially (?:complete|done)|partly (?:complete|done)|partial|in[ -]progress|wip|doing|active|ongoing|under ?way|started|working|implementing|current)\b/,
  ],
  [
    'review',
    /\b(?:in[ -]review|review(?:ing)?|needs? review|code review|in qa|qa|verifying|verification)\b/,
  ],
  [
    'done',
    /\b(?:done|complete|completed|finished|closed|shipped|resolved|merged|released|implemented|delivered|fixed)\b/,
  ],
  ['ready', /\b(?:ready|to[ -]?do|up next|next|selected|committed)\b/],
  [
    'backlog',
    /\b(?:backlog(?:ged)?|planned|planning|upcoming|future|icebox|later|new|open|pending|proposed|ideas?|tbd|someday|deferred|postponed)\b/,
  ],
];

const EMOJI: ReadonlyArray<readonly [string, Status]> = [
  ['✅', 'done'],
  ['✔', 'done'],
  ['☑', 'done'],
  ['🟢', 'done'],
  ['❌', 'cancelled'],
  ['🗑', 'cancelled'],
  ['🛑', 'blocked'],
  ['⛔', 'blocked'],
  ['🚫', 'blocked'],
  ['👀', 'review'],
  ['🔍', 'review'],
  ['🧪', 'review'],
  ['🔄', 'in-progress'],
  ['🚧', 'in-progress'],
  ['🏗', 'in-progress'],
  ['🟡', 'in-progress'],
  ['🟠', 'in-progress'],
  ['⏭', 'ready'],
  ['⏳', 'backlog'],
  ['📋', 'backlog'],
  ['⏹', 'backlog'],
  ['🔴', 'backlog'],
  ['⚪', 'backlog'],
  ['💤', 'backlog'],
  ['⬜', 'backlog'],
];

const PARTIAL_EMOJI = ['🟡', '🟠'];

/** Lower-cases, drops Markdown emphasis and code marks, and folds white space. */
export function normaliseStatusText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[*_`~[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds the first status emoji in `text`, if any. */
export function statusEmoji(text: string): { emoji: string; status: Status } | undefined {
  let best: { emoji: string; status: Status; at: number } | undefined;
  for (const [emoji, status] of EMOJI) {
    const at = text.indexOf(emoji);
    if (at !== -1 && (!best || at < best.at)) best = { emoji, status, at };
  }
  return best && { emoji: best.emoji, status: best.status };
}

/**
 * A status mapping: built-in phrases and emoji, extended by exact overrides from the config
 * (`status.map`) or from a board's own legend. Override keys are compared after
 * `normaliseStatusText`; emoji keys match anywhere in the text.
 */
export class StatusMapper {
  private readonly exact = new Map<string, Status>();
  private readonly emoji: Array<readonly [string, Status]> = [];

  constructor(overrides: Record<string, Status> = {}) {
    for (const [key, status] of Object.entries(overrides)) this.add(key, status);
  }

  /** Returns a copy with more overrides, which take precedence over this mapper's. */
  extend(overrides: Record<string, Status>): StatusMapper {
    const next = new StatusMapper();
    for (const [k, v] of this.exact) next.exact.set(k, v);
    next.emoji.push(...this.emoji);
    for (const [key, status] of Object.entries(overrides)) next.add(key, status, true);
    return next;
  }

  private add(key: string, status: Status, first = false): void {
    const norm = normaliseStatusText(key);
    if (/^[^\p{L}\p{N}\s]+$/u.test(key.trim())) {
      const entry = [key.trim().replace(/\uFE0F/g, ''), status] as const;
      if (first) this.emoji.unshift(entry);
      else this.emoji.push(entry);
    } else {
      this.exact.set(norm, status);
    }
  }

  /** Maps raw text to a canonical status, or undefined when nothing in it names one. */
  map(raw: string): Status | undefined {
    // `InProgress`, `ToDo`: camel-cased status words as some task logs write them.
    const text = raw.replace(/\uFE0F/g, '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    const norm = normaliseStatusText(text);
    const words = norm
      .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const exact = this.exact.get(norm) ?? this.exact.get(words);
    if (exact) return exact;
    for (const [emoji, status] of this.emoji) if (text.includes(emoji)) return status;
    let phrase: Status | undefined;
    for (const [status, re] of PHRASES) {
      if (re.test(words)) {
        phrase = status;
        break;
      }
    }
    const icon = statusEmoji(text);
    if (phrase === 'done' && icon && PARTIAL_EMOJI.includes(icon.emoji)) return 'in-progress';
    return phrase ?? icon?.status;
  }
}
