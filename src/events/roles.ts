/**
 * Source and target of a trigger from its clause.
 *   active   source = the subject (the nearest bare name before the trigger), target = the object or
 *            the name after a target preposition (kepada, terhadap, dengan, ke, untuk, atas …)
 *   passive  target = the subject, source = the agent ("oleh Y", or the name right after the verb)
 *   noun     source = -nya's owner, the name right after it ("serangan Israel"), "oleh/dari Y",
 *            "yang di-V Y", or the subject of a support verb ("melakukan serangan") or of the
 *            main clause after a frame ("Dalam pertemuan dengan Li, Cook …")
 *   nounP    as noun, but the name right after it is the patient ("penangkapan Netanyahu")
 * Coordinated names give one pair each; symmetric actions pair coordinated names with each other.
 */
import type { Entity } from '../record/schema.js';
import { isStateCode } from '../entities/actors.js';
import type { ActorIndex, Chunk, Mention } from './actors.js';
import { inWithEnclitic, type Cues } from './cues.js';
import { pastShortForm, type TriggerMatch } from './triggers.js';
import { isGroupEntity } from './groups.js';

export interface ActorRef {
  entity: Entity;
  /** the mention it was read from; null when resolved from a pronoun or a quote's speaker */
  mention: Mention | null;
}

export interface Scope {
  from: number;
  to: number;
  /** the quote's speaker, for first-person pronouns inside a direct quote */
  speaker: Entity | null;
  inQuote: boolean;
}

export interface RolePair {
  source: ActorRef;
  target: ActorRef | null;
  /** source resolved from a first-person pronoun inside a quote (the speaker) */
  speakerSource: boolean;
}

export interface RoleResult {
  pairs: RolePair[];
  /** coordinated subjects acting together, paired with each other (the entry's `together` code applies) */
  together?: boolean;
  /** triggers inside this one's complement ("mengancam menaikkan tarif …"): not events of their own */
  absorbed: TriggerMatch[];
}

type Group = ActorRef[];

interface Ctx {
  ix: ActorIndex;
  scope: Scope;
  /** token → trigger match starting or covering it, for the sentence */
  triggerAt: Map<number, TriggerMatch>;
  /** PER mentions in text order, for pronouns */
  persons: Mention[];
  /** the first token of each sentence */
  sentenceStarts: number[];
  /**
   * The actor code an event gives a source or target (its entity's, refined by a group word next to it:
   * "Kapolda Jawa Timur" IDNCOP); absent, the entity's own code.
   */
  codeOf?: (r: ActorRef, asSource: boolean) => string | null;
  /** the first token of a quote's cue → the speaker the quotes stage found for it ("Dia menuding …": Musk) */
  cueSpeakers?: Map<number, Entity>;
  /** the source of the last event told so far whose CAMEO root is one of `roots`, for an act named again ("serangan tersebut") */
  /** the source of the last event told with one of these CAMEO roots (any, for none), in sentence `fromSentence` or after */
  earlierAgent?: (roots: readonly string[], fromSentence?: number, unlike?: Entity | null) => ActorRef | null;
  /** the subject found for the act being read, when its target is sought: an act it names again is another's */
  subject?: Entity | null;
  /**
   * the source and target of the last event told so far with both, for "kedua negara", "the two leaders"; with
   * `named`, of the last with two named sides (no bare group: "the two countries" are no soldiers); the same for
   * every act told with the phrase ending at token `at`
   */
  earlierPair?: (named: boolean, at: number) => ActorRef[] | null;
}

/** CAMEO's formal agreement signed: what it names right after it is what is signed, no act of its own. */
const SIGNED = '057';
const BRACKETS = new Set(['(', ')', '[', ']']);

const ref = (m: Mention): ActorRef => ({ entity: m.entity, mention: m });

function groupOf(ctx: Ctx, chunk: Chunk): Group {
  return ctx.ix.coordination(chunk, ctx.scope.from, ctx.scope.to).map((c) => ref(c.head));
}

/** The token after the last mention of a group read from the text, at least `end`. */
function groupEnd(group: Group, end: number): number {
  for (const r of group) if (r.mention && r.mention.tokEnd > end) end = r.mention.tokEnd;
  return end;
}

/** A target and the names coordinated with it, up to a companion ("mengunjungi X bersama Y": X alone). */
function targetGroup(ctx: Ctx, chunk: Chunk): Group {
  const { ix } = ctx;
  const chunks = ix.coordination(chunk, ctx.scope.from, ctx.scope.to);
  // "rencana Wali Kota Solo, Respati Ardi": a title with its place or body, then the person it describes
  if (chunks.length === 1 && chunk.head.entity.type !== 'PER' && ix.phraseStart(chunk, ctx.scope.from) < chunk.tokStart) {
    const person = personAfterComma(ix, chunk, ctx.scope.to);
    if (person) return [ref(person.head)];
  }
  // and from a companion on ("membahas hubungan RI-Afsel bersama Prabowo": Prabowo alone)
  let start = 0;
  for (let i = chunks.indexOf(chunk); i > 0; i--) {
    if (ix.cues.comitatives.has(ix.lower(ix.phraseStart(chunks[i]!, ctx.scope.from) - 1))) {
      start = i;
      break;
    }
  }
  let end = chunks.length;
  for (let i = chunks.indexOf(chunk); i + 1 < chunks.length; i++) {
    const t = chunks[i]!.tokEnd;
    if (ix.cues.comitatives.has(ix.lower(t)) || (BRACKETS.has(ix.tokens[t]?.text ?? '') && ix.cues.comitatives.has(ix.lower(t + 1)))) {
      end = i + 1;
      break;
    }
  }
  return chunks.slice(start, end).map((c) => ref(c.head));
}

/** The person named right after a comma that follows the chunk, before token `to` ("Wali Kota Solo, Respati Ardi"), or null. */
function personAfterComma(ix: ActorIndex, chunk: Chunk, to: number): Chunk | null {
  if (ix.tokens[chunk.tokEnd]?.text !== ',' || chunk.tokEnd + 1 >= to) return null;
  return personAt(ix, chunk.tokEnd + 1);
}

/** The person whose name opens at token k, or null. */
function personAt(ix: ActorIndex, k: number): Chunk | null {
  const chunk = ix.chunkAt(k);
  return chunk !== null && chunk.tokStart === k && chunk.head.entity.type === 'PER' ? chunk : null;
}

/**
 * The person a pronoun or -nya at token `tok` stands for: the last person named earlier in the
 * same sentence ("Putin … setelah ia terpilih"), else the first person named in the nearest
 * sentence before that names one, usually its subject ("Musk berselisih dengan Trump. Dia …").
 */
function lastPersonBefore(ctx: Ctx, tok: number, exclude: Entity | null = null): ActorRef | null {
  const { persons, sentenceStarts } = ctx;
  let lo = 0;
  let hi = sentenceStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentenceStarts[mid]! <= tok) lo = mid;
    else hi = mid - 1;
  }
  const sentStart = sentenceStarts[lo] ?? 0;
  let inSentence: Mention | null = null;
  /** the first person of the nearest earlier sentence that names one, by its index in `persons` */
  let previous = -1;
  let i = 0;
  for (; i < persons.length; i++) {
    const m = persons[i]!;
    if (m.tokStart >= tok) break;
    if (m.entity === exclude) continue;
    if (m.tokStart >= sentStart) inSentence = m;
    else if (previous < 0 || sentenceOf(sentenceStarts, m.tokStart) !== sentenceOf(sentenceStarts, persons[previous]!.tokStart)) previous = i;
  }
  if (inSentence) return { entity: inSentence.entity, mention: null };
  if (previous < 0) return null;
  // "Kuasa hukum Tom Lembong, Ari Yusuf Amir, menilai …": in that sentence, the person a verb follows is
  // the one "ia" goes on about
  const first = persons[previous]!;
  const s = sentenceOf(sentenceStarts, first.tokStart);
  for (let k = previous; k < i && persons[k]!.tokStart < sentStart && sentenceOf(sentenceStarts, persons[k]!.tokStart) === s; k++) {
    if (persons[k]!.entity !== exclude && verbAfter(ctx.ix, persons[k]!)) return { entity: persons[k]!.entity, mention: null };
  }
  return { entity: first.entity, mention: null };
}

/** A verb right after the mention, or after the comma that closes its apposition. */
function verbAfter(ix: ActorIndex, m: Mention): boolean {
  let k = m.tokEnd;
  if (k < ix.tokens.length && ix.tokens[k]!.text === ',') k++;
  return k < ix.tokens.length && ix.isVerb(k);
}

/** How many sentences back an object pronoun looks for its person. */
const OBJECT_PRONOUN_SENTENCES = 2;

/** The last person named before token `tok`, in its sentence or the two before, who is none of `not`. */
function personBefore(ctx: Ctx, tok: number, not: Set<string>): ActorRef | null {
  const { persons, sentenceStarts } = ctx;
  const floor = sentenceStarts[Math.max(0, sentenceOf(sentenceStarts, tok) - OBJECT_PRONOUN_SENTENCES)] ?? 0;
  let best: Mention | null = null;
  for (const m of persons) {
    if (m.tokStart >= tok) break;
    if (m.tokStart >= floor && !not.has(m.entity.id)) best = m;
  }
  return best ? { entity: best.entity, mention: null } : null;
}

