/** The machine a benchmark ran on, for the report. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { coreCount } from '../util/cores.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews the figures */
  load: [number, number];
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function machine(loadAtStart: number): Machine {
  return {
    cpu: cpuModel(),
    cores: coreCount(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load: [loadAtStart, os.loadavg()[0]!],
  };
}
