/**
 * A file a generator emits: a path relative to the out dir (`/`-separated) and its bytes as text.
 * A big output's `content` may be a getter that makes the text when read, so that a writer
 * holds one big text at a time; reading it twice gives the same text.
 */
export interface OutputFile {
  path: string;
  content: string;
  /**
   * For big outputs: gives `sink` the content in pieces (about a megabyte each), in order, whose
   * concatenation is `content`. A writer that calls it never holds the whole text, and the
   * garbage collector never moves it.
   */
  stream?(sink: (text: string) => void): void;
}