function sentenceOf(starts: number[], tok: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= tok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Found {
  group: Group;
  /** resolved from a first-person pronoun in a quote */
  speaker: boolean;
}

/** A pronoun at token k as an actor, or undefined when k is no pronoun. */
function pronoun(ctx: Ctx, k: number, reported = false): Found | null | undefined {
  const c = ctx.ix.cues;
  const w = ctx.ix.lower(k);
  if (c.thirdPronouns.has(w)) {
    // "Dia menuding politik AS …": the subject of a cue the quotes stage read is the speaker it found (who
    // spoke last, not merely the last person named)
    for (let j = k + 1; j <= k + 2 && j < ctx.scope.to; j++) {
      const speaker = ctx.cueSpeakers?.get(j);
      if (speaker) return speaker.type === 'PER' ? { group: [{ entity: speaker, mention: null }], speaker: false } : null;
      if (!c.controlVerbs.has(ctx.ix.lower(j))) break;
    }
    // inside a direct quote "dia" is someone the speaker talks about, never the speaker
    const p = lastPersonBefore(ctx, k, ctx.scope.inQuote ? ctx.scope.speaker : null);
    return p ? { group: [p], speaker: false } : null;
  }
  if (c.firstPronouns.has(w)) {
    return ctx.scope.inQuote && ctx.scope.speaker ? { group: [{ entity: ctx.scope.speaker, mention: null }], speaker: true } : null;
  }
  if (c.pluralPronouns.has(w)) {
    const r = reported ? reportedSubject(ctx, k) : null;
    if (r) return r;
    // (only a pronoun that opens its sentence: "Mereka menuntut …")
    const g = c.groupPronouns.has(w) && ctx.sentenceStarts[sentenceOf(ctx.sentenceStarts, k)] === k ? groupOpeningSentenceBefore(ctx, k) : null;
    return g ? { group: [g], speaker: false } : null;
  }
  // "Kedua negara sepakat …", "The two leaders agreed …": the two sides of the last act told with both
  const pairs = c.pairSubjects.get(w);
  const phrase = pairs && ctx.earlierPair ? pairs.find((p) => endsAt(ctx, p, k)) : undefined;
  if (phrase) {
    const both = ctx.earlierPair!(!c.groupPairSubjects.has(phrase.join(' ')), k);
    if (!both) return null;
    // each side's mention here is the phrase, so that the event's evidence shows it
    const { tokens } = ctx.ix;
    const first = k - phrase.length + 1;
    const span = { start: tokens[first]!.start, end: tokens[k]!.end, tokStart: first, tokEnd: k + 1 };
    return { group: both.map((r) => ({ entity: r.entity, mention: { entity: r.entity, ...span } })), speaker: false };
  }
  return undefined;
}

/** Whether the words of `phrase` stand in the scope ending at token k. */
function endsAt(ctx: Ctx, phrase: readonly string[], k: number): boolean {
  const first = k - phrase.length + 1;
  if (first < ctx.scope.from) return false;
  for (let i = 0; i < phrase.length; i++) if (ctx.ix.lower(first + i) !== phrase[i]) return false;
  return true;
}

/**
 * "Puluhan mahasiswa berunjuk rasa … Mereka menuntut …": the bare group that opens the sentence before
 * (the first actor named there, places aside), for "mereka"/"they"; null when a name comes first.
 */
function groupOpeningSentenceBefore(ctx: Ctx, k: number): ActorRef | null {
  const { ix, sentenceStarts } = ctx;
  const s = sentenceOf(sentenceStarts, k);
  if (s === 0) return null;
  for (let t = sentenceStarts[s - 1]!; t < sentenceStarts[s]!; t++) {
    const m = ix.mentionAt(t);
    if (!m) continue;
    if (m.entity.type === 'LOC') {
      t = m.tokEnd - 1;
      continue;
    }
    return isGroupEntity(m.entity) ? { entity: m.entity, mention: null } : null;
  }
  return null;
}

/**
 * "Japan said on Tuesday it had halted aid", "they said they would boycott …": "it" or "they" right
 * after a verb of reported speech (a complementizer, a weekday or an adverb apart), as the subject of a
 * predicate (subjectBefore), is that verb's subject. Elsewhere such a pronoun names nobody (null).
 */
function reportedSubject(ctx: Ctx, k: number): Found | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  let j = k - 1;
  for (let n = 0; j >= scope.from && n < 3 && c.reportingGap.has(ix.lower(j)); n++) j--;
  if (j < scope.from || !c.reportingVerbs.has(ix.lower(j))) return null;
  const s = subjectBefore(ctx, j);
  return s ? { group: s.group, speaker: false } : null;
}

/**
 * "Indonesia mengecam serangan tersebut", "Iraq condemned the strikes": an act's noun at token k (the verb's
 * object, starting at `after` or after a determiner there) that points back with a demonstrative to an act
 * told before, and names no agent of its own: that act's agent, the last of the same CAMEO root so far.
 */
function actNamedAgain(ctx: Ctx, other: TriggerMatch, k: number, after: number): ActorRef | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (!ctx.earlierAgent || !other.entry.code || other.enclitic) return null;
  const p = other.last + 1;
  const back = (p < scope.to && c.anaphoraAfterNoun.has(ix.lower(p))) || (k === after + 1 && c.anaphoraBeforeNoun.has(ix.lower(after)));
  // (an attack is coded as fighting when a state makes it: "serangan" 180 names again a state's 190)
  return back ? ctx.earlierAgent([other.entry.code.slice(0, 2), other.entry.armed?.slice(0, 2) ?? '']) : null;
}

/** After a passive verb, a frame word and an act named again ("dalam penggerebekan itu", "in the raid"): that act's agent. */
function frameActNamedAgain(ctx: Ctx, after: number): ActorRef | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (after >= scope.to || !c.frameWords.has(ix.lower(after))) return null;
  const k = after + 1 < scope.to && c.anaphoraBeforeNoun.has(ix.lower(after + 1)) ? after + 2 : after + 1;
  const other = k < scope.to ? ctx.triggerAt.get(k) : undefined;
  if (!other || other.first !== k) return null;
  // (a form written as verb and noun is the noun after a determiner: "in the raid")
  const noun = other.voice === 'noun' || other.voice === 'nounP' || (other.alsoNoun && k === after + 2);
  return noun ? actNamedAgain(ctx, other, k, k - 1) : null;
}

/**
 * "mengecam penyitaan tersebut", "menentang penyitaan tersebut": a noun of the act done to someone (peN-an)
 * named again is the act of the agent told before, whom the verb aims at.
 */
function patientNounNamedAgain(ctx: Ctx, other: TriggerMatch, k: number, after: number): Group | null {
  if (other.voice !== 'nounP' || other.enclitic) return null;
  const earlier = actNamedAgain(ctx, other, k, after);
  return earlier ? [earlier] : null;
}

/**
 * The subject for a predicate starting at token `start`: scanning back over the clause, the first
 * name (or pronoun) that no preposition governs. After a coordinator or a subordinator that shares
 * the subject ("dan", "usai"), the names before the previous predicate are its objects and skipped.
 */
export function subjectBefore(ctx: Ctx, start: number, opts: { throughRelative?: boolean; noAgent?: boolean } = {}): Found | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  let allowVerbs = false;
  let skipUntilVerb = false;
  let nounSeen = false;
  /**
   * A plain noun right before the predicate (only auxiliaries between): "X mengatakan pemerintah akan …"
   * has a subject of its own after X's verb. Not after another verb ("kabar ini diperolehnya usai
   * menerima": the nouns are that verb's), nor a word for the sayer's own side ("pihaknya").
   */
  let clauseNoun = false;
  let otherVerb = false;
  // the control word ("to", "untuk") crossed last, while only it has allowed verbs
  let controlAt = -1;
  /** a coordinator or another word that shares the subject with an earlier predicate was crossed */
  let shared = false;
  for (let k = start - 1; k >= scope.from; k--) {
    const chunk = ix.chunkAt(k);
    if (chunk) {
      // ", jelas Risal, telah disita", ", Retno said, attacked": a speaker between commas is an aside
      if (asideSpeaker(ctx, chunk)) {
        k = ix.phraseStart(chunk, scope.from) - 1;
        continue;
      }
      if (!skipUntilVerb) {
        const gov = ix.governor(chunk, scope.from);
        // "Palestinian prisoners freed by Israel arrived": the agent of a participle is not the subject; the
        // noun the participle describes, before it, is
        const at = ix.phraseStart(chunk, scope.from) - 1;
        if (c.reducedRelatives && gov !== null && c.agentPreps.has(gov) && !opts.noAgent && at - 1 >= scope.from && at - 1 < start - 1 && ix.isVerb(at - 1)) {
          k = at - 1;
          continue;
        }
        if (gov === null || (c.agentPreps.has(gov) && !opts.noAgent) || groupOfPlace(ctx, chunk, gov)) {
          // "memanggil Dubes Australia, Penny Williams, untuk meminta …": across the purpose word, the
          // object of a verb whose purpose is its subject's; that verb's subject is sought instead
          const v = controlAt > k && !opts.noAgent ? purposeVerbBefore(ctx, chunk) : -1;
          if (v >= 0) {
            k = v + 1;
            skipUntilVerb = true;
            continue;
          }
          // "Israel yang menyerang Gaza dikecam Turki": the object of a relative clause's verb is not the
          // subject; the noun the clause describes is
          // (the object's own noun may stand between: "Andi yang mencuri motor Budi ditangkap")
          let verb = ix.phraseStart(chunk, scope.from) - 1;
          for (let n = 0; n < 2 && verb > scope.from && (ix.isPlainWord(verb) || c.nounDeterminers.has(ix.lower(verb))); n++) verb--;
          const rel = gov === null && verb >= scope.from && ix.isVerb(verb) ? relativizerBefore(ctx, verb) : -1;
          if (rel >= 0) {
            k = rel + 1;
            continue;
          }
          const located = gov === null ? locatedBody(ctx, chunk) : null;
          return { group: groupOf(ctx, located ?? chunk), speaker: false };
        }
        // "hours after Russia launched …", "setelah Israel menyerang …": a word that opens a clause of time
        // (a frame word that shares no subject here), then its subject right before the predicate
        const opener = at >= scope.from ? ix.lower(at) : '';
        if (c.subjectControl.has(opener) && c.frameWords.has(opener) && auxiliariesBetween(ctx, chunk.tokEnd, start)) {
          return { group: groupOf(ctx, chunk), speaker: false };
        }
      }
      k = Math.max(chunk.tokStart, scope.from);
      continue;
    }
    const w = ix.lower(k);
    // "Rusia, yang diduga menyerang Moldova, mengecam …": a relative clause between commas describes the
    // subject before it; the names inside are not the subject
    if (!skipUntilVerb && w === ',') {
      const j = relativeAsideBefore(ctx, k);
      if (j >= 0) {
        k = j + 1;
        continue;
      }
    }
    if (!skipUntilVerb) {
      const prev = k - 1 >= scope.from ? ix.lower(k - 1) : '';
      // a reported "it"/"they" only as the predicate's own subject, not across a control verb's "to" with a
      // predicate of its own before it ("said it will send a team to help …"); its own control words and
      // copulas between are its ("said it was ready to meet …")
      const own = !allowVerbs || (controlAt > k && auxiliariesBetween(ctx, k + 1, controlAt));
      const p = c.preps.has(prev) ? undefined : pronoun(ctx, k, own);
      if (p !== undefined) return p;
    }
    if (c.relativizers.has(w)) {
      let j = k - 1;
      if (j >= scope.from && c.listSeparators.has(ix.lower(j))) j--;
      if (j >= scope.from && /^[)\]]$/.test(ix.tokens[j]!.text)) j--;
      const before = j >= scope.from ? ix.chunkAt(j) : null;
      if (before) {
        // "insiden tambang di Magetan yang menewaskan …": a place after its preposition says where the noun
        // the clause describes was; it does not act (unless a group of it: "warga di Gaza yang …")
        const gov = ix.governor(before, scope.from);
        if (gov !== null && c.placePreps.has(gov) && before.head.entity.type === 'LOC' && !groupOfPlace(ctx, before, gov)) return null;
        return { group: groupOf(ctx, before), speaker: false };
      }
      // "mengambil gunting yang berada di laci dan menyerang korban": the verb passed on the way to a shared
      // subject was a relative clause's about a plain noun; the predicate shared is further back
      // (not a place's word: "pelaku di sana yang … dan belum ditangkap" are the ones described)
      if (shared && !skipUntilVerb && j - 1 >= scope.from && ix.isPlainWord(j) && !c.preps.has(ix.lower(j - 1))) {
        skipUntilVerb = true;
        continue;
      }
      if (!opts.throughRelative) return null;
      skipUntilVerb = true;
      allowVerbs = true;
      continue;
    }
    if (c.complementizers.has(w)) return null;
    // "Melalui bidang …, lembaga ini membangun …": a noun with a demonstrative right before the predicate (no
    // preposition before it) is the clause's own subject, one the text names elsewhere; not a name further back
    if (!skipUntilVerb && !allowVerbs && c.anaphoraAfterNoun.has(w) && demonstrativeSubject(ctx, k, start)) return null;
    // "X meminta agar pihak terkait menyampaikan …": who is asked to act is not who asks
    if (c.modality.purpose.has(w) && k - 1 >= scope.from && c.modality.directives.has(ix.lower(k - 1))) return null;
    if (c.clauseBreaks.has(w) && !c.listSeparators.has(w) && !BRACKETS.has(w)) return null;
    if (c.objectControl.has(w)) {
      controlAt = allowVerbs ? -1 : k;
      allowVerbs = true;
      continue;
    }
    // ("Ketua DPR itu kemudian mengapresiasi": an adverb of sequence after a demonstrative too, not "itu hingga …")
    const adverb =
      !c.coordinators.has(w) &&
      k - 1 >= scope.from &&
      (ix.chunkAt(k - 1) !== null || pronoun(ctx, k - 1) !== undefined || (c.subjectAdverbs.has(w) && c.anaphoraAfterNoun.has(ix.lower(k - 1))));
    // "X dan pemerintah negara lain telah menawarkan": a coordinator before a noun phrase joins subjects
    const joinsNouns = c.coordinators.has(w) && nounSeen;
    if (c.subjectControl.has(w) && !adverb && !joinsNouns) {
      // "…, kemudian menyerang": a new predicate sharing the subject (not "X kemudian menyerang")
      shared = true;
      allowVerbs = true;
      skipUntilVerb = true;
      continue;
    }
    // "tiba di Cianjur dan menyerahkan …": a verb without a prefix is the earlier predicate looked for
    if (skipUntilVerb && c.bareVerbs.has(w)) {
      skipUntilVerb = false;
      continue;
    }
    if (ix.isVerb(k)) {
      // the complement of a verb of saying with a subject of its own: the sayer is not this predicate's subject
      if (clauseNoun && !skipUntilVerb && c.reportingVerbs.has(w)) return null;
      // "memerintahkan Panglima TNI dan Kapolri untuk membantu …": those ordered to act (no name here) act,
      // not who orders; one's own ("its troops", "jajarannya") act for the one who orders
      if (controlAt > k + 1 && c.modality.directives.has(w) && !ownersBetween(ctx, k + 1, controlAt)) return null;
      nounSeen = false;
      clauseNoun = false;
      const auxiliary = isAuxiliary(c, w);
      if (!auxiliary) otherVerb = true;
      if (skipUntilVerb) skipUntilVerb = false;
      else if (!allowVerbs && !auxiliary) {
        // "Sejumlah mahasiswa yang berunjuk rasa di depan Gedung DPR ditangkap polisi": the verb of a
        // relative clause; the predicate's subject is the noun the clause describes
        const rel = relativizerBefore(ctx, k);
        if (rel < 0) return null;
        k = rel + 1;
        continue;
      }
    } else if (ix.isPlainWord(k) && !c.controlVerbs.has(w)) {
      nounSeen = true;
      if (!otherVerb && !c.reportingGap.has(w) && !c.sayerSide.has(w) && !ix.isTime(k)) clauseNoun = true;
    }
  }
  return null;
}

