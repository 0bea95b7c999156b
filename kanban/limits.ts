/**
 * Input limits that keep one hostile file from stalling a run. remark's list parsing grows
 * steeply with nesting depth (1,000 nested levels took 20 s here), so depth is checked on the raw
 * text before parsing. All are configurable under `limits` in the config file.
 */
export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Longest line, in characters. */
  maxLineLength: number;
  /**
   * Deepest nesting of lists and block quotes, in levels: two columns of indentation per level,
   * plus each list marker and each `>` at the start of a line (`>>>` counts three).
   */
  maxNesting: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 16 * 1024 * 1024,
  maxLineLength: 65_536,
  maxNesting: 64,
};
