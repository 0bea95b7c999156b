/**
 * A file a generator emits: a path relative to the out dir (`/`-separated) and its bytes as text.
 * A big output's `content` may be a getter that makes the text when read, so that a writer
 * holds one big text at a time; reading it twice gives the same text.
 */
export interface OutputFile {
  path: string;
  content: string;
}