/**
 * The relativizer right before the verb at k, auxiliaries and negation apart ("yang berunjuk rasa", "yang
 * telah menerima"), with a name or group right before it: its index, else -1.
 */
function relativizerBefore(ctx: Ctx, k: number): number {
  const { ix, scope } = ctx;
  const c = ix.cues;
  let j = k - 1;
  for (let n = 0; j >= scope.from && n < 2 && (isAuxiliary(c, ix.lower(j)) || c.modality.negatedNear.has(ix.lower(j))); n++) j--;
  if (j - 1 < scope.from || !c.relativizers.has(ix.lower(j))) return -1;
  return ix.chunkAt(j - 1) ? j : -1;
}

/** Longest relative clause read as an aside between commas, in tokens. */
const MAX_RELATIVE_ASIDE = 20;

/**
 * The comma at token k closes a relative clause opened by a comma and a relativizer (", yang … ,", ", which
 * … ,") right after a name: the last token of that name, else -1.
 */
function relativeAsideBefore(ctx: Ctx, k: number): number {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let j = k - 1, n = 0; j - 2 >= scope.from && n < MAX_RELATIVE_ASIDE; j--, n++) {
    const w = ix.lower(j);
    if (c.relativizers.has(w)) {
      if (ix.tokens[j - 1]!.text !== ',') return -1;
      return ix.chunkAt(j - 2) ? j - 2 : -1;
    }
    if (w === ',' || (c.clauseBreaks.has(w) && !c.listSeparators.has(w))) return -1;
  }
  return -1;
}

/** Token k is a demonstrative after a plain noun that no preposition governs, with only auxiliaries and adverbs of sequence between it and the predicate at `start`. */
function demonstrativeSubject(ctx: Ctx, k: number, start: number): boolean {
  const { ix, scope } = ctx;
  const n = k - 1;
  // ("saat ini", "baru-baru ini": a time, not a subject)
  if (n < scope.from || ix.chunkAt(n) !== null || !ix.isPlainWord(n) || ix.isTime(n) || ix.isTime(k)) return false;
  if (n - 1 >= scope.from && ix.cues.preps.has(ix.lower(n - 1))) return false;
  for (let j = k + 1; j < start; j++) if (!isAuxiliary(ix.cues, ix.lower(j)) && !ix.cues.subjectAdverbs.has(ix.lower(j))) return false;
  return true;
}

/**
 * "Polres Barru, Sulawesi Selatan, memeriksa …": a region or town after a comma, right after a body or a
 * person, says where they are; they are the subject. A country there is one of a list ("Hamas, Israel dan
 * Qatar"), and stays the subject.
 */
function locatedBody(ctx: Ctx, chunk: Chunk): Chunk | null {
  const { ix, scope } = ctx;
  const head = chunk.head.entity;
  if (head.type !== 'LOC' || isCountry(head)) return null;
  const start = ix.phraseStart(chunk, scope.from);
  if (start - 2 < scope.from || !ix.cues.listSeparators.has(ix.lower(start - 1)) || ix.tokens[start - 1]!.text !== ',') return null;
  const before = ix.chunkAt(start - 2);
  return before && before.head.entity.type !== 'LOC' && ix.governor(before, scope.from) === null ? before : null;
}

/**
 * "menolak usulan yang diajukan Mesir", "mengecam serangan yang dilakukan Israel": after an object that is a
 * thing (no name or group right before the relativizer at k), a relative clause opened by a passive verb
 * names that thing's agent right after the verb or after "oleh": whom the act aims at. Else null.
 */
function relativeAgent(ctx: Ctx, k: number, after: number): Group | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (c.relativePassivePrefixes.length === 0 || k === after || ix.chunkAt(k - 1) !== null || k + 2 >= scope.to) return null;
  const verb = ix.lower(k + 1);
  if (!ix.isVerb(k + 1) || !c.relativePassivePrefixes.some((p) => verb.startsWith(p))) return null;
  let a = k + 2;
  if (c.agentPreps.has(ix.lower(a))) a++;
  const chunk = a < scope.to ? ix.chunkAt(a) : null;
  return chunk && ix.phraseStart(chunk, scope.from) === a ? targetGroup(ctx, chunk) : null;
}

/**
 * The verb (its token) whose object `chunk` is, when that verb is one of the language's purposeOfSubject
 * verbs: back over titles, appositions between commas and names after a preposition ("Duta Besar
 * Australia untuk Indonesia, Penny Williams"), in the same clause; else -1.
 */
function purposeVerbBefore(ctx: Ctx, chunk: Chunk): number {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (c.purposeOfSubject.size === 0) return -1;
  for (let k = ix.phraseStart(chunk, scope.from) - 1, n = 0; k >= scope.from && n < 12; n++) {
    const w = ix.lower(k);
    if (c.purposeOfSubject.has(w)) return k;
    const other = ix.chunkAt(k);
    if (other) {
      k = ix.phraseStart(other, scope.from) - 1;
      continue;
    }
    // a preposition before a name (the post's country: "untuk Indonesia") or a comma of an apposition
    if (w === ',' || (c.preps.has(w) && ix.chunkAt(k + 1) !== null) || ((ix.isPlainWord(k) || ix.isCapitalizedWord(k)) && !ix.isVerb(k))) {
      k--;
      continue;
    }
    return -1;
  }
  return -1;
}

/** An owner's pronoun among tokens [from, to): a word of `groupOwners` ("its", "mereka") or one with the enclitic ("jajarannya"). */
function ownersBetween(ctx: Ctx, from: number, to: number): boolean {
  const c = ctx.ix.cues;
  for (let j = from; j < to; j++) {
    const w = ctx.ix.lower(j);
    if (c.groupOwners.has(w) || (c.enclitic !== null && w.length > c.enclitic.length + 2 && w.endsWith(c.enclitic))) return true;
  }
  return false;
}

/** Tokens [from, to) are all verbs that carry another's meaning, or control words ("was ready", "plans"). */
function auxiliariesBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!isAuxiliary(ctx.ix.cues, ctx.ix.lower(j))) return false;
  return true;
}

/** A verb that carries another's meaning: control, support, passive auxiliary or copula. */
function isAuxiliary(c: Cues, w: string): boolean {
  return c.controlVerbs.has(w) || c.supportVerbs.has(w) || c.passiveAux.has(w) || c.copulas.has(w);
}

/** A speaker between commas with a speech cue before or after ("…, kata Retno, …", "…, Retno said, …"). */
function asideSpeaker(ctx: Ctx, chunk: Chunk): boolean {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const at = (i: number, set: Set<string>): boolean => i >= scope.from && i < scope.to && set.has(ix.lower(i));
  const start = ix.phraseStart(chunk, scope.from);
  const end = chunk.tokEnd;
  const { listSeparators: comma, asideCues: cue } = c;
  return (at(start - 1, cue) && at(start - 2, comma) && at(end, comma)) || (at(start - 1, comma) && at(end, cue) && at(end + 1, comma));
}

/** Whether tokens [a, b) are at most `max` plain words (no name, verb or preposition) and short forms in parentheses. */
function plainBetween(ix: ActorIndex, a: number, b: number, max: number, to: number): boolean {
  let n = 0;
  for (let k = a; k < b; k++) {
    const past = pastShortForm(ix.tokens, k, to);
    if (past > k) k = past - 1;
    else if (!ix.isPlainWord(k) || ix.chunkAt(k) || ++n > max) return false;
  }
  return true;
}

/**
 * Whether the name `chunk`, after a preposition, owns a verb's bare object: right after a verb's trigger a
 * determiner, then one or two plain words, then the preposition ("supports [the rights] of Palestinians"); not
 * when the name is a possessor of another noun ("the deputy chief of Israel's militia ally").
 */
function ownerOfObject(ctx: Ctx, after: number, chunk: Chunk, self: TriggerMatch): boolean {
  const { ix, scope } = ctx;
  const of = ix.phraseStart(chunk, scope.from) - 1;
  if (self.voice === 'noun' || self.voice === 'nounP' || of <= after) return false;
  if (chunk.tokEnd < scope.to && ix.cues.possessiveMarkers.has(ix.lower(chunk.tokEnd))) return false;
  const start = ix.cues.nounDeterminers.has(ix.lower(after)) ? after + 1 : after;
  return of > start && plainBetween(ix, start, of, 2, scope.to);
}

/** Whether a match at token k (other than `self`) begins a trigger. */
function triggerStartingAt(ctx: Ctx, k: number, self: TriggerMatch): TriggerMatch | null {
  const t = ctx.triggerAt.get(k);
  return t && t !== self && t.first === k ? t : null;
}

/** Sentences back from a plain word for an act ("langkah tersebut") in which the act it names again may be told. */
const ACT_NOUN_SENTENCES = 2;

/** Words of a target preposition's object before a name that is still its head ("terhadap langkah Gubernur …"). */
const MAX_PREP_OBJECT_WORDS = 4;
/**
 * "menangkap empat pelaku penipuan kepada ayah artis X": after an object of more words than this, a
 * target preposition belongs to the object's noun, not to the verb, and the name after it is no target.
 */
const MAX_OBJECT_WORDS_BEFORE_PREP = 4;

