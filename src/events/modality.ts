/**
 * Modality of an event from cues that govern its trigger (lang/<code>/event-modality.json):
 * a near cue shortly before the trigger in its clause ("diduga memasok", "tidak akan menyerang"),
 * or a governing cue earlier in the sentence whose clause holds the trigger ("kecurigaan bahwa
 * Teheran telah memasok", "membantah telah memasok"). A relative clause or a purpose clause
 * ends the reach of a governing cue. What one is asked, urged or invited to do ("mengundang X untuk
 * berkunjung") is future. Negated wins over alleged, alleged over future.
 */
import type { Modality } from '../record/schema.js';
import type { ActorIndex } from './actors.js';
import type { ModalityCues } from './cues.js';

/** How far back a governing cue ("kecurigaan bahwa …") may stand from the trigger, in tokens. */
const MAX_GOVERNING_DISTANCE = 60;
/** How far back a future cue may stand from the purpose word before a trigger ("will travel to X next week to meet"). */
const PURPOSE_REACH = 10;
/** How far back "meminta agar" may stand from a trigger in the clause it opens, in tokens. */
const DIRECTIVE_CLAUSE = 12;

export function modalityOf(ix: ActorIndex, first: number, from: number, verb = false, isAct: (i: number) => boolean = () => false): Modality {
  const c = ix.cues;
  const m = c.modality;
  let negated = false;
  let alleged = false;
  let future = false;
  // what one is asked, urged or invited to do has not happened yet: "mengundang Menlu Jepang untuk
  // berkunjung", "urged Japan to impose" (a purpose word right before the trigger, a directive verb a
  // few words before it in the clause); nor has the purpose of a future act: "She will travel to Addis
  // Ababa next week to meet …", "akan ke Tokyo untuk bertemu …"
  if (first - 1 >= from && m.purpose.has(ix.lower(first - 1))) {
    future =
      cueBefore(ix, first - 2, from, m.directiveWindow, m.directives, null) ||
      cueBefore(ix, first - 2, from, PURPOSE_REACH, m.futureNear, m.scopeBreaks) ||
      // "tidak melihat alasan untuk bertemu", "a chance to meet": a reason or a chance to act is no act
      (first - 2 >= from && m.purposeNouns.has(ix.lower(first - 2)));
  }
  // "meminta polisi menghukum para pelaku", "urged Israel to halt": a directive verb and its object right
  // before a verb (the object a name or group with its title words, or two plain words at most)
  if (!future && verb && first - 2 >= from) {
    const chunk = ix.chunkAt(first - 1);
    let k = chunk ? ix.phraseStart(chunk, from) - 1 : first - 1;
    for (let n = 0; !chunk && n < 2 && k > from && ix.isPlainWord(k); n++) k--;
    if (k >= from && k < first - 1 && m.directives.has(ix.lower(k))) future = true;
  }
  // "Jika Israel menyerang Iran, …", "Iran will retaliate if Israel attacks": an act in a condition has not
  // happened (the condition runs from its word to the trigger, no comma or other clause break between).
  // Right after a verb the word says "that" ("mengaku jika aparat meminta …", "asked if"): no condition.
  for (let k = first - 1, n = 0; !future && k >= from && n < DIRECTIVE_CLAUSE; k--, n++) {
    const w = ix.lower(k);
    if (c.conditionals.has(w)) {
      future = !(k - 1 >= from && ix.isVerb(k - 1));
      break;
    }
    if (c.clauseBreaks.has(w) || c.relativizers.has(w) || c.complementizers.has(w)) break;
  }
  // "meminta agar pihak terkait menyampaikan permohonan maaf": a directive and its purpose word govern
  // the clause after them
  for (let k = first - 1, n = 0; !future && k > from && n < DIRECTIVE_CLAUSE; k--, n++) {
    const w = ix.lower(k);
    if (m.purpose.has(w) && m.directives.has(ix.lower(k - 1))) future = true;
    if ((c.clauseBreaks.has(w) && !c.listSeparators.has(w)) || c.relativizers.has(w)) break;
  }
  // near cues
  // ("tidak akan menoleransi dukungan Iran": a verb of its own between a cue and the trigger takes the
  // cue; a support, receiving, control or auxiliary verb passes it on, "tidak memberikan dukungan",
  // "belum mendapatkan dukungan")
  // (a time between counts no word: "agreed on Sunday to hold talks")
  // (an act's noun is read from its support verb across its modifiers: "will provide nearly 25,000 tons of food aid")
  const support = verb ? -1 : ix.supportVerbBefore(first, from);
  for (let k = support >= 0 ? support : first - 1, n = 0; k >= from && n < m.window; k--) {
    if (!ix.isTime(k)) n++;
    const w = ix.lower(k);
    // ("tak langsung kabur setelah membunuh istrinya": a clause of time has its own)
    if (c.clauseBreaks.has(w) || c.relativizers.has(w) || m.scopeBreaks.has(w) || c.timeClauses.has(w)) break;
    // ("mengetahui aksi tak patut itu dan melaporkan …": a noun phrase closed by its demonstrative before a
    // coordinator keeps its own negation)
    if (c.coordinators.has(w) && k - 1 >= from && c.anaphoraAfterNoun.has(ix.lower(k - 1))) break;
    const cue = m.negatedNear.has(w) || m.allegedNear.has(w) || m.futureNear.has(w);
    if (!cue || ownVerbBetween(ix, k + 1, first, isAct)) continue;
    // ("tidak membantah telah menerima", "did not deny attacking": a denial negated is none)
    if (m.negatedNear.has(w) && k + 1 < first && m.negatedGoverning.has(ix.lower(k + 1))) continue;
    if (m.negatedNear.has(w)) {
      const next = k + 1 < first ? ix.lower(k + 1) : '';
      // ("tanpa syarat setelah bentrokan": a preposition's noun between, the clash is not negated)
      if (!m.negatedExceptions.get(w)?.has(next) && !(k + 1 < first && m.negatedPrepositions.has(w))) negated = true;
    }
    // ("tanpa direncanakan bertemu", "tanpa diduga": unplanned, unexpected; the cue itself is negated)
    if (k - 1 >= from && negation(ix, k - 1) && !m.negatedNear.has(w)) continue;
    if (m.allegedNear.has(w)) alleged = true;
    if (m.futureNear.has(w)) future = true;
  }
  // governing cues: back to the start of the sentence, through 'bahwa' and commas (at most
  // MAX_GOVERNING_DISTANCE tokens: a sentence of thousands of tokens is not read whole for every trigger)
  // "Beijing rejected the accusation and warned Manila": a verb right after a coordinator is the subject's
  // next act, which a cue with an object of its own does not govern ("denied shelling the village and
  // killing civilians" still does)
  const nextAct = verb && first - 1 > from && c.coordinators.has(ix.lower(first - 1));
  let comma = false;
  for (let k = first - 1; k >= Math.max(from, first - MAX_GOVERNING_DISTANCE); k--) {
    const w = ix.lower(k);
    // "ban yang diklaim berkualitas premium itu, Astra bekerja sama …": a cue in a relative clause closed
    // by a comma before the trigger governs that clause only
    if (comma && k - 1 >= from && c.relativizers.has(ix.lower(k - 1)) && governingCue(m, w)) break;
    if (w === ',') comma = true;
    // "diduga mencemarkan nama baik … hingga ditetapkan tersangka": what followed is no longer suspected
    if (c.relativizers.has(w) || c.objectControl.has(w) || m.scopeBreaks.has(w)) break;
    // "rejected the accusations, saying Moscow and Tehran cooperate …": what a verb of saying after the cue
    // reports is that report's, not the cue's
    if (k < first - 1 && c.reportingVerbs.has(w) && !governingCue(m, w)) break;
    if (nextAct && k < first - 2 && !clauseAfter(ix, k, first - 1, isAct)) continue;
    // ("tanpa diduga", "tidak membantah": a cue negated is none)
    if (!(k - 1 >= from && negation(ix, k - 1))) {
      if (m.negatedGoverning.has(w)) negated = true;
      if (m.allegedGoverning.has(w)) alleged = true;
      if (m.futureGoverning.has(w)) future = true;
    }
    if (c.clauseBreaks.has(w) && !c.listSeparators.has(w) && !c.complementizers.has(w)) break;
  }
  if (negated) return 'negated';
  if (alleged) return 'alleged';
  if (future) return 'future';
  return 'asserted';
}

