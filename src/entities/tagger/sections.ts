/**
 * A small binary container: magic, a JSON header, then named typed-array sections (4-byte aligned,
 * little-endian), optionally gzip-compressed as a whole. The same input always gives the same bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'WNER';

export type SectionArray = Int32Array | Float32Array | Int16Array | Uint8Array;

interface SectionInfo {
  name: string;
  type: 'i32' | 'f32' | 'i16' | 'u8';
  length: number;
}

function typeOf(a: SectionArray): SectionInfo['type'] {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Float32Array) return 'f32';
  if (a instanceof Int16Array) return 'i16';
  return 'u8';
}

const align4 = (n: number): number => (n + 3) & ~3;

export function writeContainer(header: object, sections: Record<string, SectionArray>): Buffer {
  const names = Object.keys(sections).sort();
  const info: SectionInfo[] = names.map((name) => ({ name, type: typeOf(sections[name]), length: sections[name].length }));
  const json = Buffer.from(JSON.stringify({ ...header, sections: info }), 'utf8');
  let size = 8 + align4(json.length);
  for (const name of names) size += align4(sections[name].byteLength);
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let pos = 8 + align4(json.length);
  for (const name of names) {
    const a = sections[name];
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    if (!littleEndian()) throw new Error('model files are little-endian; this machine is not');
    out.set(bytes, pos);
    pos += align4(a.byteLength);
  }
  return gzipSync(out, { level: 9 });
}

export interface Container {
  header: Record<string, unknown>;
  sections: Map<string, SectionArray>;
}

export function readContainer(data: Buffer): Container {
  const buf = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a Warta NER model file');
  const jsonLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLen)) as Record<string, unknown> & { sections: SectionInfo[] };
  // Copy into a fresh aligned buffer so typed arrays can view it directly.
  const body = new Uint8Array(buf.length - 8 - align4(jsonLen));
  body.set(buf.subarray(8 + align4(jsonLen)));
  const sections = new Map<string, SectionArray>();
  let pos = 0;
  for (const s of header.sections) {
    const width = s.type === 'i16' ? 2 : s.type === 'u8' ? 1 : 4;
    const bytes = s.length * width;
    if (pos + bytes > body.length) throw new Error('model file is truncated');
    const ab = body.buffer;
    const off = body.byteOffset + pos;
    sections.set(
      s.name,
      s.type === 'i32' ? new Int32Array(ab, off, s.length) : s.type === 'f32' ? new Float32Array(ab, off, s.length) : s.type === 'i16' ? new Int16Array(ab, off, s.length) : new Uint8Array(ab, off, s.length),
    );
    pos += align4(bytes);
  }
  return { header, sections };
}

function littleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