/**
 * The target after token `after`: the first name that is a bare object or sits in a target phrase,
 * within the clause. A trigger met on the way ends the search unless it is the object of a target
 * preposition ("apresiasi atas dukungan …") or this trigger takes a clause (`say`); such triggers
 * are absorbed.
 */
function targetAfter(ctx: Ctx, after: number, self: TriggerMatch, absorbed: TriggerMatch[]): Group | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const entry = self.entry;
  // "mengutuk keras serangan Israel …", "condemned strongly the attack": a degree adverb is no object
  while (after < scope.to && c.intensifiers.has(ix.lower(after))) after++;
  // a pattern that ends in a preposition ("fire … at", "tuan rumah bagi") has introduced its target
  // (not the infinitive's "to" of an act pledged or agreed to, which yields to that act: "pledged to build a
  // factory … after Jakarta banned …" aims at no one)
  let sawTargetPrep = !entry.yields && after - 1 >= scope.from && after - 1 <= self.last && c.preps.has(ix.lower(after - 1));
  let afterComplementizer = -1;
  /** the last target preposition passed (-1: none) */
  let prepAt = -1;
  /** a name or another preposition passed: the words after the trigger are no bare object */
  let passedPrep = false;
  // a purpose clause after a sending or placing act may still name where ("mengirim pasukan untuk
  // memulihkan keamanan di Gaza"): only a name after the act's own place words counts there
  let purpose = false;
  const placeTarget = [...entry.to].some((p) => c.placePreps.has(p));
  const limit = Math.min(scope.to, after + ix.cues.maxTargetDistance + 1);
  for (let k = after; k < limit; k++) {
    // "menandatangani nota kesepahaman (MoU) dengan …": a short form in parentheses restates the object
    const past = k > after ? pastShortForm(ix.tokens, k, scope.to) : k;
    if (past > k) {
      k = past - 1;
      continue;
    }
    const chunk = ix.chunkAt(k);
    // "struck Iran-backed militias", "hosted US-brokered talks": a name that modifies the noun after it
    // through a compound's second half is not the object
    if (chunk && compoundTail(ix, chunk.tokEnd)) {
      k = chunk.tokEnd;
      continue;
    }
    if (chunk) {
      // a name right after the trigger is its object, whatever preposition stands before the trigger ("after
      // meeting Vladimir Putin": an -ing form is not read as a verb that would end the governor's search)
      const gov = ix.phraseStart(chunk, scope.from) - 1 <= self.last ? null : ix.governor(chunk, scope.from);
      let ok: boolean;
      // (its `to` words need not be prepositions the governor knows: "bersama")
      // "mengajukan gugatan ke MK": the court a lawsuit goes to is where it is lodged, not whom it is against
      if (gov !== null && entry.venue.has(gov)) ok = false;
      else if (entry.prepOnly) ok = (gov !== null && entry.to.has(gov)) || entry.to.has(ix.lower(ix.phraseStart(chunk, scope.from) - 1));
      else if (purpose) ok = gov !== null && entry.to.has(gov);
      // "apresiasi terhadap terwujudnya rencana pembangunan kampung jemaah haji RI": a name deep in the
      // object of a target preposition modifies that object; it is not the target
      else if (gov === null && prepAt >= 0 && chunk.tokStart - prepAt > MAX_PREP_OBJECT_WORDS + 1) ok = false;
      else if (gov === null) ok = true;
      else if (entry.to.has(gov)) ok = true;
      // "condemned the attack by Hamas", "investigating crimes by Serb forces": the agent of a noun
      // after the verb is whom the verb aims at; right after the verb, "by" is no such agent
      else if (c.agentPreps.has(gov)) ok = nounAgent(ctx, chunk, after);
      // "demanded the resignation of President X": "of" right after a pattern that ends in its noun
      // (a word or two may describe the name: "the arrest of former Senator X")
      else if (c.nounPatientPreps.has(gov) && self.last > self.first && !ix.isVerb(self.last) && ix.lower(after) === gov && ix.phraseStart(chunk, scope.from) - 1 - after <= 2) ok = true;
      // "supports the rights of Palestinians", "praised the efforts of Egypt": the owner of what a verb's bare
      // object names is whom the verb aims at
      else if (c.nounPatientPreps.has(gov) && ownerOfObject(ctx, after, chunk, self)) ok = true;
      // a symmetric act's other side is not named after a preposition of its topic ("membahas persepsi publik
      // terhadap Polri": what is discussed), unless the pattern ends in it
      else if (c.targetPreps.has(gov)) ok = !entry.sym || !c.symTopicPreps.has(gov) || ix.phraseStart(chunk, scope.from) - 1 <= self.last;
      else if (sawTargetPrep) ok = !c.placePreps.has(gov);
      else ok = !c.targetBlockers.has(gov);
      if (afterComplementizer >= 0 && k - afterComplementizer > 3) ok = false;
      // "memperingatkan bahwa ratusan ribu pengungsi …": a bare group opening the clause is what is said
      // about, not whom the saying aims at
      if (afterComplementizer >= 0 && isGroupEntity(chunk.head.entity)) ok = false;
      if (ok) {
        if (entry.say) absorbClause(ctx, chunk.tokEnd, self, absorbed);
        return targetGroup(ctx, chunk);
      }
      if (afterComplementizer >= 0) return null;
      passedPrep = true;
      k = chunk.tokEnd - 1;
      continue;
    }
    const w = ix.lower(k);
    // "mengecam langkah tersebut", "condemned the move": a word for an act, named again, aims the verb at
    // the agent of the act told last
    if (c.actNouns.has(w) && (k === after || (k === after + 1 && c.nounDeterminers.has(ix.lower(after))))) {
      const next = k + 1 < scope.to ? ix.lower(k + 1) : '';
      const back = c.anaphoraAfterNoun.has(next) || (k === after + 1 && c.anaphoraBeforeNoun.has(ix.lower(after)) && (!c.preps.has(next) || c.judgedAs.has(next)) && ix.chunkAt(k + 1) === null);
      // (an act told in this sentence or the two before: a word this plain reaches no further)
      // (one's own act is not what one names again: "China mengecam langkah itu" is the last act not China's)
      const earlier = back && ctx.earlierAgent ? ctx.earlierAgent([], sentenceOf(ctx.sentenceStarts, k) - ACT_NOUN_SENTENCES, ctx.subject) : null;
      if (earlier) return [earlier];
    }
    // "detained 104 striking workers": a participle before its noun describes it, whatever act it names
    // (or before the words that describe a name: "extradited suspected British militant X")
    if (c.modifierParticiples.has(w) && k + 1 < scope.to && describesNameAfter(ctx, k + 1)) continue;
    const other = triggerStartingAt(ctx, k, self);
    if (other) {
      const prev = k - 1 >= scope.from ? ix.lower(k - 1) : '';
      // "condemned the violence and urged Israel …": a verb after a coordinator is the subject's next act,
      // with its own object, not this one's complement
      if (k > after && c.coordinators.has(prev) && other.voice !== 'noun') return null;
      if (entry.say || c.targetPreps.has(prev) || entry.to.has(prev)) {
        absorbed.push(other);
        // "condemned the attack by Hamas on Israel": the act's own agent is the one aimed at
        // a verb's form after a determiner is a noun too ("condemned the bombing of …")
        const again = patientNounNamedAgain(ctx, other, k, after);
        if (again) return again;
        const noun = (other.voice === 'noun' || c.nounDeterminers.has(prev)) && !other.enclitic;
        const agent = noun ? agentPhraseAfter(ctx, other.last + 1, c.nounAgentPreps, NO_WORDS) : null;
        if (agent && c.agentPreps.has(ix.lower(ix.phraseStart(agent, scope.from) - 1))) return groupOf(ctx, agent);
        if (noun) {
          // "condemned the attack on Kharkiv by Russia": the agent after the act's object; "condemned the
          // shelling of Kharkiv": with no agent named, whom the act was done to
          const late = agentAfterObject(ctx, other.last + 1, other);
          if (late && c.agentPreps.has(ix.lower(ix.phraseStart(late.agent, scope.from) - 1))) return groupOf(ctx, late.agent);
          const patient = late ? null : objectPhraseAfter(ctx, other.last + 1, other, true);
          if (patient) return groupOf(ctx, patient);
          const earlier = late ? null : actNamedAgain(ctx, other, k, after);
          if (earlier) return [earlier];
        }
        passedPrep = true;
        k = other.last;
        continue;
      }
      // "menentang sanksi AS", "mengutuk serangan Israel": the act right after the verb is its object,
      // and the act's agent (the name right after the noun) is the one the verb is aimed at
      // (in English a word may describe the act before it: "hosted peace talks between …"; an Indonesian word there
      // is a noun of its own, "menentang rencana sanksi AS")
      const right = k === after || (k === after + 1 && (c.nounDeterminers.has(ix.lower(after)) || (c.possessorBefore && ix.isPlainWord(after) && !ix.isVerb(after))));
      const again = right ? patientNounNamedAgain(ctx, other, k, after) : null;
      if (again) return again;
      if (right && other.voice === 'noun' && !other.enclitic) {
        const gen = genitiveAfter(ctx, other.last + 1);
        if (gen && ix.governor(gen.chunk, scope.from) === null) return groupOf(ctx, gen.chunk);
        // "mediated talks between Israel and Hamas": the parties of the act are whom the verb aims at (not
        // with "with": "fought a gunbattle with Lebanon" is the gunbattle's own)
        const p = other.last + 1;
        const party = p + 1 < scope.to && c.betweenPreps.has(ix.lower(p)) ? ix.chunkAt(p + 1) : null;
        if (party && ix.phraseStart(party, scope.from) === p + 1) return targetGroup(ctx, party);
        const earlier = actNamedAgain(ctx, other, k, after);
        if (earlier) return [earlier];
        // "membahas kerja sama ekonomi dengan Malaysia": a symmetric act about another, then their partner
        // (a gunbattle's partner is the gunbattle's own: "fought a gunbattle with Lebanon")
        if (entry.sym && other.entry.sym) {
          // ("menandatangani perjanjian kemitraan ekonomi dengan …": what is signed is no act of its own)
          if (entry.code === SIGNED && other.entry.code !== SIGNED) absorbed.push(other);
          passedPrep = true;
          k = other.last;
          continue;
        }
      }
      // "menandatangani nota kesepahaman kerja sama pendidikan dengan …": a symmetric act named in the object
      // of another, a plain word or two after it, is what is signed or agreed; their partner comes after
      if (!right && entry.sym && !entry.yields && other.entry.sym && other.voice === 'noun' && plainBetween(ix, after, k, 2, scope.to)) {
        absorbed.push(other);
        passedPrep = true;
        k = other.last;
        continue;
      }
      return null;
    }
    if (placeTarget && !purpose && c.objectControl.has(w) && k + 1 < scope.to && ix.isVerb(k + 1)) {
      purpose = true;
      k++;
      continue;
    }
    if (purpose) {
      if (c.clauseBreaks.has(w) || c.relativizers.has(w)) return null;
      continue;
    }
    // "meminta kepada jajarannya untuk memberikan apa yang diminta penyidik": a target preposition's object
    // that names no one, then a purpose: the names after are the purpose clause's
    if (prepAt >= 0 && k - prepAt > 1 && c.objectControl.has(w) && k + 1 < scope.to && ix.isVerb(k + 1)) return null;
    if (c.targetPreps.has(w) || entry.to.has(w)) {
      if (!entry.say && !entry.to.has(w) && !sawTargetPrep && !passedPrep && k - after > MAX_OBJECT_WORDS_BEFORE_PREP) return null;
      sawTargetPrep = true;
      prepAt = k;
      continue;
    }
    if (c.preps.has(w)) passedPrep = true;
    const prevWord = k - 1 >= scope.from ? ix.lower(k - 1) : '';
    if (k === after || c.targetPreps.has(prevWord) || entry.to.has(prevWord)) {
      const p = pronoun(ctx, k);
      if (p) return p.group;
      if (p === null) return null;
    }
    if (c.relativizers.has(w)) return relativeAgent(ctx, k, after);
    // "pemberian bantuan ini merupakan bentuk perhatian pemerintah": past a copula the words say what the
    // act is, not whom it aims at ("sebagai" after an act judges it: see judgedAs)
    if (k > after && c.copulas.has(w) && !c.judgedAs.has(w) && !sawTargetPrep) return null;
    // "condemned the measures and said Britain would regret it", "menolak hasil itu dan mengajukan gugatan ke
    // MK": a coordinator and a verb open the subject's next act; its names are not this act's target
    if (k > after && c.coordinators.has(w) && k + 1 < scope.to && (c.reportingVerbs.has(ix.lower(k + 1)) || ix.isVerb(k + 1))) return null;
    if (c.complementizers.has(w)) {
      // "menuduh bahwa Israel …": the target is the subject of the clause, right after 'bahwa'
      if (entry.say && afterComplementizer < 0) {
        afterComplementizer = k;
        continue;
      }
      return null;
    }
    // "arrested 12 people, including three Chinese citizens": the members named after a generic object
    if (w === ',' && k + 1 < limit && c.inclusionWords.has(ix.lower(k + 1)) && !passedPrep) {
      k++;
      continue;
    }
    // "mengampuni putranya, Hunter Biden", "pardoned his son, Hunter Biden", "membunuh istri sirinya, Endang":
    // a relative named after a comma is the object itself
    if (w === ',' && k > after && k <= after + 3 && (kinWord(c, prevWord) || (k - 2 >= after && kinWord(c, ix.lower(k - 2)))) && personAt(ix, k + 1) !== null) continue;
    // "mengabulkan permohonan serikat pekerja setelah Russell Vought menyebut …": a clause of time is the names'
    if (c.timeClauses.has(w)) return null;
    // "gencatan senjata sementara dengan …": right after the act's noun such a word describes it, and breaks nothing
    if (c.clauseBreaks.has(w) && !(k === after && !ix.isVerb(self.last) && c.breakAdjectives.has(w))) return null;
    // "extradited suspected militant Aswad", "arrested alleged members of …": a participle before a noun
    const premodifier = c.modifierParticiples.has(w) && k + 1 < scope.to && (ix.isPlainWord(k + 1) || ix.chunkAt(k + 1) !== null);
    if (ix.isVerb(k) && !entry.say && !c.supportVerbs.has(w) && !premodifier) return null;
  }
  return null;
}

