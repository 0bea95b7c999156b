/** A file a generator emits: a path relative to the out dir (`/`-separated) and its bytes as text. */
export interface OutputFile {
  path: string;
  content: string;
}
