/**
 * The language words the events stage reads around a trigger: prepositions, clause breaks,
 * pronouns, support and control verbs (lang/<code>/event-roles.json) and modality cues
 * (lang/<code>/event-modality.json), compiled once into sets.
 */
import { cliticForms, langJson } from '../lang/data.js';

interface RolesData {
  targetPrepositions: string[];
  agentPrepositions: string[];
  nounAgentPrepositions: string[];
  /** prepositions that after an act's noun introduce whom it is done to ("the shelling of Kharkiv"); none in Indonesian, where the name follows the noun bare */
  nounPatientPrepositions?: string[];
  placePrepositions: string[];
  otherPrepositions: string[];
  targetBlockers: string[];
  coordinators: string[];
  listSeparators: string[];
  betweenPrepositions?: string[];
  /** words before a verb that make two coordinated subjects act on each other ("saling menuduh") */
  reciprocalsBefore?: string[];
  /** phrases right after a verb that do so ("accused each other") */
  reciprocalsAfter?: string[];
  /** adverbs of degree right after a verb, before its object ("mengutuk keras serangan …", "condemned strongly") */
  intensifiers?: string[];
  /** words after a comma that add named members to a generic object: "arrested 12 people, including three Chinese citizens" */
  inclusionWords?: string[];
  clauseBreaks: string[];
  /**
   * Quantity words that, before the partitive preposition, leave the noun phrase after it the head:
   * "thousands of Albanians demonstrated" has the Albanians as its subject.
   */
  partitives?: string[];
  partitivePreposition?: string;
  /** lower-case words inside a title between capitalized words ("Secretary of State"): they keep a name chunk together */
  titleLinks?: string[];
  /** prepositions of the partner of a symmetric act ("berunding dengan Hamas"): coordinated subjects each meet that partner */
  partnerPrepositions?: string[];
  /** target prepositions that name what a symmetric act is about, not its other side ("membahas … terhadap") */
  symTopicPrepositions?: string[];
  /** words before a number that are part of it ("up to 100", "more than 1,000"), not its governor */
  quantityPhrases?: string[];
  /** words for the speaker's own side after a verb of saying ("pihaknya"): no new subject */
  sayerSide?: string[];
  /** words that open a condition ("if", "unless", "jika"): a threat's target may be the condition's subject */
  conditionals?: string[];
  /** words that open a clause of time after an act ("setelah", "after"): no target of the act after one */
  timeClauses?: string[];
  relativizers: string[];
  complementizers: string[];
  objectControl: string[];
  /** words that open a clause standing for a noun ("what the military said were …") */
  freeRelatives?: string[];
  /** verbs without a prefix, read as the predicate a coordinated one shares its subject with ("tiba di X dan menyerahkan …") */
  bareVerbs?: string[];
  /** verbs whose object does not do what a purpose clause after it says ("memanggil Dubes X untuk meminta …": who summons asks) */
  purposeOfSubject?: string[];
  subjectControl: string[];
  copulas: string[];
  relativePassivePrefixes?: string[];
  pronouns: { third: string[]; first: string[]; plural: string[] };
  possessiveEnclitic: string | null;
  verbPrefixes: string[];
  verbSuffixes?: string[];
  verbs?: string[];
  possessorBefore?: boolean;
  reducedRelatives?: boolean;
  anaphoraAfterNoun?: string[];
  /** adverbs of sequence between a subject and its predicate ("lembaga ini kemudian menangkap") */
  subjectAdverbs?: string[];
  /** words allowed among the modifiers between a support verb and its noun ("provided 25 tons of food aid") */
  modifierLinks?: string[];
  /** words for an act that name no act of their own ("langkah", "the move"): named again, the act told last */
  actNouns?: string[];
  /** a preposition after an act's noun that says what the act is judged to be ("condemned the decision as illegal"), not whose it is */
  judgedAs?: string[];
  anaphoraBeforeNoun?: string[];
  pairSubjects?: string[];
  /** clause breaks that are adjectives right after an act's noun ("gencatan senjata sementara") */
  breakAdjectives?: string[];
  /** words for a law before a name that is part of the law's name, no actor ("UU TNI", "RUU Polri") */
  lawWords?: string[];
  /** Articles and other words that open a noun phrase ("agreed to a ceasefire": no infinitive's verb after "to"). */
  determiners?: string[];
  /** Verbs whose object is a subject of talk ("discuss", "membahas"): an act named as a noun there is a topic, no event. */
  topicVerbs?: string[];
  /** Short names of a country that stand for its citizens ("WNI"): an official's act aimed at them aims at someone. */
  citizenNames?: string[];
  /** Words for a relative right before a name (a title and a kinLinks word may stand between): whose relative acts, so no actor there. */
  kinWords?: string[];
  kinLinks?: string[];
  /** those of pairSubjects that may stand for two bare groups ("kedua pihak" after a clash of police and students) */
  groupPairSubjects?: string[];
  verbMinLength: number;
  notVerbs: string[];
  supportVerbs: string[];
  receiveVerbs?: string[];
  /** coordinators that add a companion, not another target ("mengunjungi X bersama Y") */
  comitatives?: string[];
  /** what befalls a victim ("tewas", "wounded"): the subject is the target of the act after a victimLink */
  victimPredicates?: string[];
  /** words between a victim predicate and the act that hurt ("tewas dalam serangan", "killed in an attack") */
  victimLinks?: string[];
  controlVerbs: string[];
  frameWords: string[];
  /** participles that also premodify a noun ("extradited suspected militant X"): no verb that ends a target search */
  modifierParticiples?: string[];
  /** words after which a trigger written like a verb and a noun ("attack") is the noun: "an", "the", "its" */
  nounDeterminers?: string[];
  /** the ending of a participle that, after a comma, shares the clause's subject ("…, killing 20"); none if absent */
  sharedSubjectSuffix?: string;
  /** prepositions between an object and a gerund whose subject it is ("accused Cambodia of firing") */
  gerundSubjectPrepositions?: string[];
  /** the same by the verb's beginning (Indonesian active "me-": "…, menewaskan 20 warga") */
  sharedSubjectPrefix?: string;
  /** prepositions between a group word and a place that make the group the place's ("protesters in Jakarta") */
  groupPlacePrepositions?: string[];
  /** counts without a number that may stand before a group ("ratusan demonstran") */
  vagueQuantities?: string[];
  passiveAuxiliaries?: string[];
  /** words that open an existential clause ("there" in "there were ten soldiers killed") */
  existentials?: string[];
  statesRoles: string[];
  /** words for a country's forces, government or people → CAMEO role ("pasukan" → MIL) */
  groupRoles?: Record<string, string>;
  /** where those words stand: before the country ("pasukan Israel") or after it ("US troops") */
  groupRolesSide?: 'before' | 'after';
  /** bare words for a group of people that are an event's actor by themselves ("polisi" → COP; see groups.ts) */
  groupActors?: Record<string, string>;
  /** words that make a group word someone's ("its troops", "pasukan mereka", "pemerintah negara lainnya"): no group actor then */
  groupOwners?: string[];
  /** group words for another country's people ("mitranya", one's counterpart): of a place named after them, never of the story's country */
  groupForeign?: string[];
  /** words for an order whose giver, named after them, is the agent of a passive act ("ditangkap atas perintah ICC", "arrested on the orders of …") */
  orderAgents?: string[];
  /** group words that are also a counting word ("tiga orang tersangka"): a group only with no describing word after them */
  groupClassifiers?: string[];
  /** words that join a counting word to whom it counts ("thousands of protesters"): the classifier is no group before one and a plain word */
  groupClassifierLinks?: string[];
  /** words after which a group word says what those counted are made ("menetapkan dua orang sebagai tersangka"): they are of its role */
  groupAsWords?: string[];
  /** words after (Indonesian "setempat") or before (English "local") a group word that make it of the place just named */
  groupLocalAfter?: string[];
  groupLocalBefore?: string[];
  /** the prepositions of groupPlacePrepositions that say where a group is from ("dari", "asal"), not where it is */
  groupOriginPrepositions?: string[];
  /** plural pronouns that may stand for a bare group opening the sentence before ("Mereka menuntut …") */
  groupPronouns?: string[];
  requireSourceActorCode?: boolean;
  placeAsTargetRoots?: string[];
  /** words before a body's name that put an act at its premises ("depan", "outside"): a protest there is against it */
  siteWords?: string[];
  timeNotEventDate?: string[];
  yearDateWords?: string[];
  timeFrameMaxExtraWords?: number;
  maxGap: number;
  maxTargetDistance: number;
  genitiveWindow: number;
}