/** Token k is a compound's second half split from the name before it ("-backed" of "Iran-backed", src/segment/tokens.ts). */
function compoundTail(ix: ActorIndex, k: number): boolean {
  const t = k < ix.tokens.length ? ix.tokens[k]!.text : '';
  return t.length > 1 && t.charCodeAt(0) === 45 && t.charCodeAt(1) !== 45;
}

/** A name starts at token k, or a few words that describe it do ("British militant X", "drug lord X"). */
function describesNameAfter(ctx: Ctx, k: number): boolean {
  const { ix, scope } = ctx;
  for (let j = k, n = 0; j < scope.to && n < 4; j++, n++) {
    if (ix.chunkAt(j)) return true;
    if (!ix.isPlainWord(j) && !ix.isCapitalizedWord(j)) return false;
  }
  return false;
}

/** A word for a relative, with a possessive enclitic or without ("putranya", "son"). */
function kinWord(c: Cues, w: string): boolean {
  return inWithEnclitic(c, c.kinWords, w);
}

/**
 * "Opposition groups in Zimbabwe are demanding …", "Warga di Gaza memprotes …": a word for a country's
 * people or forces, then a preposition of place and the name: the group stands for the name's country
 * (groupPlacePrepositions; the word right before the preposition, which opens the clause).
 */
export function groupOfPlace(ctx: Ctx, chunk: Chunk, gov: string | null): boolean {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (gov === null || !c.groupPlacePreps.has(gov) || chunk.head.entity.type !== 'LOC') return false;
  const g = groupWordBefore(ix, ix.phraseStart(chunk, scope.from), scope.from);
  if (g < 0) return false;
  // the group's phrase opens the clause: nothing governs it ("attacks on residents in Gaza" do not act), nor
  // across its number ("buruh yang berasal dari empat perusahaan di DIY")
  let before = g - 1;
  for (let n = 0; n < 2 && before >= scope.from && (ix.isPlainWord(before) || /^\d/.test(ix.lower(before)) || c.vagueQuantities.has(ix.lower(before))); n++) before--;
  return before < scope.from || !(c.preps.has(ix.lower(before)) || ix.isVerb(before));
}

/**
 * Before a place at token `start`: a group place preposition and, right before it or one plain word
 * earlier ("opposition groups in"), a group word; the group word's token, else -1.
 */
export function groupWordBefore(ix: ActorIndex, start: number, from: number): number {
  const c = ix.cues;
  const p = start - 1;
  if (p - 1 < from || !c.groupPlacePreps.has(ix.lower(p))) return -1;
  // (a group word inside a name is that name's: "China's embassy in Bangkok" is China's, not Thailand's)
  // (a group actor's own word is none of a name's: groups.ts)
  const inName = (k: number): boolean => {
    const chunk = ix.chunkAt(k);
    return chunk !== null && !isGroupEntity(chunk.head.entity);
  };
  if (c.groupRoles.has(ix.lower(p - 1))) return inName(p - 1) ? -1 : p - 1;
  if (p - 2 >= from && ix.isPlainWord(p - 1) && c.groupRoles.has(ix.lower(p - 2))) return inName(p - 2) ? -1 : p - 2;
  return -1;
}

/**
 * Whether a chunk after "by" is the agent of a noun in the trigger's object: a plain word right before "by"
 * ("the attack by Hamas"), or a participle after one ("the sanctions imposed by the EU").
 */
function nounAgent(ctx: Ctx, chunk: Chunk, after: number): boolean {
  const { ix, scope } = ctx;
  let k = ix.phraseStart(chunk, scope.from) - 1;
  while (k > after && !ix.cues.agentPreps.has(ix.lower(k))) k--;
  if (k <= after) return false;
  return ix.isPlainWord(k - 1) || (k - 2 >= after && ix.isVerb(k - 1) && ix.isPlainWord(k - 2));
}

/**
 * The subject of a condition after a threat: "threatened to stop the talks if the United States goes
 * ahead", "mengancam mogok jika Israel tidak …": whom the threat is meant to move. The condition must
 * open within the sentence's clause (a semicolon or a relative clause ends the search), and its subject
 * stand right after the conditional word, a plain word or two apart ("if the United States").
 */
function conditionSubject(ctx: Ctx, after: number): Group | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let k = after; k < scope.to; k++) {
    const w = ix.lower(k);
    if (w === ';' || c.relativizers.has(w)) return null;
    if (!c.conditionals.has(w)) continue;
    for (let j = k + 1; j < scope.to && j <= k + 3; j++) {
      const chunk = ix.chunkAt(j);
      if (chunk) return ix.governor(chunk, scope.from) === null ? groupOf(ctx, chunk) : null;
      const p = pronoun(ctx, j);
      if (p) return p.group;
      if (!ix.isPlainWord(j) || ix.isVerb(j)) return null;
    }
    return null;
  }
  return null;
}

/**
 * A name inside the gap of a trigger pattern ("rejected an Indian proposal", "reject … proposal"): whose
 * the object is, the target when nothing after the trigger is.
 */
function targetInside(ctx: Ctx, m: TriggerMatch): Group | null {
  const { ix } = ctx;
  for (let k = m.first + 1; k < m.last; k++) {
    const chunk = ix.chunkAt(k);
    if (!chunk || chunk.tokEnd > m.last) continue;
    // "menetapkan mantan Dirut PT X, Hendra Wijaya, sebagai tersangka": the person in apposition is the one
    const next = personAfterComma(ix, chunk, m.last);
    // (its short form in parentheses may follow it: "Siman Bahar (SB),")
    const after = next ? pastShortForm(ix.tokens, next.tokEnd, m.last) : -1;
    if (next && after < m.last && ix.tokens[after]!.text === ',') return groupOf(ctx, next);
    return groupOf(ctx, chunk);
  }
  return null;
}

/** Triggers in the rest of a clause-taking trigger's clause are its content ("menuduh Israel melakukan genosida"). */
function absorbClause(ctx: Ctx, from: number, self: TriggerMatch, absorbed: TriggerMatch[]): void {
  const { ix, scope } = ctx;
  for (let k = from; k < scope.to; k++) {
    const w = ix.lower(k);
    if ((ix.cues.clauseBreaks.has(w) && !ix.cues.complementizers.has(w)) || ix.cues.relativizers.has(w)) return;
    const other = triggerStartingAt(ctx, k, self);
    if (other) {
      // "mengecam Israel dan mendesak DK PBB …": a verb after a coordinator is the subject's next act
      if (other.voice !== 'noun' && k - 1 >= scope.from && ix.cues.coordinators.has(ix.lower(k - 1))) return;
      absorbed.push(other);
      k = other.last;
    }
  }
}

/** The name right after a noun trigger, as its genitive ("serangan Israel", "penangkapan Netanyahu"). */
function genitiveAfter(ctx: Ctx, after: number): { chunk: Chunk } | null {
  const { ix, scope } = ctx;
  for (let k = after, n = 0; k < scope.to && n <= ix.cues.genitiveWindow; k++, n++) {
    const chunk = ix.chunkAt(k);
    if (chunk) return { chunk };
    if (!(ix.isPlainWord(k) || ix.isCapitalizedWord(k))) return null;
  }
  return null;
}

/** No words to leave out (agentPhraseAfter's `exclude` where nothing is). */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * "ditangkap atas perintah Mahkamah Pidana Internasional", "arrested on the orders of the court": the name
 * after a word for an order (prepositions, determiners and plain words apart) a few words after a passive.
 */
function orderGiverAfter(ctx: Ctx, after: number): Chunk | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (c.orderAgents.size === 0) return null;
  for (let k = after, n = 0; k < scope.to && n < 4; k++) {
    if (!ix.isTime(k)) n++;
    if (c.orderAgents.has(ix.lower(k))) return nameSoonAfter(ctx, k, true);
    if (!(ix.isPlainWord(k) || ix.isTime(k) || c.preps.has(ix.lower(k)))) return null;
  }
  return null;
}

/**
 * The name within three words after token k, plain or capitalized words between ("oleh penyidik KPK"); with
 * `preps`, prepositions too ("on the orders of the court").
 */
function nameSoonAfter(ctx: Ctx, k: number, preps: boolean): Chunk | null {
  const { ix, scope } = ctx;
  for (let j = k + 1, m = 0; j < scope.to && m < 3; j++, m++) {
    const chunk = ix.chunkAt(j);
    if (chunk) return chunk;
    if (!(ix.isPlainWord(j) || ix.isCapitalizedWord(j) || (preps && ix.cues.preps.has(ix.lower(j))))) return null;
  }
  return null;
}