/** Token k is a word of negation ("tidak", "tanpa", "without"; the negating prepositions are near cues too). */
function negation(ix: ActorIndex, k: number): boolean {
  return ix.cues.modality.negatedNear.has(ix.lower(k));
}

/** Word w is a governing cue of any modality. */
function governingCue(m: ModalityCues, w: string): boolean {
  return m.negatedGoverning.has(w) || m.allegedGoverning.has(w) || m.futureGoverning.has(w);
}

/** A verb of its own (no support, receiving, control or auxiliary verb, no cue) in tokens [a, b). */
function ownVerbBetween(ix: ActorIndex, a: number, b: number, isAct: (i: number) => boolean): boolean {
  const c = ix.cues;
  const m = c.modality;
  for (let k = a; k < b; k++) {
    const w = ix.lower(k);
    if (m.negatedNear.has(w) || m.allegedNear.has(w) || m.futureNear.has(w)) continue;
    if (c.supportVerbs.has(w) || c.receiveVerbs.has(w) || c.controlVerbs.has(w) || c.passiveAux.has(w) || c.copulas.has(w)) continue;
    // ("tidak menangkap dan menahan pelaku", "did not arrest or detain": an act's verb coordinated right before
    // the trigger shares its cue; "janji yang belum ditepati serta menuntut …" is no act of the subject's)
    if (k + 2 === b && c.coordinators.has(ix.lower(k + 1)) && ix.isVerb(b) && isAct(k)) continue;
    if (ix.isVerb(k)) return true;
  }
  return false;
}

/**
 * Whether what follows the word at k is a clause (a verb, an act or a complementizer within two words,
 * before the coordinator at `and`), not an object noun: "denied shelling …", "membantah telah menyerang …",
 * "said that …" against "rejected the accusation".
 */
function clauseAfter(ix: ActorIndex, k: number, and: number, isAct: (i: number) => boolean): boolean {
  for (let j = k + 1; j <= k + 2 && j < and; j++) if (ix.isVerb(j) || isAct(j) || ix.cues.complementizers.has(ix.lower(j))) return true;
  return false;
}

/** Whether a word of `cues` stands within `window` words back from token `start` (not before `from`), in its clause. */
function cueBefore(ix: ActorIndex, start: number, from: number, window: number, cues: Set<string>, breaks: Set<string> | null): boolean {
  const c = ix.cues;
  for (let k = start, n = 0; k >= from && n < window; k--, n++) {
    const w = ix.lower(k);
    if (cues.has(w)) return true;
    if ((c.clauseBreaks.has(w) && !c.listSeparators.has(w)) || c.relativizers.has(w) || breaks?.has(w)) return false;
  }
  return false;
}
