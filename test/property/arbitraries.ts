/** Generators of news-like text from pieces that exercise every stage. */
import fc from 'fast-check';

const pieces = [
  'Jakarta (ANTARA) - ', 'JAKARTA, KOMPAS.com - ', 'WASHINGTON (Reuters) - ', 'Presiden Joko Widodo', 'Menteri Keuangan', 'Korut', 'Rusia',
  'mengatakan', 'menurut', 'kata', 'ujarnya', 'pada Senin', 'Minggu (17/3)', 'Selasa (21/10/2025)', 'pekan lalu', 'tahun 2024', 'pukul 10.00 WIB',
  'menangkap', 'diduga', 'tidak', 'akan', 'bertemu dengan', 'kepada', 'oleh', 'Rp1,5 T', '3.016', 'Dr.', 'Jl.', 'H.', '...', '…',
  '"', '“', '”', "'", '‘', '’', '(', ')', ',', '.', '!', '?', ':', ' ', ' ', ' ', '\n', '\n\n',
  'Baca juga: ', 'Sumber: ', 'Editor: ', 'Pewarta: ', 'Copyright © ANTARA 2024', 'SCROLL TO CONTINUE WITH CONTENT', '(abc/def)',
  'said', 'on Monday', 'last week', 'according to', 'the U.S.', 'denied',
];

export const newsLike = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((xs) => xs.join(''));
