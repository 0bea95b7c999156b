import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { BUILD_ID, VERSION } from '../model/version.js';
import { PARSER_ID } from './parse.js';

/** Entries not written for this long are removed (a hit does not refresh an entry). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Folders of other versions untouched for this long are removed. */
const OTHER_VERSION_MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** Pruning runs at most this often per cache folder. */
const PRUNE_EVERY_MS = 24 * 3600 * 1000;

/** The Cache Directory Tagging Specification's tag: backup tools skip the folder. */
const CACHEDIR_TAG =
  'Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by boardwright (parse cache). It can be deleted.\n';

function isOurs(dir: string): boolean {
  try {
    return readFileSync(join(dir, 'CACHEDIR.TAG'), 'utf8') === CACHEDIR_TAG;
  } catch {
    return false;
  }
}

/**
 * The default cache folder: `$BOARDWRIGHT_CACHE_DIR`, else `$XDG_CACHE_HOME/boardwright`, else
 * `~/.cache/boardwright` (the folder a CI job keeps with actions/cache).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BOARDWRIGHT_CACHE_DIR) return resolve(env.BOARDWRIGHT_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'boardwright');
  return join(homedir(), '.cache', 'boardwright');
}

/** What a cache lookup did, for `--verbose` style reports and the benchmark. */
export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Set when the folder could not be written; the run went on without caching. */
  disabled?: string;
}

/**
 * A content-addressed store of read results on disk: one JSON file per key under
 * `<dir>/<version>-<build>/`. Keys hash everything a result depends on (boardwright's version
 * and build, the parser options, the caller's options and the file's bytes), so a hit is
 * always the result a fresh read would give. Safe for concurrent runs: entries are written to
 * a temporary file and renamed into place (atomic on POSIX and NTFS), a torn or foreign entry
 * reads as a miss, and writers of the same key write the same bytes. Never throws: a folder
 * that cannot be written turns the cache off for the rest of the run.
 */
export class ReadCache {
  readonly dir: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0 };
  private readonly salt: string;
  private ready = false;

  /**
   * @param root the cache folder (created on the first write)
   * @param build identifies the code that makes the results; default the bundle's build id
   */
  constructor(root: string, build: string = BUILD_ID ?? 'source') {
    this.dir = join(resolve(root), `v1-${VERSION}-${build}`.replace(/[^\w.-]/g, '_'));
    this.salt = `${VERSION}\0${build}\0${PARSER_ID}`;
  }

  /** The key of a value that depends on `parts` (strings and bytes), as 64 hex digits. */
  key(...parts: ReadonlyArray<string | Uint8Array>): string {
    const hash = createHash('sha256').update(this.salt);
    for (const part of parts) {
      hash.update(`\0${typeof part === 'string' ? 's' : 'b'}${part.length}\0`);
      hash.update(part);
    }
    return hash.digest('hex');
  }

  /** The value stored under `key`, or undefined (missing, torn, or another key's). */
  get<T>(key: string): T | undefined {
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${key}.json`), 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { key?: string; value?: T };
      if (entry.key === key && entry.value !== undefined) {
        this.stats.hits++;
        return entry.value;
      }
    } catch {
      // A torn entry cannot happen with rename, but a disk may still hand one back.
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores `value` (JSON-serialisable) under `key`, atomically. */
  set(key: string, value: unknown): void {
    if (this.stats.disabled) return;
    const file = join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!this.ready) {
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(join(this.dir, 'CACHEDIR.TAG'), CACHEDIR_TAG);
        this.ready = true;
      }
      writeFileSync(tmp, JSON.stringify({ key, value }));
      renameSync(tmp, file);
      this.stats.writes++;
    } catch (e) {
      this.stats.disabled = `${this.dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      try {
        unlinkSync(tmp);
      } catch {
        // Nothing was written.
      }
    }
  }

  /**
   * Removes entries older than 30 days and other versions' folders unused for 7 days, at most
   * once a day per folder. Call at the end of a run; never throws.
   */
  prune(now = Date.now()): void {
    if (this.stats.disabled || this.stats.writes === 0) return;
    const stamp = join(this.dir, '.pruned');
    try {
      if (now - statSync(stamp).mtimeMs < PRUNE_EVERY_MS) return;
    } catch {
      // Never pruned.
    }
    try {
      writeFileSync(stamp, '');
      utimesSync(stamp, now / 1000, now / 1000);
      for (const name of readdirSync(this.dir)) {
        if (!name.endsWith('.json') && !name.endsWith('.tmp')) continue;
        const file = join(this.dir, name);
        if (now - statSync(file).mtimeMs > MAX_AGE_MS) rmSync(file, { force: true });
      }
      const parent = join(this.dir, '..');
      for (const name of readdirSync(parent)) {
        const other = join(parent, name);
        if (!name.startsWith('v1-') || other === this.dir) continue;
        // Only folders this cache made, known by their tag.
        if (!isOurs(other) || now - statSync(other).mtimeMs <= OTHER_VERSION_MAX_AGE_MS) continue;
        rmSync(other, { recursive: true, force: true });
      }
    } catch {
      // Another run pruned at the same time, or the folder is read-only: try again next time.
    }
  }
}