/** "oleh Y" / "dari Y" shortly after a trigger; `preps` are the agent-marking words. */
function agentPhraseAfter(ctx: Ctx, after: number, preps: ReadonlySet<string>, exclude: ReadonlySet<string>): Chunk | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let k = after, n = 0; k < scope.to && n < 5; k++, n++) {
    const w = ix.lower(k);
    if (preps.has(w) && !exclude.has(w)) return nameSoonAfter(ctx, k, false);
    // "the sanctions imposed by the EU": a participle right after the noun, right before the agent's word
    if (k === after && ix.isVerb(k) && k + 1 < scope.to && preps.has(ix.lower(k + 1)) && !exclude.has(ix.lower(k + 1))) continue;
    if (ix.chunkAt(k) || c.clauseBreaks.has(w) || c.relativizers.has(w) || ix.isVerb(k)) return null;
  }
  return null;
}

/**
 * Whom an act's noun is done to, right after it behind a preposition: one of its target's ("the attack on
 * Kharkiv", its own `to=` words) or, when `patientOnly`, only the language's noun patient prepositions
 * ("the shelling of Kharkiv"; for an act that needs a target and names no preposition of its own). A
 * determiner or a few modifiers may stand before the name. The name's chunk, or null.
 */
function objectPhraseAfter(ctx: Ctx, after: number, m: TriggerMatch, patientOnly: boolean): Chunk | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const entry = m.entry;
  if (after >= scope.to) return null;
  const w = ix.lower(after);
  const patient = entry.needsTarget && entry.to.size === 0 && c.nounPatientPreps.has(w);
  if (!patient && (patientOnly || !(c.targetPreps.has(w) || entry.to.has(w)))) return null;
  for (let j = after + 1, n = 0; j < scope.to && n < 3; j++, n++) {
    const chunk = ix.chunkAt(j);
    if (chunk) return chunk;
    if (!(ix.isPlainWord(j) || c.nounDeterminers.has(ix.lower(j)))) return null;
  }
  return null;
}

/** "the attack on Kharkiv by Russia": after the name the act is done to (objectPhraseAfter), its agent. */
function agentAfterObject(ctx: Ctx, after: number, m: TriggerMatch): { object: Chunk; agent: Chunk } | null {
  const object = objectPhraseAfter(ctx, after, m, false);
  if (!object) return null;
  const agent = agentPhraseAfter(ctx, object.tokEnd, ctx.ix.cues.nounAgentPreps, m.entry.to);
  return agent ? { object, agent } : null;
}

/** "… yang dilancarkan Rusia": the agent of a passive relative clause right after a noun trigger. */
function relativePassiveAgent(ctx: Ctx, after: number): Chunk | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const passive = (k: number): boolean => ix.isVerb(k) && c.relativePassivePrefixes.some((p) => ix.lower(k).startsWith(p));
  // ("sanksi baru yang dijatuhkan AS": a word or two may describe the noun first)
  for (let n = 0; n < 2 && after + 1 < scope.to && (ix.isPlainWord(after) || c.anaphoraAfterNoun.has(ix.lower(after))) && !c.relativizers.has(ix.lower(after)); n++) after++;
  let v = after + 1;
  if (after + 1 >= scope.to || !c.relativizers.has(ix.lower(after))) {
    // "Kritik keras disampaikan oleh Puan", "Penyerangan … diduga dilakukan oleh KKB": the noun is the
    // subject of a passive support verb, a cue of modality or an auxiliary before it
    v = after;
    for (let n = 0; n < 2 && v < scope.to && !c.supportVerbs.has(ix.lower(v)) && (isAuxiliary(c, ix.lower(v)) || c.modality.allegedNear.has(ix.lower(v)) || c.modality.futureNear.has(ix.lower(v))); n++) v++;
    if (v >= scope.to || !c.supportVerbs.has(ix.lower(v)) || !passive(v)) return null;
  } else if (!passive(v)) return null;
  // the passive's agent, as any passive verb's: after "oleh" ("oleh Ketua DPR Puan Maharani") or right after it
  return agentPhraseAfter(ctx, v + 1, c.agentPreps, NO_WORDS) ?? bareAgentAfter(ctx, v + 1);
}

/** The owner of -nya on a trigger: the clause's subject, else the main clause's subject after the frame. */
function ownerOf(ctx: Ctx, m: TriggerMatch): Found | null {
  const back = subjectBefore(ctx, m.first);
  if (back) return back;
  // The main clause comes after a frame only when none came before it: in "Hal itu diungkap saat
  // kunjungannya ke Desa A, Kecamatan B" the names after the comma are the place's address.
  const main = verbBefore(ctx, m.first) ? null : mainSubjectAfter(ctx, m.last + 1);
  if (main) return main;
  const p = lastPersonBefore(ctx, m.first);
  return p ? { group: [p], speaker: false } : null;
}

/** A verb in the scope before token `first`. */
function verbBefore(ctx: Ctx, first: number): boolean {
  for (let k = ctx.scope.from; k < first; k++) if (ctx.ix.isVerb(k)) return true;
  return false;
}

/** "Dalam pertemuan dengan Li, Cook …": the first bare name after the frame's comma. */
function mainSubjectAfter(ctx: Ctx, after: number): Found | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  let k = after;
  while (k < scope.to && !c.listSeparators.has(ix.lower(k))) {
    if (c.clauseBreaks.has(ix.lower(k)) && !/^[()]$/.test(ix.tokens[k]!.text)) return null;
    // a verb of its own ("Dalam patroli dilanjutkan dengan dialog ke buruh, nelayan …"): no frame but a
    // clause, and its comma one inside a list; a relative clause's verb ("yang digelar") is the frame's
    if (!c.reducedRelatives && ix.isVerb(k) && !(k > after && c.relativizers.has(ix.lower(k - 1)))) return null;
    k++;
  }
  for (k++; k < scope.to; k++) {
    // an apposition (", pimpinan Kementerian X,") describes the name before it: skip to its closing comma
    if (ix.isPlainWord(k)) {
      let j = k;
      while (j < scope.to && !c.listSeparators.has(ix.lower(j)) && !ix.isVerb(j) && !(c.clauseBreaks.has(ix.lower(j)) && !/^[()]$/.test(ix.tokens[j]!.text))) j++;
      if (j < scope.to && c.listSeparators.has(ix.lower(j))) {
        k = j;
        continue;
      }
    }
    const chunk = ix.chunkAt(k);
    if (chunk) {
      if (ix.governor(chunk, scope.from) === null) return { group: groupOf(ctx, chunk), speaker: false };
      k = chunk.tokEnd - 1;
      continue;
    }
    const p = pronoun(ctx, k);
    if (p !== undefined) return p;
    const w = ix.lower(k);
    if (ix.isVerb(k) || c.clauseBreaks.has(w)) {
      // skip a further comma-separated apposition ("…, pimpinan MIIT, Cook …")
      if (c.listSeparators.has(w)) continue;
      return null;
    }
  }
  return null;
}

/**
 * One actor acting on itself: the same entity, or two with the same actor code, which is no event
 * between them ("Indonesia … Jakarta"). Codes refined by a group word differ: the police of a province
 * and a regent of another ("Kapolda Jawa Timur" IDNCOP, "Bupati Bekasi" IDNGOV) are two actors; so are
 * two people, whatever their codes.
 */
function sameActor(a: ActorRef, b: ActorRef, codeOf: (r: ActorRef, asSource: boolean) => string | null): boolean {
  if (a.entity.id === b.entity.id) return true;
  const ca = codeOf(a, true);
  if (ca === null || ca !== codeOf(b, false)) return false;
  // two bare groups of one code and word are one ("pelaku … milik para pelaku"); of two words, two ("Warga
  // mengeroyok seorang pria", both IDNCVL)
  if (isGroupEntity(a.entity) && isGroupEntity(b.entity)) return a.entity.name.toLowerCase() === b.entity.name.toLowerCase();
  // two people are two actors ("Sri Mulyani mendatangi kediaman Prabowo", both IDNGOV)
  if (a.entity.type === 'PER' && b.entity.type === 'PER') return false;
  // Two firms, two universities: organisations outside the state that share a code are still two actors;
  // one state's bodies act as one.
  return !(a.entity.type === 'ORG' && b.entity.type === 'ORG' && !isStateCode(ca));
}

/** A country itself (its knowledge-base id is its code in lower case: "rus" is RUS), not a town or body of it. */
function isCountry(e: Entity): boolean {
  return e.actor !== null && e.kb === e.actor.toLowerCase();
}

/** The reference is to a country itself, not to its citizens by a short name for them ("WNI") or to a town of it. */
function namesCountry(ctx: Ctx, r: ActorRef): boolean {
  if (!isCountry(r.entity)) return false;
  const m = r.mention;
  return m === null || m.tokEnd - m.tokStart > 1 || !ctx.ix.cues.citizenNames.has(ctx.ix.lower(m.tokStart));
}

/** The target opens the clause the trigger introduces: right after it, or after a complementizer ("warned that Israel …"). */
function clauseSubject(ctx: Ctx, m: TriggerMatch, target: ActorRef): boolean {
  const t = target.mention?.tokStart ?? -1;
  return t === m.last + 1 || (t - 1 > m.last && ctx.ix.cues.complementizers.has(ctx.ix.lower(t - 1)));
}

/**
 * The state itself, named by its name, of whom speaks for it ("Netanyahu warned that Israel would hit back"):
 * what a speaker says of their own state is aimed at no one by that.
 */
function ownState(a: ActorRef, b: ActorRef, codeOf: (r: ActorRef, asSource: boolean) => string | null): boolean {
  const ca = codeOf(a, true);
  const cb = codeOf(b, false);
  return ca !== null && cb !== null && cb.length === 3 && b.entity.type === 'LOC' && ca.length > 3 && isStateCode(ca) && ca.slice(0, 3) === cb;
}

/**
 * "There were ten Russian soldiers killed in Ukraine": an existential ("there" and a form of "be") a few
 * words before a participle makes it passive, the named ones in between its patients.
 */
function existentialBefore(ctx: Ctx, first: number): boolean {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (c.existentials.size === 0) return false;
  for (let k = first - 2; k >= scope.from && k >= first - 8; k--) {
    if (c.existentials.has(ix.lower(k)) && c.passiveAux.has(ix.lower(k + 1))) return true;
    if (c.clauseBreaks.has(ix.lower(k))) return false;
  }
  return false;
}

/**
 * Whether the target's name stands after a partner preposition ("dengan Hamas", "with Hamas") or as the
 * verb's bare object right after it ("Jokowi dan Retno bertemu Macron": both meet Macron).
 */
function withPartner(ctx: Ctx, target: Group | null, m: TriggerMatch, active: boolean): boolean {
  const mention = target?.[0]?.mention;
  if (!mention) return false;
  const { ix, scope } = ctx;
  const chunk = ix.chunkAt(mention.tokStart);
  if (!chunk) return false;
  const gov = ix.governor(chunk, scope.from);
  if (gov !== null) return ix.cues.partnerPreps.has(gov);
  return active && ix.phraseStart(chunk, scope.from) === m.last + 1;
}

