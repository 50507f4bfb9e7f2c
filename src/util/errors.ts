/**
 * Errors meant for the person at the terminal: one line, no stack trace.
 * Anything else that escapes is a bug and is reported as such by the CLI.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
