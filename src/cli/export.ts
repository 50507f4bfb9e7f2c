/**
 * `warta export --format jsonl|csv|gdelt [--out FILE]`: records (jsonl), one row per event (csv),
 * or one row per real-world event in the GDELT 2.0 event table's columns (gdelt, tab-separated;
 * with --out its column names go to FILE.header.txt beside it, on standard output they come first).
 */
import type { Command } from 'commander';
import { createWriteStream, type WriteStream } from 'node:fs';
import { GDELT_COLUMNS, gdeltRow } from '../store/gdelt.js';
import { isoDay } from '../store/days.js';
import type { Store } from '../store/types.js';
import { oneOfFlag } from './options.js';
import { UserError } from '../util/errors.js';
import { writeOut } from './output.js';
import { storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

const FORMATS = ['jsonl', 'csv', 'gdelt'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags extends StoreFlags {
  format: string;
  out?: string;
}

export function registerExport(program: Command, run: Runner): void {
  const cmd = program
    .command('export')
    .description('write the store out: jsonl (records), csv (one row per event), gdelt (GDELT 2.0 event table, tab-separated)')
    .requiredOption('--format <format>', FORMATS.join(', '))
    .option('--out <file>', 'write to this file instead of standard output (gdelt: column names go to FILE.header.txt)');
  storeOptions(cmd, false).action((flags: ExportFlags) => run(() => exportCommand(flags)));
}

const CSV_COLUMNS = [
  'doc_id', 'doc_key', 'url', 'published', 'event', 'date', 'code', 'root', 'quad_class', 'goldstein', 'plover',
  'source_actor', 'source_name', 'source_kb', 'target_actor', 'target_name', 'target_kb', 'modality', 'trigger', 'evidence',
  'cluster', 'cluster_start', 'num_articles', 'num_sources',
];

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Sink = (s: string) => Promise<void>;

function fileSink(stream: WriteStream): Sink {
  return (s) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(s)) resolve();
      else {
        stream.once('drain', resolve);
        stream.once('error', reject);
      }
    });
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

async function writeFormat(store: Store, format: Format, out: Sink, toFile: boolean): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const r of store.exportRecords()) {
      await out(JSON.stringify(r) + '\n');
      n++;
    }
  } else if (format === 'csv') {
    await out(CSV_COLUMNS.join(',') + '\n');
    for await (const { record, key, rows } of store.exportEvents()) {
      for (const e of rows) {
        const ev = record.events[e.index]!;
        const line = [
          record.id, key, record.meta.url, record.meta.published, e.index, e.date, e.code, e.root, e.quadClass, e.goldstein, e.plover,
          e.source?.actor, e.source?.name, e.source?.kb, e.target?.actor, e.target?.name, e.target?.kb, e.modality, e.trigger,
          record.text.slice(ev.evidence.start, ev.evidence.end), e.cluster?.id, e.cluster && e.cluster.startDay !== null ? isoDay(e.cluster.startDay) : '',
          e.cluster?.numArticles, e.cluster?.numSources,
        ];
        await out(line.map(csvField).join(',') + '\n');
        n++;
      }
    }
  } else {
    if (!toFile) await out(GDELT_COLUMNS.join('\t') + '\n');
    for await (const c of store.exportClusters()) {
      await out(gdeltRow(c).join('\t') + '\n');
      n++;
    }
  }
  return n;
}

async function exportCommand(flags: ExportFlags): Promise<number> {
  const format = oneOfFlag('--format', FORMATS, flags.format);
  return withStore(flags, async (store) => {
    if (!flags.out) {
      await writeFormat(store, format, writeOut, false);
      return 0;
    }
    const open = (path: string): Promise<WriteStream> =>
      new Promise((resolve, reject) => {
        const s = createWriteStream(path);
        s.once('open', () => resolve(s));
        s.once('error', (e) => reject(new UserError(`--out: cannot write ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : e.message}`)));
      });
    const stream = await open(flags.out);
    await writeFormat(store, format, fileSink(stream), true);
    await closeStream(stream);
    if (format === 'gdelt') {
      const header = await open(`${flags.out}.header.txt`);
      await fileSink(header)(GDELT_COLUMNS.join('\t') + '\n');
      await closeStream(header);
    }
    return 0;
  });
}