/** Roles of one trigger match. */
export function rolesOf(ctx: Ctx, m: TriggerMatch): RoleResult {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const entry = m.entry;
  const absorbed: TriggerMatch[] = [];
  let source: Found | null = null;
  let target: Group | null = null;
  let viaAntara = false;
  let voice = m.voice;
  // "the occupied West Bank", "Israel's besieged city": a past participle right after a determiner describes
  // the noun after it; it tells of no act
  if (voice === 'participle' && m.first === m.last && m.first - 1 >= scope.from && c.nounDeterminers.has(ix.lower(m.first - 1))) return { pairs: [], absorbed };
  if (voice === 'participle') {
    // English: a past participle after a form of "be" is passive, else a simple past.
    let k = m.first - 1;
    while (k >= scope.from && k >= m.first - 3 && !c.passiveAux.has(ix.lower(k))) k--;
    voice = (k >= scope.from && k >= m.first - 3 && c.passiveAux.has(ix.lower(k))) || existentialBefore(ctx, m.first) ? 'passive' : 'active';
  }
  // "in an attack on", "the attacks on": a form that is also a noun is one after a determiner; so is a
  // gerund after a determiner or a name, a modifier apart at most ("the shelling of", "Israeli tank shelling")
  if (voice === 'active' && m.first - 1 >= scope.from) {
    const prev = m.first - 1;
    // a determiner right before, or one or two modifiers, a name or demonym among them, between ("a
    // bilateral meeting", "a Russian missile attack")
    let det = c.nounDeterminers.has(ix.lower(prev));
    for (let k = prev, n = 0; !det && k >= scope.from && n < 2; n++) {
      const chunk = ix.chunkAt(k);
      if (!chunk && !ix.isPlainWord(k)) break;
      k = (chunk ? chunk.tokStart : k) - 1;
      det = k >= scope.from && c.nounDeterminers.has(ix.lower(k));
    }
    const gerund = c.sharedSubjectSuffix !== null && ix.lower(m.first).endsWith(c.sharedSubjectSuffix);
    // ("filed a case at the ICJ accusing Israel": a name's gerund with its own object named right after is a
    // participle, not the name's act)
    const named = ix.chunkAt(prev) !== null || (prev - 1 >= scope.from && ix.isPlainWord(prev) && ix.chunkAt(prev - 1) !== null);
    const participle = ix.chunkAt(prev) !== null && m.last + 1 < scope.to && ix.chunkAt(m.last + 1) !== null;
    if ((m.alsoNoun && det) || (gerund && (det || named) && !participle)) voice = 'noun';
  }
  const afterTrigger = m.last + 1;

  if (voice === 'active' && objectClitic(ctx, m)) {
    // "Menteri BUMN, yang memintanya untuk …": -nya on an active verb is its object, a person named before
    source = subjectBefore(ctx, m.first);
    const p = personBefore(ctx, m.first, new Set(source?.group.map((s) => s.entity.id)));
    target = p ? [p] : null;
  } else if (voice === 'active') {
    source = participleAfterComma(ctx, m) ?? subjectBefore(ctx, m.first);
    ctx.subject = source?.group[0]?.entity ?? null;
    let inside = entry.gapTarget ? targetInside(ctx, m) : null;
    // "menetapkan dua orang sebagai tersangka berinisial BP dan MRS": the names right after the pattern
    // spell out a bare group inside it
    if (inside && inside.every((r) => isGroupEntity(r.entity))) {
      const named = targetAfter(ctx, afterTrigger, m, []);
      const first = named?.[0]?.mention?.tokStart ?? -1;
      if (named && first >= afterTrigger && first - afterTrigger <= 2 && !named.some((r) => isGroupEntity(r.entity))) inside = named;
    }
    // the clause after a pattern like "said … must" is what is demanded of the name inside it
    if (inside && entry.say) absorbClause(ctx, afterTrigger, m, absorbed);
    target = inside ?? (entry.gapOnly ? null : (targetAfter(ctx, afterTrigger, m, absorbed) ?? targetInside(ctx, m)));
    if (!target && entry.cond) target = conditionSubject(ctx, afterTrigger);
  } else if (voice === 'passive') {
    // (a pattern may end inside a name: "dilaporkan ke Polda Metro Jaya oleh …"; the agent is sought past
    // the name, and inside the pattern's gap: "dilaporkan oleh Jokowi ke Polda …")
    const endChunk = ix.chunkAt(m.last);
    const after = endChunk ? Math.max(afterTrigger, endChunk.tokEnd) : afterTrigger;
    const agent =
      agentPhraseAfter(ctx, after, c.agentPreps, NO_WORDS) ??
      bareAgentAfter(ctx, after) ??
      // (who ordered it: "ditangkap atas perintah Mahkamah Pidana Internasional")
      orderGiverAfter(ctx, after) ??
      (m.last > m.first + 1 ? agentPhraseAfter(ctx, m.first + 1, c.agentPreps, NO_WORDS) : null);
    // "kedua pelaku ditahan di Polresta Mataram": the body one is held in holds them
    const keeper = agent || entry.custody.size === 0 ? null : agentPhraseAfter(ctx, afterTrigger, entry.custody, NO_WORDS);
    if (agent) source = { group: groupOf(ctx, agent), speaker: false };
    else if (keeper && keeper.head.entity.type === 'ORG' && keeper.head.entity.actor !== null) source = { group: [ref(keeper.head)], speaker: false };
    else if (m.enclitic) source = ownerOf(ctx, m);
    else {
      // "Tiga WN Malaysia ditangkap dalam penggerebekan itu", "were arrested in the raid": with no agent named,
      // the agent of the act the frame names again
      const earlier = frameActNamedAgain(ctx, afterTrigger);
      if (earlier) source = { group: [earlier], speaker: false };
    }
    const patient = subjectBefore(ctx, m.first, { noAgent: true });
    target = patient ? patient.group : null;
  } else {
    // nouns
    let targetFrom = afterTrigger;
    let viaDari = false;
    const gen = genitiveAfter(ctx, afterTrigger);
    // "-nya" stands for whom the act was done to where a name after the noun would ("penahanannya": their
    // detention), else for its agent ("serangannya")
    if (m.enclitic && voice === 'nounP') target = ownerOf(ctx, m)?.group ?? null;
    else if (m.enclitic) source = ownerOf(ctx, m);
    if (gen && voice === 'nounP') {
      target = groupOf(ctx, gen.chunk);
      targetFrom = gen.chunk.tokEnd;
    } else if (gen && !source) {
      source = { group: groupOf(ctx, gen.chunk), speaker: false };
      targetFrom = gen.chunk.tokEnd;
    }
    if (!source) {
      const agent = agentPhraseAfter(ctx, targetFrom, c.nounAgentPreps, entry.to);
      const relAgent = agent ? null : relativePassiveAgent(ctx, targetFrom);
      if (agent || relAgent) {
        source = { group: groupOf(ctx, (agent ?? relAgent)!), speaker: false };
        viaDari = agent !== null;
        // past the agent and the names coordinated with it, which are no target of theirs
        targetFrom = groupEnd(source.group, (agent ?? relAgent)!.tokEnd);
      } else if (!target) {
        // "the attack on Kharkiv by Russia", "the shelling of Kharkiv by Russia": whom, then by whom
        const late = agentAfterObject(ctx, targetFrom, m);
        if (late) {
          source = { group: groupOf(ctx, late.agent), speaker: false };
          target = groupOf(ctx, late.object);
          targetFrom = late.agent.tokEnd;
        }
      }
    }
    // an agent the noun's own phrase names (after "oleh", "by", a genitive or -nya)
    const agentNamed = source !== null;
    if (!source && c.possessorBefore) {
      // "Russia's attack on Kyiv": a name right before the noun
      for (let k = m.first - 1, n = 0; k >= scope.from && n < 3; k--, n++) {
        const chunk = ix.chunkAt(k);
        if (chunk) {
          source = { group: groupOf(ctx, chunk), speaker: false };
          break;
        }
        if (!ix.isPlainWord(k) && !c.possessiveMarkers.has(ix.lower(k))) break;
      }
    }
    // "Dua tentara Ukraina terluka dalam serangan Rusia": the subject was hurt by the act, not its agent
    const victims = victimsOf(ctx, m);
    // "Prajurit TNI gugur dalam kontak tembak dengan KKB": those hurt in a clash were a party to it
    if (victims && m.entry.sym) source ??= { group: victims, speaker: false };
    else if (victims) target ??= victims;
    else if (!source) source = supportedSubject(ctx, m);
    const receiver = source ? receiveVerbBefore(ctx, m) : -1;
    if (!target && receiver >= 0) {
      // "X menuai kritik dari Israel", "X menghadapi gugatan Israel": X is the target
      const r = subjectBefore(ctx, receiver);
      if (r) target = r.group;
    }
    // "pemanggilan Dahlan Iskan untuk pemeriksaan oleh penyidik": a name inside the pattern's gap is whom the act is done to
    // (only with an agent named so: "Pasca penetapan LM sebagai tersangka, kami akan …" says nothing of who named LM)
    if (!target && entry.gapTarget && agentNamed) target = targetInside(ctx, m);
    if (!target) {
      // "Russia continued the shelling of Kharkiv": whom the act is done to, behind "of"
      const patient = objectPhraseAfter(ctx, targetFrom, m, true);
      if (patient) target = groupOf(ctx, patient);
    }
    if (!target) target = targetAfter(ctx, targetFrom, m, absorbed);
    // (not after a verb of saying: "AFPI menegaskan tuduhan … dari pelaku usaha" states an accusation it did not receive)
    if (!target && viaDari && !(m.first - 1 >= scope.from && c.reportingVerbs.has(ix.lower(m.first - 1)))) {
      const recipient = subjectBefore(ctx, m.first, { throughRelative: true });
      if (recipient) target = recipient.group;
    }
  }

  source ??= groupOpening(ctx, m);
  // A name read both among those who act and as whom the act aims at, unless the act is symmetric: a name
  // coordinated with the agent is the target it also is ("pemanggilan Dahlan Iskan untuk pemeriksaan oleh
  // penyidik dan … kehadiran Dahlan"); where every agent is also a target, none is ("pemeriksaan oleh KPK dan
  // kehadiran Budi").
  if (source && target && !entry.sym && source.group.length > 1) {
    const targets = new Set(target.map((r) => r.entity.id));
    const agents = source.group.filter((r) => !targets.has(r.entity.id));
    if (agents.length) source = { ...source, group: agents };
    else {
      const ids = new Set(source.group.map((r) => r.entity.id));
      const rest = target.filter((r) => !ids.has(r.entity.id));
      target = rest.length ? rest : null;
    }
  }

  if (target && entry.sym && target.length > 1) {
    const first = target[0]!.mention ? ix.chunkAt(target[0]!.mention.tokStart) : null;
    viaAntara = first !== null && ix.afterBetween(first, ctx.scope.from);
  }

  // A symmetric action between coordinated names: pair them up.
  let pairs: RolePair[] = [];
  const speaker = source?.speaker ?? false;
  // (with a partner named after "dengan"/"with", "Qatar dan Mesir menggelar perundingan dengan Hamas", each
  // meets the partner)
  const together = entry.together !== null && !entry.sym && source !== null && source.group.length > 1;
  if ((entry.sym || together) && source && source.group.length > 1 && !withPartner(ctx, target, m, voice === 'active')) {
    for (const t of source.group.slice(1)) pairs.push({ source: source.group[0]!, target: t, speakerSource: speaker });
  } else if (entry.sym && target && target.length > 1 && viaAntara) {
    for (const t of target.slice(1)) pairs.push({ source: target[0]!, target: t, speakerSource: false });
  } else if (source) {
    for (const s of source.group) {
      if (target && target.length) for (const t of target) pairs.push({ source: s, target: t, speakerSource: speaker });
      else pairs.push({ source: s, target: null, speakerSource: speaker });
    }
  }
  // "Thailand dan Kamboja saling menuduh", "accused each other": two subjects act on each other
  if (!entry.sym && source && source.group.length === 2 && !target?.length && reciprocal(ctx, m)) {
    const [a, b] = source.group as [ActorRef, ActorRef];
    pairs = [
      { source: a, target: b, speakerSource: speaker },
      { source: b, target: a, speakerSource: speaker },
    ];
  }
  // each actor's code once, however many pairs it is in (a long coordination pairs every name with every other)
  let codes: Map<ActorRef, string | null>[] | null = null;
  const codeOf = (r: ActorRef, asSource: boolean): string | null => {
    codes ??= [new Map(), new Map()];
    const known = codes[asSource ? 0 : 1]!;
    let c = known.get(r);
    if (c === undefined) known.set(r, (c = ctx.codeOf ? ctx.codeOf(r, asSource) : r.entity.actor));
    return c;
  };
  // one actor acting on itself, or a speaker saying what their own state will do, aims at no one; nor does a
  // state's official doing something to the country itself ("Kami mendukung Australia modern", said its
  // minister; a visit to a town of one's own country is still a visit, and an appeal to its citizens by their
  // short name an appeal: "mengimbau WNI")
  const noTarget = (source: ActorRef, target: ActorRef): boolean =>
    sameActor(source, target, codeOf) ||
    ((entry.say ? clauseSubject(ctx, m, target) : namesCountry(ctx, target)) && ownState(source, target, codeOf));
  pairs = pairs.map((p) => (p.target && noTarget(p.source, p.target) ? { ...p, target: null } : p));
  return together ? { pairs, absorbed, together: pairs.some((p) => p.target !== null) } : { pairs, absorbed };
}