/** Reported speech, from the language's quotes.json: "X said (today) it would …" names X with its pronoun. */
interface SpeechData {
  reportingVerbs?: { words: string[] };
  /** cues that stand right before (or after) a speaker: ", kata Retno," */
  afterCues?: { words: string[] };
  subject?: { adverbs: string[] };
}

/** The heads of named state bodies in the language's entities.json ("kementerian" GOV, "army" MIL). */
interface InstitutionData {
  institutions?: { head: string; role: string; headFinal?: boolean }[];
  /** words before a person's initials ("Direktur PT X berinisial CS"; lang/<code>/entities.json) */
  initialsCues?: string[];
}

interface ModalityData {
  window: number;
  /** words that open a clause of what followed (result, sequence): no cue before them reaches past */
  scopeBreaks?: string[];
  alleged: { near: string[]; governing: string[] };
  negated: { near: string[]; governing: string[]; exceptions: [string, string][]; prepositions?: string[] };
  future: { near: string[]; governing: string[]; purpose?: string[]; directives?: string[]; directiveWindow?: number; purposeNouns?: string[] };
}

export interface ModalityCues {
  window: number;
  /** see ModalityData.scopeBreaks */
  scopeBreaks: Set<string>;
  allegedNear: Set<string>;
  allegedGoverning: Set<string>;
  negatedNear: Set<string>;
  negatedGoverning: Set<string>;
  /** "tidak hanya": first word → second words that cancel it */
  negatedExceptions: Map<string, Set<string>>;
  /** near cues that are prepositions ("tanpa", "without"): they negate only the trigger right after them */
  negatedPrepositions: Set<string>;
  futureNear: Set<string>;
  futureGoverning: Set<string>;
  /** a purpose word right before a trigger ("untuk", "to") and a directive verb before it ("mengundang", "urged") */
  purpose: Set<string>;
  directives: Set<string>;
  /** how many words before the purpose word a directive may stand (its object between) */
  directiveWindow: number;
  /** nouns right before the purpose word that make the act after it a possibility ("alasan untuk bertemu") */
  purposeNouns: Set<string>;
}

