/**
 * Generators of input for the property tests and `npm run fuzz`: news-like text from the pieces that
 * trip parsers, articles built from invented words and names (never real article text) and their
 * mutations, huge lines, punctuation and quotes only, deeply nested HTML, and adversarial repetitions
 * aimed at regular expressions.
 */
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

// ---- Articles from invented material -------------------------------------------------------------

const SYLLABLES = ['ra', 'ma', 'di', 'su', 'to', 'wi', 'ja', 'ya', 'ni', 'ko', 'har', 'lan', 'pur', 'sen', 'tan', 'gun', 'dar', 'mi', 'ro', 'ka'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** An invented personal or organisation name: one to three capitalised made-up words. */
export const inventedName = fc.array(word.map(capital), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

const TITLES = ['Presiden', 'Menteri Luar Negeri', 'Kapolda', 'Gubernur', 'Juru bicara', 'Direktur', 'Ketua DPR', 'Wali Kota', 'Dr.', 'Prof.', 'the Minister', 'Sen.'];
const VERBS = ['mengatakan', 'menegaskan', 'menyatakan', 'bertemu', 'mengunjungi', 'menangkap', 'menolak', 'mengecam', 'menandatangani', 'membantah', 'said', 'met', 'denied'];
const CUES = ['ujar', 'kata', 'tutur', 'ucap', 'jelas', 'said', 'kata dia', 'ujarnya'];
const FUNCTION = ['yang', 'dan', 'di', 'ke', 'dari', 'dengan', 'untuk', 'pada', 'dalam', 'itu', 'ini', 'tidak', 'akan', 'sudah', 'bahwa', 'the', 'of'];
const NOUNS = ['pemerintah', 'polisi', 'warga', 'harga', 'kerja sama', 'perjanjian', 'bantuan', 'jembatan', 'pasar', 'pertemuan', 'anggaran', 'talks'];
const PLACES = ['Jakarta', 'Surabaya', 'Bandung', 'Makassar', 'Medan', 'Seoul', 'Moskow', 'Canberra', 'Jawa Barat', 'Korea Utara', 'Rusia', 'Australia'];
const DATES = ['Senin (4/3)', 'Selasa (21/10/2025)', 'pekan lalu', 'kemarin', 'pada 17 Agustus 2024', 'pukul 10.00 WIB', 'Jumat sebelumnya', 'on Monday', '2 hari lalu', 'tahun depan'];
const NUMBERS = ['3.016', 'Rp1,5 triliun', '12 persen', '2,5 juta', 'US$40', '17/3', '10.00', '1.000'];

const filler = fc.array(fc.oneof(fc.constantFrom(...FUNCTION), fc.constantFrom(...NOUNS), fc.constantFrom(...NUMBERS), word), { minLength: 2, maxLength: 14 }).map((w) => w.join(' '));
const person = fc.tuple(fc.option(fc.constantFrom(...TITLES), { nil: null }), inventedName).map(([t, n]) => (t ? `${t} ${n}` : n));

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(person, fc.constantFrom(...VERBS), filler, fc.constantFrom(...DATES)).map(([p, v, f, d]) => `${p} ${v} ${f} ${d}.`),
  fc.tuple(filler, fc.constantFrom(...CUES), person).map(([f, c, p]) => `"${capital(f)}," ${c} ${p}.`),
  fc.tuple(person, filler).map(([p, f]) => `Menurut ${p}, ${f}.`),
  fc.tuple(person, person, fc.constantFrom(...PLACES), fc.constantFrom(...DATES)).map(([a, b, pl, d]) => `${a} bertemu ${b} di ${pl} ${d}.`),
  fc.tuple(filler, person, filler).map(([a, p, b]) => `“${capital(a)}”, kata ${p}, “${b}.”`),
  fc.tuple(person, fc.constantFrom(...PLACES), filler).map(([p, pl, f]) => `${p} (${pl.slice(0, 3).toUpperCase()}) ${f}.`),
);

const dateline = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...PLACES).map((p) => `${p} (WARTA) - `),
  fc.constantFrom(...PLACES).map((p) => `${p.toUpperCase()}, warta-contoh.example - `),
);
const creditLines = fc.array(
  fc.oneof(
    inventedName.map((n) => `Pewarta: ${n}`),
    inventedName.map((n) => `Editor: ${n}`),
    filler.map((f) => `Baca juga: ${capital(f)}`),
    fc.constant('Copyright © WARTA 2024'),
    fc.constant('SCROLL TO CONTINUE WITH CONTENT'),
    inventedName.map((n) => `(${n.slice(0, 3).toLowerCase()}/${n.slice(-3).toLowerCase()})`),
  ),
  { maxLength: 4 },
);

/** A news article made of invented names and words: dateline, paragraphs of sentences, credit lines. */
export const article: fc.Arbitrary<string> = fc
  .tuple(dateline, fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), creditLines)
  .map(([d, paras, credits]) => [d + paras[0]!.join(' '), ...paras.slice(1).map((p) => p.join(' ')), ...credits].join('\n'));

// ---- Mutations -----------------------------------------------------------------------------------

const JUNK = ['\u0000', '\u200b', '\u00a0', '\ufeff', '\u0301', '\ud800', '\udc00', '😀', '\r\n', '\t', '<b>', '&amp;', '"', '“', '(', ')', '...', '—', '\n\n\n', 'Rp', '/', ':', 'A.', '\u202e'];

type Mutation = { op: 'delete' | 'duplicate' | 'insert' | 'upper' | 'lower' | 'unpunctuate' | 'newlines' | 'swap'; at: number; len: number; junk: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'insert', 'upper', 'lower', 'unpunctuate', 'newlines', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 400 }),
  junk: fc.oneof(fc.constantFrom(...JUNK), fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 5 })),
});