/** A reciprocal word right before the trigger ("saling menuduh") or a reciprocal phrase right after it ("accused each other"). */
function reciprocal(ctx: Ctx, m: TriggerMatch): boolean {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (m.first - 1 >= scope.from && c.reciprocalsBefore.has(ix.lower(m.first - 1))) return true;
  return c.reciprocalsAfter.some((p) => m.last + p.length < scope.to && p.every((w, i) => ix.lower(m.last + 1 + i) === w));
}

/**
 * A group word that opens the trigger itself ("protesters … rallied": a protest because protesters did it),
 * with nothing before it to act: that group acts.
 */
function groupOpening(ctx: Ctx, m: TriggerMatch): Found | null {
  const chunk = ctx.ix.chunkAt(m.first);
  if (!chunk || chunk.tokStart !== m.first || !isGroupEntity(chunk.head.entity)) return null;
  return { group: [ref(chunk.head)], speaker: false };
}

/**
 * The subject of a victim predicate before a link word and the noun trigger ("Dua tentara Ukraina terluka
 * dalam serangan Rusia", "were wounded in a Russian attack"): those the act hurt.
 */
function victimsOf(ctx: Ctx, m: TriggerMatch): Group | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  if (c.victimPredicates.size === 0) return null;
  let k = m.first - 1;
  // determiners, modifiers and the act's own agent before the noun ("a Russian attack")
  for (let n = 0; k >= scope.from && n < 4 && !c.victimLinks.has(ix.lower(k)); k--, n++) {
    const chunk = ix.chunkAt(k);
    if (chunk) k = Math.max(chunk.tokStart, scope.from);
    else if (!ix.isPlainWord(k) && !c.nounDeterminers.has(ix.lower(k))) return null;
  }
  if (k <= scope.from || !c.victimLinks.has(ix.lower(k))) return null;
  // the predicate, a word or two before the link ("tewas pertama dalam")
  for (let j = k - 1, n = 0; j >= scope.from && n < 3; j--, n++) {
    if (c.victimPredicates.has(ix.lower(j))) {
      const s = subjectBefore(ctx, j);
      return s && !s.speaker ? s.group : null;
    }
    if (ix.chunkAt(j) || !ix.isPlainWord(j)) return null;
  }
  return null;
}

/** The trigger's verb itself carries the enclitic ("memintanya", "menangkapnya"): its object. */
function objectClitic(ctx: Ctx, m: TriggerMatch): boolean {
  const e = ctx.ix.cues.enclitic;
  return m.enclitic && e !== null && ctx.ix.lower(m.first).endsWith(e);
}

/** The token of a receiving verb right before a noun trigger (a few modifiers apart), or -1. */
function receiveVerbBefore(ctx: Ctx, m: TriggerMatch): number {
  const { ix, scope } = ctx;
  for (let k = m.first - 1, n = 0; k >= scope.from && n < 3; k--, n++) {
    if (ix.cues.receiveVerbs.has(ix.lower(k))) return k;
    if (ix.chunkAt(k) || !ix.isPlainWord(k)) return -1;
  }
  return -1;
}

/**
 * A passive verb's agent written right after it without "oleh" ("diberikan Kim", "dilancarkan Rusia",
 * "ditangkap polisi Malaysia", "didatangi ratusan demonstran Mesir").
 */
function bareAgentAfter(ctx: Ctx, after: number): Chunk | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let k = after, n = 0; k < scope.to && n < 3; k++, n++) {
    const chunk = ix.chunkAt(k);
    if (chunk) return ix.governor(chunk, scope.from) === null ? chunk : null;
    // "ditangkap polisi Malaysia", "didatangi ratusan demonstran Mesir": a group of the country, counted
    const w = ix.lower(k);
    if (!ix.isCapitalizedWord(k) && !c.groupRoles.has(w) && !c.vagueQuantities.has(w) && !/^\d/.test(w)) return null;
  }
  return null;
}

/**
 * The agent of a noun trigger with no agent of its own: the subject of the support verb or copula
 * right before it ("melakukan serangan", "menyatakan dukungan", "merupakan pelanggaran"), or of the
 * main clause when the noun sits in a frame ("Dalam pertemuan dengan Li, Cook …").
 */
function supportedSubject(ctx: Ctx, m: TriggerMatch): Found | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let k = m.first - 1, n = 0; k >= scope.from && n < 7; k--, n++) {
    const w = ix.lower(k);
    if (c.supportVerbs.has(w) || (c.copulas.has(w) && n === 0)) return subjectBefore(ctx, k);
    // "sepakat untuk gencatan senjata", "menyetujui untuk …": a preposition or a purpose word right after a support verb
    // (English "agreed to a ceasefire" keeps its 030: "agreed" is no support verb)
    if (k - 1 >= scope.from && (c.preps.has(w) || c.modality.purpose.has(w)) && c.supportVerbs.has(ix.lower(k - 1))) return subjectBefore(ctx, k - 1);
    if (c.frameWords.has(w)) {
      if (k === scope.from || (k - 1 >= scope.from && c.listSeparators.has(ix.lower(k - 1)))) {
        return mainSubjectAfter(ctx, m.last + 1) ?? subjectBefore(ctx, k);
      }
      const s = subjectBefore(ctx, k);
      // "killed 4 Iraqis in an attack", "menangkap X dalam penggerebekan": a name right after a verb is
      // its object; the frame's agent is that verb's subject
      const verb = s ? verbBeforeObject(ctx, s.group) : -1;
      return verb >= 0 ? subjectBefore(ctx, verb) : s;
    }
    if (!ix.isNounModifier(k)) return null;
  }
  return null;
}

/**
 * A participle opening a clause after a comma ("criticized the deal, accusing Canberra of …",
 * "attacked the town, killing 20"; in Indonesian an active meN- verb: "menyerang Rafah, menewaskan 20
 * warga") shares the subject of the clause before: the subject of the last verb there that is no
 * auxiliary. Null when the trigger is no such participle or nothing is found.
 */
function participleAfterComma(ctx: Ctx, m: TriggerMatch): Found | null {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const comma = m.first - 1;
  const w0 = ix.lower(m.first);
  const shared = (c.sharedSubjectSuffix !== null && w0.endsWith(c.sharedSubjectSuffix)) || (c.sharedSubjectPrefix !== null && w0.startsWith(c.sharedSubjectPrefix));
  if (!shared || comma - 1 < scope.from || !c.listSeparators.has(ix.lower(comma))) return null;
  // "accused Cambodia of firing rockets into …, wounding two soldiers": a gerund after an object and a
  // preposition in the clause before has that object for subject, and so has the participle
  if (c.gerundSubjectPreps.size > 0 && c.sharedSubjectSuffix !== null) {
    for (let k = comma - 1; k - 2 >= scope.from; k--) {
      const w = ix.lower(k);
      if (c.clauseBreaks.has(w)) break;
      if (!w.endsWith(c.sharedSubjectSuffix) || !c.gerundSubjectPreps.has(ix.lower(k - 1))) continue;
      // (a time may stand between: "accused Cambodia on Wednesday of firing")
      let j = k - 2;
      while (j > scope.from && (ix.isTime(j) || (c.preps.has(ix.lower(j)) && ix.isTime(j + 1)))) j--;
      const object = ix.chunkAt(j);
      if (object && object.tokEnd === j + 1) return { group: groupOf(ctx, object), speaker: false };
    }
  }
  for (let k = comma - 1; k >= scope.from; k--) {
    const w = ix.lower(k);
    if (c.clauseBreaks.has(w) && !c.listSeparators.has(w)) return null;
    if (!ix.isVerb(k) || ix.chunkAt(k)) continue;
    // ("in the occupied West Bank, killing …": a participle after a determiner describes a noun)
    if (k - 1 >= scope.from && c.nounDeterminers.has(ix.lower(k - 1))) continue;
    if (c.controlVerbs.has(w) || c.passiveAux.has(w) || c.copulas.has(w) || c.reportingVerbs.has(w)) {
      // "struck what the military said were Hezbollah depots …, killing …": a clause that opens with a free
      // relative word is the object of the verb before it; that verb is the participle's
      const what = freeRelativeBefore(ctx, k);
      if (what < 0) return null;
      k = what;
      continue;
    }
    // "geng dari Venezuela, yang beroperasi di Amerika Latin, menyandera …": the comma closes a relative
    // clause, and what follows is the main predicate, not a participle
    for (let j = k - 1; j >= scope.from && j >= k - 2; j--) if (c.relativizers.has(ix.lower(j))) return null;
    return subjectBefore(ctx, k);
  }
  return null;
}

/** A free relative word ("what") at most five words before token k in its clause; its token, else -1. */
function freeRelativeBefore(ctx: Ctx, k: number): number {
  const { ix, scope } = ctx;
  const c = ix.cues;
  for (let j = k - 1; j >= scope.from && k - j <= 5; j--) {
    const w = ix.lower(j);
    if (c.freeRelatives.has(w)) return j;
    if (c.clauseBreaks.has(w)) return -1;
  }
  return -1;
}

/**
 * The verb a group found as a subject is the object of: a verb that is no auxiliary, copula or verb
 * of saying right before its phrase (a few plain words or a number apart: "killed 4 Iraqis", "attacked
 * the Afghan civilians"); -1 when there is none.
 */
function verbBeforeObject(ctx: Ctx, group: Group): number {
  const { ix, scope } = ctx;
  const c = ix.cues;
  const first = group[0]?.mention;
  const chunk = first ? ix.chunkAt(first.tokStart) : null;
  if (!chunk) return -1;
  for (let k = ix.phraseStart(chunk, scope.from) - 1, n = 0; k >= scope.from && n < 4; k--, n++) {
    const w = ix.lower(k);
    if (ix.isVerb(k)) return isAuxiliary(c, w) || c.reportingVerbs.has(w) ? -1 : k;
    if (ix.chunkAt(k) || !(ix.isPlainWord(k) || /^\d/.test(ix.tokens[k]!.text))) return -1;
  }
  return -1;
}

export type { Ctx as RoleContext };