export interface Cues {
  lang: string;
  targetPreps: Set<string>;
  agentPreps: Set<string>;
  /** see RolesData.orderAgents */
  orderAgents: Set<string>;
  nounAgentPreps: Set<string>;
  nounPatientPreps: Set<string>;
  placePreps: Set<string>;
  /** every preposition: a name right after one is not a bare subject or object */
  preps: Set<string>;
  targetBlockers: Set<string>;
  coordinators: Set<string>;
  listSeparators: Set<string>;
  /** "antara X dan Y": the names after it are coordinated whatever follows */
  betweenPreps: Set<string>;
  /** see RolesData.reciprocalsBefore */
  reciprocalsBefore: Set<string>;
  /** see RolesData.reciprocalsAfter, each as its lower-case words */
  reciprocalsAfter: string[][];
  /** see RolesData.intensifiers */
  intensifiers: Set<string>;
  /** see RolesData.inclusionWords */
  inclusionWords: Set<string>;
  clauseBreaks: Set<string>;
  /** see RolesData.partitives */
  partitives: Set<string>;
  partitivePreposition: string | null;
  /** see RolesData.titleLinks */
  titleLinks: Set<string>;
  /** see InstitutionData.initialsCues */
  initialsCues: Set<string>;
  /** see RolesData.partnerPrepositions */
  partnerPreps: Set<string>;
  /** see RolesData.symTopicPrepositions */
  symTopicPreps: Set<string>;
  /** quantity phrases as word lists, longest first */
  quantityPhrases: string[][];
  sayerSide: Set<string>;
  conditionals: Set<string>;
  timeClauses: Set<string>;
  /** verbs of reported speech (quotes.json): "it" or "they" right after one is its subject */
  reportingVerbs: Set<string>;
  /** the quotes stage's cues next to a speaker (", kata Retno,", ", officials said,"): an aside between commas */
  asideCues: Set<string>;
  /** words between such a verb and the pronoun (quotes.json subject adverbs, the complementizers) */
  reportingGap: Set<string>;
  relativizers: Set<string>;
  complementizers: Set<string>;
  objectControl: Set<string>;
  freeRelatives: Set<string>;
  bareVerbs: Set<string>;
  purposeOfSubject: Set<string>;
  subjectControl: Set<string>;
  copulas: Set<string>;
  relativePassivePrefixes: string[];
  thirdPronouns: Set<string>;
  firstPronouns: Set<string>;
  pluralPronouns: Set<string>;
  enclitic: string | null;
  verbPrefixes: string[];
  verbSuffixes: string[];
  /** words that are predicates whatever their shape */
  verbs: Set<string>;
  /** a name right before a noun trigger is its agent ("Russia's attack") */
  possessorBefore: boolean;
  /** a participle's agent after a noun is no subject of the next verb ("prisoners freed by Israel arrived") */
  reducedRelatives: boolean;
  /** words after ("serangan tersebut") or before ("the strikes") an act's noun that point back to an act told before */
  anaphoraAfterNoun: Set<string>;
  /** see RolesData.subjectAdverbs */
  subjectAdverbs: Set<string>;
  /** see RolesData.modifierLinks */
  modifierLinks: Set<string>;
  /** see RolesData.actNouns */
  actNouns: Set<string>;
  judgedAs: Set<string>;
  anaphoraBeforeNoun: Set<string>;
  /** phrases for the two sides of an act told before ("kedua negara", "the two leaders"), as word lists, by their last word */
  pairSubjects: Map<string, string[][]>;
  /** see RolesData.breakAdjectives */
  breakAdjectives: Set<string>;
  /** see RolesData.lawWords */
  lawWords: Set<string>;
  /** see RolesData.determiners */
  determiners: Set<string>;
  /** see RolesData.topicVerbs */
  topicVerbs: Set<string>;
  /** see RolesData.citizenNames */
  citizenNames: Set<string>;
  /** see RolesData.kinWords, kinLinks */
  kinWords: Set<string>;
  kinLinks: Set<string>;
  /** see RolesData.groupPairSubjects (phrases, words joined by one space) */
  groupPairSubjects: Set<string>;
  verbMinLength: number;
  notVerbs: Set<string>;
  supportVerbs: Set<string>;
  /** verbs whose subject receives the noun after them ("menuai kritik dari Israel") */
  receiveVerbs: Set<string>;
  /** see RolesData.comitatives */
  comitatives: Set<string>;
  /** see RolesData.victimPredicates */
  victimPredicates: Set<string>;
  victimLinks: Set<string>;
  controlVerbs: Set<string>;
  frameWords: Set<string>;
  modifierParticiples: Set<string>;
  /** see RolesData.nounDeterminers */
  nounDeterminers: Set<string>;
  sharedSubjectSuffix: string | null;
  /** see RolesData.gerundSubjectPrepositions */
  gerundSubjectPreps: Set<string>;
  sharedSubjectPrefix: string | null;
  groupPlacePreps: Set<string>;
  vagueQuantities: Set<string>;
  passiveAux: Set<string>;
  existentials: Set<string>;
  statesRoles: Set<string>;
  /** lower-case words (one or more, space-separated) naming a country's forces, government or people → role */
  groupRoles: Map<string, string>;
  /** the most words such a phrase has */
  groupRolesMaxWords: number;
  groupRolesSide: 'before' | 'after';
  /** lower-case group words (one or more, space-separated) that are actors by themselves → role (groups.ts) */
  groupActors: Map<string, string>;
  /** the first words of groupActors */
  groupActorFirst: Set<string>;
  /** 1 at groupKey(w) of each first word: most other words are told without a set lookup */
  groupActorKeys: Uint8Array;
  groupActorsMaxWords: number;
  groupOwners: Set<string>;
  /** see RolesData.groupForeign */
  groupForeign: Set<string>;
  /** see RolesData.groupClassifiers */
  groupClassifiers: Set<string>;
  /** see RolesData.groupClassifierLinks */
  groupClassifierLinks: Set<string>;
  /** see RolesData.groupAsWords */
  groupAsWords: Set<string>;
  /** see RolesData.groupLocalAfter */
  groupLocalAfter: Set<string>;
  /** see RolesData.groupLocalBefore */
  groupLocalBefore: Set<string>;
  /** see RolesData.groupOriginPrepositions */
  groupOriginPreps: Set<string>;
  groupPronouns: Set<string>;
  /** the country of a title or group named without one (roles.json defaultCountry: IDN for Indonesian) */
  defaultCountry: string | null;
  /**
   * Possessive tokens between a name and what it has ("Russia 's army"): a group word after one still
   * refines the code. The language's clitics (clitics.txt), which English has for the possessive only.
   */
  possessiveMarkers: Set<string>;
  /** emit only events whose source has a CAMEO actor code */
  requireSourceActorCode: boolean;
  /** CAMEO roots whose event without a named target takes its place as target (an attack on Gaza) */
  placeAsTargetRoots: Set<string>;
  /** see RolesData.siteWords */
  siteWords: Set<string>;
  /** words that make a following time no event date ("sejak Oktober") */
  timeNotEventDate: Set<string>;
  /** words after which a year written alone is a date ("pada 2024"); after another word it names a thing ("APBN 2026") */
  yearDateWords: Set<string>;
  /** a time in a comma-separated frame counts when the frame has at most this many other words */
  timeFrameMaxExtraWords: number;
  maxGap: number;
  maxTargetDistance: number;
  genitiveWindow: number;
  modality: ModalityCues;
}