function apply(text: string, m: Mutation): string {
  const i = Math.floor(m.at * text.length);
  const j = Math.min(text.length, i + m.len);
  const part = text.slice(i, j);
  switch (m.op) {
    case 'delete':
      return text.slice(0, i) + text.slice(j);
    case 'duplicate':
      return text.slice(0, j) + part + text.slice(j);
    case 'insert':
      return text.slice(0, i) + m.junk + text.slice(i);
    case 'upper':
      return text.slice(0, i) + part.toUpperCase() + text.slice(j);
    case 'lower':
      return text.slice(0, i) + part.toLowerCase() + text.slice(j);
    case 'unpunctuate':
      return text.slice(0, i) + part.replace(/[\p{P}]/gu, '') + text.slice(j);
    case 'newlines':
      return text.slice(0, i) + part.replace(/ /g, '\n') + text.slice(j);
    case 'swap':
      return text.slice(j) + text.slice(0, i) + part;
  }
}

/** An invented article after a few random edits: cuts, repeats, junk characters, case and punctuation changes. */
export const mutatedArticle: fc.Arbitrary<string> = fc.tuple(article, fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([a, ms]) => ms.reduce(apply, a));

// ---- Extremes ------------------------------------------------------------------------------------

/** One line of `min`..`max` characters: words (and optional quotes and commas) with no sentence end or line break. */
export const hugeLine = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.oneof(word, word.map(capital), fc.constantFrom(...FUNCTION), fc.constantFrom('"', '“', '”', ',', '(', ')', 'kata', 'ujar')), { minLength: 4, maxLength: 40 }), fc.integer({ min, max }))
    .map(([ws, n]) => {
      const unit = ws.join(' ') + ' ';
      return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    });

export const onlyPunctuation = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom('.', ',', ';', ':', '!', '?', '-', '–', '—', '(', ')', '[', ']', '/', '…', '*', '#', '@', ' ', '\n'), maxLength });

export const onlyQuotes = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', '«', '»', '„', ' ', '\n', 'a'), maxLength });

/**
 * Strings built to make a regular expression backtrack: one piece repeated many times, then a
 * character that spoils the match at the very end.
 */
export const ADVERSARIAL_PIECES = [
  'a', 'A', 'Ab ', 'A. ', 'a.', '1', '1.', '1,', '1/', '.', '..', ' ', '\n', '\n\n', '-', 'a-', 'Abc-', '(', ')', '((', '"', '“', '”', "'", 'x ',
  'Jl. ', 'Dr. ', 'H. ', 'Rp', 'Rp1.', 'http://a', 'a@', 'www.', '.com', 'Senin ', 'Senin (', '(1/', 'pukul ', 'tahun ', 'kata ', 'ujar ',
  'Baca juga: ', 'Editor: ', '(ANTARA) - ', 'JAKARTA, ', 'KOMPAS.com', 'Presiden ', 'Menteri ', 'yang ', 'dan ', 'di ', 'Pak ', 'Bapak ',
  'Kim Jong Un ', 'Korea ', 'PT ', 'Tbk ', '(PM) ', 'tidak ', 'akan ', 'telah ', 'bertemu ', 'menurut ', '© ', '2024 ', 'WIB ', '\t', '\u00a0',
  '1+', 'a+', 'ab.', 'a_', '-.', 'x@', 'www.a', 'a.b@', '#', '@', '<b>', '&amp;', '»', '«',
  'Ab, ', 'Ab Cd ', 'AB ', 'Ab-Cd ', '"Ab," kata ', 'Ab (Cd) ', '1 Januari ', 'Ab. ', 'Ab: ', '- Ab ', 'Ab\n', '"Ab\n', 'di Ab ', 'oleh Ab ', 'Ab mengatakan ', 'the Ab ',
];
export const adversarial = (maxRepeat: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...ADVERSARIAL_PIECES), { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: maxRepeat }),
      fc.constantFrom('', '!', '#', '\u0000', 'x', '.', '"', ')', '\n'),
    )
    .map(([ps, n, end]) => ps.join('').repeat(n) + end);

// ---- HTML ----------------------------------------------------------------------------------------

const TAGS = ['div', 'span', 'p', 'b', 'i', 'section', 'article', 'font', 'table', 'td', 'li', 'ul', 'a', 'em', 'blockquote'];

/**
 * A page whose article sits inside `depth` nested elements (some left unclosed, some with attributes),
 * with a headline, paragraphs of invented text, scripts and comments around it.
 */
export const nestedHtml = (maxDepth: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: maxDepth }),
      fc.array(sentence, { minLength: 0, maxLength: 6 }),
      inventedName,
      fc.boolean(),
      fc.constantFrom('', '<script>var x = "<div>";</script>', '<!-- <p>hidden</p> -->', '<style>p{}</style>', '<p', '</div></div>', '<![CDATA[ x ]]>'),
    )
    .map(([tags, depth, paras, title, closeAll, noise]) => {
      let open = '';
      let close = '';
      for (let k = 0; k < depth; k++) {
        const t = tags[k % tags.length]!;
        open += k % 7 === 3 ? `<${t} class="c${k}" data-x='${k}'>` : `<${t}>`;
        if (closeAll || k % 5 !== 0) close = `</${t}>` + close;
      }
      const body = paras.map((s) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
      return `<!doctype html><html><head><title>${title}</title>${noise}</head><body>${open}<h1>${title}</h1>${body}${noise}${close}</body></html>`;
    });
