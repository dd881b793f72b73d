import { ParseError, type ParseErrorCode } from './errors.ts';

/**
 * `ParseError` codes for limits and bugs: `TIMEOUT` (past `timeoutMs`), `TOO_COMPLEX` (past `maxSteps`, or the
 * engine's own stack or length limits), `INTERNAL` (a bug in the parser met on this input; `cause` holds the
 * original error). `ParseErrorCode` in errors.ts takes them in with the readers' budget checks.
 */
export type AddedErrorCode = 'TIMEOUT' | 'TOO_COMPLEX' | 'INTERNAL';

/** A `ParseError` with one of the added codes. */
export function addedParseError(code: AddedErrorCode, message: string, cause?: unknown): ParseError {
  // the cast goes once ParseErrorCode lists the added codes
  return new ParseError(code as ParseErrorCode, message, cause === undefined ? undefined : { cause });
}
