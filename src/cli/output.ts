/** Writing to stdout without losing data: wait for the pipe to drain; stop quietly when it closes. */

export class ClosedOutput extends Error {}

let closed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') closed = true;
});

export function stdoutClosed(): boolean {
  return closed;
}

export async function writeOut(s: string): Promise<void> {
  if (closed) throw new ClosedOutput();
  if (!process.stdout.write(s)) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('error', done);
      process.stdout.once('close', done);
    });
  }
}

/** One line on stderr, prefixed with the program name. */
export function warn(message: string): void {
  process.stderr.write(`warta: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
}
