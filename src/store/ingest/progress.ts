/** Ingest progress: a bar with rate and ETA on a terminal, a quiet line now and then otherwise. */
import type cliProgress from 'cli-progress';
import { lazyRequire } from '../../util/lazy-require.js';

const bars = lazyRequire<typeof cliProgress>('cli-progress');

export interface Progress {
  start(total: number | null): void;
  update(done: number): void;
  stop(): void;
}

export function silentProgress(): Progress {
  return { start() {}, update() {}, stop() {} };
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: cliProgress.SingleBar | null = null;
  let started = 0;
  return {
    start(total) {
      started = Date.now();
      const progressBars = bars();
      bar = new progressBars.SingleBar(
        {
          stream,
          format: total === null ? 'ingest {value} documents | {speed} docs/s' : 'ingest [{bar}] {percentage}% | {value}/{total} | {speed} docs/s | ETA {eta_formatted}',
          etaBuffer: 200,
          fps: 5,
          hideCursor: true,
          clearOnComplete: false,
        },
        progressBars.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { speed: '0' });
    },
    update(done) {
      const secs = (Date.now() - started) / 1000;
      if (bar && bar.getTotal() > 0 && done > bar.getTotal()) bar.setTotal(done);
      bar?.update(done, { speed: secs > 0 ? Math.round(done / secs).toString() : '0' });
    },
    stop() {
      bar?.stop();
    },
  };
}

/** One line on stderr every `everyMs` at most, for logs and pipes. */
export function lineProgress(write: (line: string) => void = (l) => process.stderr.write(l + '\n'), everyMs = 5000): Progress {
  let total: number | null = null;
  let started = 0;
  let last = 0;
  return {
    start(t) {
      total = t;
      started = last = Date.now();
    },
    update(done) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      write(`warta: ingest: ${done}${total !== null ? `/${total}` : ''} documents, ${Math.round(rate)}/s`);
    },
    stop() {},
  };
}
