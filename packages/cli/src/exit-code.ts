/** Exit codes of every command: 0 all good, 1 an error-severity rule failed, 2 unusable input or wrong usage, 3 (`check`) no errors but cells left unread. */
export const exitCode = { ok: 0, ruleErrors: 1, unusable: 2, incomplete: 3 } as const;

/** Stops a command with a one-line message on standard error and an exit code (default 2: unusable input or usage). */
export class ExitError extends Error {
  override readonly name = 'ExitError';
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}