const lower = (xs: string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));

/**
 * Words for a country's forces, government or people → role: the language's groupRoles, and the heads of
 * its named state bodies that stand on the same side of the country (entities.json: "kementerian Rusia",
 * "the US army"), so that a body written as a plain description refines the code the way its name would.
 */
function groupRoles(r: RolesData, inst: InstitutionData): Map<string, string> {
  const side = r.groupRolesSide ?? 'before';
  const roles = new Map<string, string>();
  for (const i of inst.institutions ?? []) {
    if ((i.headFinal ? 'after' : 'before') === side && !i.head.endsWith(' of')) roles.set(i.head.toLowerCase(), i.role);
  }
  for (const [k, v] of Object.entries(r.groupRoles ?? {})) roles.set(k.toLowerCase(), v);
  return roles;
}

/** Phrases in lower case, as word lists, by their last word. */
function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    const list = out.get(last) ?? [];
    list.push(words);
    out.set(last, list);
  }
  return out;
}

export function compileCues(lang: string, r: RolesData, m: ModalityData, inst: InstitutionData = {}, speech: SpeechData = {}, defaultCountry: string | null = null): Cues {
  const roles = groupRoles(r, inst);
  const groupActors = new Map(Object.entries(r.groupActors ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const groupFirstWords = [...groupActors.keys()].map((k) => k.split(' ')[0]!);
  const exceptions = new Map<string, Set<string>>();
  for (const [a, b] of m.negated.exceptions) {
    let s = exceptions.get(a);
    if (!s) exceptions.set(a, (s = new Set()));
    s.add(b);
  }
  return {
    lang,
    targetPreps: lower(r.targetPrepositions),
    agentPreps: lower(r.agentPrepositions),
    orderAgents: lower(r.orderAgents ?? []),
    nounAgentPreps: lower(r.nounAgentPrepositions),
    nounPatientPreps: lower(r.nounPatientPrepositions ?? []),
    placePreps: lower(r.placePrepositions),
    preps: lower([...r.targetPrepositions, ...r.agentPrepositions, ...r.placePrepositions, ...r.otherPrepositions]),
    targetBlockers: lower(r.targetBlockers),
    coordinators: lower(r.coordinators),
    listSeparators: lower(r.listSeparators),
    betweenPreps: lower(r.betweenPrepositions),
    reciprocalsBefore: lower(r.reciprocalsBefore ?? []),
    reciprocalsAfter: (r.reciprocalsAfter ?? []).map((p) => p.toLowerCase().split(/\s+/)),
    intensifiers: lower(r.intensifiers ?? []),
    inclusionWords: lower(r.inclusionWords ?? []),
    clauseBreaks: lower(r.clauseBreaks),
    partitives: lower(r.partitives),
    partitivePreposition: r.partitivePreposition?.toLowerCase() ?? null,
    titleLinks: lower(r.titleLinks ?? []),
    initialsCues: lower(inst.initialsCues ?? []),
    partnerPreps: lower(r.partnerPrepositions ?? []),
    symTopicPreps: lower(r.symTopicPrepositions ?? []),
    quantityPhrases: (r.quantityPhrases ?? []).map((q) => q.toLowerCase().split(' ')).sort((a, b) => b.length - a.length),
    conditionals: lower(r.conditionals),
    timeClauses: lower(r.timeClauses ?? []),
    sayerSide: lower(r.sayerSide),
    reportingVerbs: lower(speech.reportingVerbs?.words),
    asideCues: new Set([...lower(speech.reportingVerbs?.words), ...lower(speech.afterCues?.words)]),
    reportingGap: lower([...(speech.subject?.adverbs ?? []), ...r.complementizers]),
    relativizers: lower(r.relativizers),
    complementizers: lower(r.complementizers),
    objectControl: lower(r.objectControl),
    freeRelatives: lower(r.freeRelatives),
    bareVerbs: lower(r.bareVerbs),
    purposeOfSubject: lower(r.purposeOfSubject),
    subjectControl: lower(r.subjectControl),
    copulas: lower(r.copulas),
    relativePassivePrefixes: r.relativePassivePrefixes ?? [],
    thirdPronouns: lower(r.pronouns.third),
    firstPronouns: lower(r.pronouns.first),
    pluralPronouns: lower(r.pronouns.plural),
    enclitic: r.possessiveEnclitic,
    verbPrefixes: [...r.verbPrefixes].sort((a, b) => b.length - a.length),
    verbSuffixes: r.verbSuffixes ?? [],
    verbs: lower(r.verbs),
    possessorBefore: r.possessorBefore ?? false,
    reducedRelatives: r.reducedRelatives ?? false,
    anaphoraAfterNoun: lower(r.anaphoraAfterNoun ?? []),
    subjectAdverbs: lower(r.subjectAdverbs ?? []),
    modifierLinks: lower(r.modifierLinks ?? []),
    actNouns: lower(r.actNouns ?? []),
    judgedAs: lower(r.judgedAs ?? []),
    anaphoraBeforeNoun: lower(r.anaphoraBeforeNoun ?? []),
    pairSubjects: byLastWord(r.pairSubjects ?? []),
    breakAdjectives: lower(r.breakAdjectives ?? []),
    lawWords: lower(r.lawWords ?? []),
    determiners: lower(r.determiners ?? []),
    topicVerbs: lower(r.topicVerbs ?? []),
    citizenNames: lower(r.citizenNames ?? []),
    kinWords: lower(r.kinWords ?? []),
    kinLinks: lower(r.kinLinks ?? []),
    groupPairSubjects: new Set((r.groupPairSubjects ?? []).map((p) => p.toLowerCase().split(/\s+/).join(' '))),
    verbMinLength: r.verbMinLength,
    notVerbs: lower(r.notVerbs),
    supportVerbs: lower(r.supportVerbs),
    receiveVerbs: lower(r.receiveVerbs),
    comitatives: lower(r.comitatives),
    victimPredicates: lower(r.victimPredicates),
    victimLinks: lower(r.victimLinks),
    controlVerbs: lower(r.controlVerbs),
    frameWords: lower(r.frameWords),
    modifierParticiples: lower(r.modifierParticiples ?? []),
    nounDeterminers: lower(r.nounDeterminers),
    sharedSubjectSuffix: r.sharedSubjectSuffix?.toLowerCase() ?? null,
    gerundSubjectPreps: lower(r.gerundSubjectPrepositions ?? []),
    sharedSubjectPrefix: r.sharedSubjectPrefix?.toLowerCase() ?? null,
    groupPlacePreps: lower(r.groupPlacePrepositions),
    vagueQuantities: lower(r.vagueQuantities),
    passiveAux: lower(r.passiveAuxiliaries),
    existentials: lower(r.existentials),
    statesRoles: new Set(r.statesRoles),
    groupRoles: roles,
    groupRolesMaxWords: Math.max(0, ...[...roles.keys()].map((k) => k.split(' ').length)),
    groupRolesSide: r.groupRolesSide ?? 'before',
    groupActors,
    groupActorFirst: new Set(groupFirstWords),
    groupActorKeys: groupKeys(groupFirstWords),
    groupActorsMaxWords: Math.max(0, ...[...groupActors.keys()].map((k) => k.split(' ').length)),
    groupOwners: lower(r.groupOwners),
    groupForeign: lower(r.groupForeign ?? []),
    groupClassifiers: lower(r.groupClassifiers ?? []),
    groupClassifierLinks: lower(r.groupClassifierLinks ?? []),
    groupAsWords: lower(r.groupAsWords ?? []),
    groupLocalAfter: lower(r.groupLocalAfter ?? []),
    groupLocalBefore: lower(r.groupLocalBefore ?? []),
    groupOriginPreps: lower(r.groupOriginPrepositions ?? []),
    groupPronouns: lower(r.groupPronouns),
    defaultCountry,
    possessiveMarkers: cliticForms(lang),
    requireSourceActorCode: r.requireSourceActorCode ?? false,
    placeAsTargetRoots: new Set(r.placeAsTargetRoots ?? []),
    siteWords: lower(r.siteWords ?? []),
    timeNotEventDate: lower(r.timeNotEventDate),
    yearDateWords: lower(r.yearDateWords),
    timeFrameMaxExtraWords: r.timeFrameMaxExtraWords ?? 3,
    maxGap: r.maxGap,
    maxTargetDistance: r.maxTargetDistance,
    genitiveWindow: r.genitiveWindow,
    modality: {
      window: m.window,
      scopeBreaks: lower(m.scopeBreaks ?? []),
      allegedNear: lower(m.alleged.near),
      allegedGoverning: lower(m.alleged.governing),
      negatedNear: lower(m.negated.near),
      negatedGoverning: lower(m.negated.governing),
      negatedExceptions: exceptions,
      negatedPrepositions: lower(m.negated.prepositions ?? []),
      futureNear: lower(m.future.near),
      futureGoverning: lower(m.future.governing),
      purpose: lower(m.future.purpose),
      directives: lower(m.future.directives),
      directiveWindow: m.future.directiveWindow ?? 6,
      purposeNouns: lower(m.future.purposeNouns ?? []),
    },
  };
}

/** A word's first letter and length, in 10 bits: a cheap filter before a set lookup. */
export function groupKey(w: string): number {
  return ((w.charCodeAt(0) & 31) << 5) | (w.length & 31);
}

function groupKeys(words: string[]): Uint8Array {
  const keys = new Uint8Array(1024);
  for (const w of words) keys[groupKey(w)] = 1;
  return keys;
}

const cache = new Map<string, Cues>();

export function cues(lang: string): Cues {
  let c = cache.get(lang);
  if (!c) {
    c = compileCues(
      lang,
      langJson<RolesData>(lang, 'event-roles.json'),
      langJson<ModalityData>(lang, 'event-modality.json'),
      langJson<InstitutionData>(lang, 'entities.json'),
      langJson<SpeechData>(lang, 'quotes.json'),
      langJson<{ defaultCountry?: string | null }>(lang, 'roles.json').defaultCountry ?? null,
    );
    cache.set(lang, c);
  }
  return c;
}

const LOWER_LETTERS = /^\p{Ll}+$/u;

/** The word is in `words` as it stands or without the language's enclitic ("putranya": "putra"). */
export function inWithEnclitic(c: Cues, words: ReadonlySet<string>, lowerWord: string): boolean {
  return words.has(lowerWord) || (!!c.enclitic && lowerWord.endsWith(c.enclitic) && words.has(lowerWord.slice(0, -c.enclitic.length)));
}

/** A predicate by its shape: a verbal prefix (meN-, di-, ber- …) or suffix, and not a known non-verb. */
export function isVerbLike(c: Cues, lowerWord: string): boolean {
  if (c.verbs.has(lowerWord)) return true;
  // (a non-verb with its enclitic is none either: "dirinya", "direkturnya")
  if (lowerWord.length < c.verbMinLength || inWithEnclitic(c, c.notVerbs, lowerWord)) return false;
  if (!LOWER_LETTERS.test(lowerWord)) return false;
  for (const p of c.verbPrefixes) if (lowerWord.startsWith(p)) return true;
  for (const s of c.verbSuffixes) if (lowerWord.endsWith(s)) return true;
  return false;
}
