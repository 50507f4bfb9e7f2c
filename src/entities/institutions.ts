/**
 * Named state bodies of a country written as a phrase: `kementerian luar negeri Rusia`, `Kantor Jaksa
 * Agung Spanyol`, `Kementerian Pendidikan Palestina` (head first), `Russian Foreign Ministry` (head last).
 * The phrase is an organisation coded with the country and the head's role (RUSGOV, ESPJUD, PSEGOV).
 */
import type { Doc, Mention } from './doc.js';
import { isAcronym } from './parens.js';

const MAX_WORDS = 5;

/**
 * "DPRD Jakarta", "Polda Jawa Barat", "Kejari Bogor": a regional body (written capitalised) and the
 * place it serves, one organisation with the body's code (another country named there: that country's
 * body of the same role).
 */
function regionalBody(doc: Doc, i: number, at: (i: number) => Mention | undefined): Mention | null {
  if (!doc.isCap(i)) return null;
  const [, ceil] = doc.sentenceBounds(i);
  const hit = doc.lex.regionalBodies.startingAt(i, ceil, doc.lexWords);
  if (!hit) return null;
  const [e, code] = hit;
  const place = at(e);
  if (place && place.type === 'LOC' && place.t0 === e) {
    // "Pengadilan Negeri Malaysia", "Pengadilan Militer Israel": another country's body of that kind
    const other = countryOf(place);
    return doc.mention(i, place.t1, 'ORG', 'rule', null, other && other !== code.slice(0, 3) ? other + code.slice(3) : code);
  }
  let k = e;
  while (k < ceil && k - e < 3) {
    // a rank ends the body's name: "Polsek Sako Iptu Apriansyah"
    // a reference's word too: "KPU RI Nomor 731"; and a weekday (nameEnds): "di Kejari Sidoarjo Senin (20/10)"
    if (doc.keys[k] !== '' && doc.isCap(k) && !at(k) && !doc.lex.ranks.startingAt(k, ceil, doc.lexWords) && !doc.lex.nameEnds.has(doc.keys[k]!)) k++;
    // "Kodam IV/Diponegoro": the unit's name after its number and a glued slash, whatever else read it
    else if (k > e && k + 1 < ceil && doc.isNumberedSlash(k)) k += 2;
    else break;
  }
  return k > e ? doc.mention(i, k, 'ORG', 'rule', null, code) : null;
}

/** Where a short form in parentheses that opens at token j closes ("(NIS)", "(PDRM)"), else -1. */
function shortFormAt(doc: Doc, j: number, ceil: number): number {
  if (doc.word(j) !== '(' || j + 2 >= ceil || doc.word(j + 2) !== ')' || !isAcronym(doc.word(j + 1))) return -1;
  return j + 2;
}

/** A mention set off by a comma before it is followed by a word, not by punctuation: it opens a clause of its own. */
function opensClause(doc: Doc, m: Mention | undefined): boolean {
  return m !== undefined && m.t1 < doc.tokens.length && doc.keys[m.t1] !== '';
}

/** A country's code from a mention of a country (not of a place in it), else null. */
export function countryOf(m: Mention): string | null {
  const e = m.alias?.entry;
  if (!e || e.kind !== 'country') return null;
  const code = e.codes.fallback;
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * Institution phrases ending at a country mention (or a demonym, head last). `at(i)` is the mention
 * (or demonym) starting at token i; `endingAt(i)` the one ending there.
 */
export function institutionMentions(doc: Doc, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined): Mention[] {
  const out: Mention[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    const regional = regionalBody(doc, i, at);
    if (regional) {
      out.push(regional);
      continue;
    }
    const hit = doc.lex.institutions.startingAt(i, doc.sentenceBounds(i)[1], doc.lexWords);
    if (!hit) continue;
    const [e, inst] = hit;
    if (inst.inName) continue;
    const [floor, ceil] = doc.sentenceBounds(i);
    if (inst.headFinal) {
      // "Russian Foreign Ministry", "China's foreign ministry": a country or demonym right before the
      // head (capitalised words between), or a country and its possessive
      let j = i;
      if (j - 1 > floor && doc.isClitic(j - 1)) {
        const q = endingAt(j - 1);
        const code = q ? countryOf(q) : null;
        if (code) out.push(doc.mention(q!.t0, e, 'ORG', 'rule', null, code + inst.role));
        continue;
      }
      while (j > floor && i - j <= MAX_WORDS) {
        const q = endingAt(j);
        const code = q ? countryOf(q) : null;
        if (code) {
          out.push(doc.mention(q!.t0, e, 'ORG', 'rule', null, code + inst.role));
          break;
        }
        // "Mexico's Economy Ministry": a country and its possessive before the capitalized words
        if (j < i && j - 1 > floor && doc.isClitic(j - 1)) {
          const owner = endingAt(j - 1);
          const c = owner ? countryOf(owner) : null;
          if (c) out.push(doc.mention(owner!.t0, e, 'ORG', 'rule', null, c + inst.role));
          break;
        }
        // (a hyphen inside a capitalized word: "U.S. Indo-Pacific Command")
        if (!doc.isCap(j - 1) && !(doc.word(j - 1) === '-' && j - 2 > floor && doc.isCap(j - 2))) break;
        j--;
      }
      continue;
    }
    // a name written with capitals is over at a word in lower case, unless it joins the name's words
    // ("Kementerian Pendidikan Dasar dan Menengah"): "Kementerian Kebudayaan menggelar Konferensi Musik
    // Indonesia" names no ministry of Indonesia
    const capitalized = doc.isCap(i);
    for (let j = e; j < ceil && j - e <= MAX_WORDS; j++) {
      const q = at(j);
      if (q) {
        const code = countryOf(q);
        if (code) out.push(doc.mention(i, q.t1, 'ORG', 'rule', null, code + inst.role));
        break;
      }
      // "Badan Intelijen Nasional (NIS) Korea Selatan": the body's short form between its name and the
      // country; the name ends before the parenthesis, with the country's code
      const close = shortFormAt(doc, j, ceil);
      if (close > 0) {
        const c = at(close + 1);
        const code = c ? countryOf(c) : null;
        if (code) out.push(doc.mention(i, j, 'ORG', 'rule', null, code + inst.role));
        break;
      }
      const k = doc.keys[j]!;
      // (a comma, or a hyphen inside a word: "Komando Indo-Pasifik AS"; a comma goes on to more of the
      // name's words, "Kementerian Investasi, Perdagangan dan Industri Malaysia", or to the country set off
      // by it, "Gubernur Bank Sentral, Amerika Serikat, …", not to a country that opens the next clause:
      // "Menurut Kementerian Luar Negeri, Israel menyerang …")
      if (k === '' && doc.word(j) !== ',' && !(doc.word(j) === '-' && doc.isCap(j + 1))) break;
      if (doc.word(j) === ',' && opensClause(doc, at(j + 1))) break;
      if (doc.lex.breakers.has(k)) break;
      if (capitalized && k !== '' && !doc.isCap(j) && !doc.lex.titleLinks.has(k) && !doc.lex.listJoiners.has(k)) break;
    }
  }
  return out;
}
