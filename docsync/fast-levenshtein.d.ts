// fast-levenshtein ships no types; this is the one call boardwright uses.
declare module 'fast-levenshtein' {
  /** Levenshtein distance between two strings, counted in UTF-16 code units. */
  export function get(a: string, b: string, options?: { useCollator?: boolean }): number;
  const levenshtein: { get: typeof get };
  export default levenshtein;
}
