/**
 * Why an edit was refused. `not-found`, `ambiguous`, `unsupported`, `invalid` and `conflict`
 * are the user's to fix (exit 1 on the command line); `unusable` means the file cannot be read as
 * text (exit 2); `encoding` and `verify` mean the edit could not be made without touching more
 * than it should, so nothing was written.
 */
export type EditErrorCode =
  | 'not-found'
  | 'ambiguous'
  | 'unsupported'
  | 'invalid'
  | 'conflict'
  | 'unusable'
  | 'encoding'
  | 'verify';

/** An edit that was refused; the message says what to do next. Nothing was written. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}
