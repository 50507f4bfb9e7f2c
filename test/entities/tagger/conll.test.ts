import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConll, readConllFile } from '../../../src/entities/tagger/conll.js';
import { LABELS, readTag } from '../../../src/entities/tagger/labels.js';
import { UserError } from '../../../src/util/errors.js';
import { fixture } from './toy.js';

const names = (labels: number[] | undefined): string[] => (labels ?? []).map((l) => LABELS[l]);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'warta-conll-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CoNLL reading', () => {
  it('maps every corpus tag set to PER/ORG/LOC', () => {
    for (const [tag, want] of [
      ['B-PERSON', 'B-PER'],
      ['I-ORGANIZATION', 'I-ORG'],
      ['B-ORGANISATION', 'B-ORG'],
      ['I-PLACE', 'I-LOC'],
      ['B-LOCATION', 'B-LOC'],
      ['S-PER', 'B-PER'],
      ['E-LOC', 'I-LOC'],
      ['O', 'O'],
    ]) {
      const r = readTag(tag);
      expect(r.kind === 'label' ? LABELS[r.label] : r.kind).toBe(want);
    }
    expect(readTag('B-MISC')).toEqual({ kind: 'other-type', type: 'MISC' });
    expect(readTag('banana').kind).toBe('invalid');
  });

  it('reads space-separated CRLF files and tab-separated files alike', () => {
    const a = readConllFile(fixture('toy-idner.txt'), { tags: true });
    const b = readConllFile(fixture('toy-nergrit.txt'), { tags: true });
    expect(a.sentences.length).toBe(14);
    expect(a.sentences[0].words.slice(0, 3)).toEqual(['Gubernur', 'Lestari', 'Wulandani']);
    expect(names(a.sentences[0].labels).slice(0, 3)).toEqual(['O', 'B-PER', 'I-PER']);
    expect(b.sentences.map((s) => names(s.labels))).toEqual(a.sentences.map((s) => names(s.labels)));
  });

  it('counts types it does not score and reads them as O', () => {
    const d = parseConll('Piala\tB-MISC\nDunia\tI-MISC\ndi\tO\nRantau\tB-LOC\n', 'x', { tags: true });
    expect(names(d.sentences[0].labels)).toEqual(['O', 'O', 'O', 'B-LOC']);
    expect(d.otherTypes.get('MISC')).toBe(2);
  });

  it('accepts a lone token column when tags are not needed, and skips -DOCSTART-', () => {
    const d = parseConll('-DOCSTART- O\n\nSatu\nDua\n\n\nTiga\n', 'x', { tags: false });
    expect(d.sentences.map((s) => s.words)).toEqual([['Satu', 'Dua'], ['Tiga']]);
  });

  it('rejects malformed input with the file and line in one message', () => {
    expect(() => parseConll('Satu\tO\nDua\n', 'f.tsv', { tags: true })).toThrow(/^f\.tsv:2: expected a token and a tag/);
    expect(() => parseConll('Satu\tO\nDua\tX-Y-Z\n', 'f.tsv', { tags: true })).toThrow(/^f\.tsv:2: "X-Y-Z" is not a BIO tag/);
  });

  it('turns missing, empty, binary and non-UTF-8 files into user errors', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const bin = join(dir, 'bin.txt');
    writeFileSync(bin, Buffer.from([0x41, 0, 0x42, 0x0a]));
    const latin = join(dir, 'latin1.txt');
    writeFileSync(latin, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x09, 0x4f, 0x0a]));
    for (const [p, msg] of [
      [join(dir, 'nope.txt'), /no such file/],
      [empty, /no tokens/],
      [bin, /binary/],
      [latin, /not valid UTF-8/],
      [dir, /is a folder/],
    ] as const) {
      let err: unknown;
      try {
        readConllFile(p, { tags: true });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
