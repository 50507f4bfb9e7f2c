import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/read/mojibake.js';

describe('mojibake repair', () => {
  it('re-reads UTF-8 that was decoded as Latin-1 or Windows-1252', () => {
    expect(repairMojibake('kisaran 2,5Â±1% dan CafÃ© di Jakarta')).toBe('kisaran 2,5±1% dan Café di Jakarta');
    expect(repairMojibake('â€œSaya yakin,â€\u009d kata dia')).toBe('“Saya yakin,” kata dia');
    expect(repairMojibake('Reform (æ\u0094¹é\u009d©)')).toBe('Reform (改革)');
  });
  it('leaves real text alone', () => {
    for (const t of ['Café, naïve, São Paulo, Zürich', 'harga ±5%', 'Â la carte', 'Ã', '“quoted”', '']) expect(repairMojibake(t)).toBe(t);
  });
});
