import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, loadLanguageIdentifier } from '../../src/langid/detect.js';

beforeAll(() => loadLanguageIdentifier());

describe('language identification', () => {
  it('tells Indonesian from Malaysian Malay, which CLD3 alone confuses', () => {
    expect(detectLanguage('Pemerintah mengatakan bahwa harga beras tetap stabil karena pasokan dari daerah sentra produksi masih lancar.')).toBe('id');
    expect(detectLanguage('Kerajaan berkata bahawa harga beras kekal stabil kerana bekalan daripada kawasan pengeluaran masih mencukupi, kata polis.')).toBe('ms');
  });
  it('English and other languages', () => {
    expect(detectLanguage('The government said on Monday that rice prices would remain stable through the end of the year.')).toBe('en');
    expect(detectLanguage('Le gouvernement a déclaré lundi que les prix du riz resteraient stables jusqu’à la fin de l’année.')).toBe('fr');
  });
  it('too little text is undetermined', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('123 !!! ...')).toBe('und');
  });
});
