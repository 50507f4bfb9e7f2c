/**
 * Expands a root into its inflected word forms by the affix templates of a language
 * (lang/<code>/morphology.json): Indonesian meN-/peN- with nasal assimilation (tangkap →
 * menangkap, penangkapan; kritik → mengkritik; bom → mengebom), ber-/ter-/per- before r,
 * enclitic -nya; English -s/-ed/-ing with the usual spelling changes. Each form carries the
 * voice that role assignment needs (active, passive, noun, nounP, participle).
 */
import { langJson } from '../lang/data.js';

export type Voice = 'active' | 'passive' | 'noun' | 'nounP' | 'participle';

export interface Affix {
  prefix?: string;
  suffix?: string;
  /** double the root's last consonant before the suffix (ban → banned) */
  double?: boolean;
  voice: Voice;
}

export interface MorphologyData {
  nasal?: { rules: { match: string; nasal: string; drop: number }[]; monosyllable?: string };
  prefixRules?: Record<string, { match: string; prefix: string }[]>;
  templates: Record<string, Affix | Affix[]>;
  enclitics?: string[];
  spelling?: { eDrop?: boolean; yToI?: boolean; sibilantEs?: boolean };
}

export interface WordForm {
  form: string;
  voice: Voice;
  /** carries a possessive/agent enclitic (-nya) */
  enclitic: boolean;
  /** a verb form that the root's noun template also makes ("attack", "attacks"): the context decides */
  alsoNoun?: boolean;
}

interface Compiled {
  data: MorphologyData;
  nasal: { re: RegExp; nasal: string; drop: number }[];
  prefixRules: Map<string, { re: RegExp; prefix: string }[]>;
}

/** Vowel letters: a root with one is a monosyllable (bom, cek); two side by side are two syllables (na-ik, ju-al, ma-af). */
const VOWELS = /[aiueo]/g;

export class Morphology {
  private readonly c: Compiled;

  constructor(data: MorphologyData) {
    this.c = {
      data,
      nasal: (data.nasal?.rules ?? []).map((r) => ({ re: new RegExp(r.match, 'u'), nasal: r.nasal, drop: r.drop })),
      prefixRules: new Map(
        Object.entries(data.prefixRules ?? {}).map(([p, rules]) => [
          p,
          rules.map((r) => ({ re: new RegExp(r.match, 'u'), prefix: r.prefix })),
        ]),
      ),
    };
  }

  /** Enclitics the language adds to words (Indonesian -nya), for literal words of patterns too. */
  get enclitics(): readonly string[] {
    return this.c.data.enclitics ?? [];
  }

  hasTemplate(name: string): boolean {
    return Object.hasOwn(this.c.data.templates, name);
  }

  /** All forms of `root` under the named templates (unknown template names throw). */
  expand(root: string, templates: string[]): WordForm[] {
    const out = new Map<string, WordForm>();
    const r = root.toLowerCase();
    for (const name of templates) {
      const t = this.c.data.templates[name];
      if (!t) throw new Error(`unknown affix template "${name}"`);
      for (const affix of Array.isArray(t) ? t : [t]) {
        const stem = this.prefix(affix.prefix ?? '', r);
        const form = this.suffix(affix.double ? stem + stem.slice(-1) : stem, affix.suffix ?? '');
        const had = out.get(form);
        if (!had) out.set(form, { form, voice: affix.voice, enclitic: false });
        else if (affix.voice === 'noun' && had.voice === 'active') had.alsoNoun = true;
        // an irregular past written as its participle ("shot", "sent": A and P) is read from its context
        // as a participle is: passive after a form of "be", else active
        else if (affix.voice === 'participle' && had.voice === 'active') had.voice = 'participle';
        for (const e of this.c.data.enclitics ?? []) {
          const f = form + e;
          if (!out.has(f)) out.set(f, { form: f, voice: affix.voice, enclitic: true });
        }
      }
    }
    return [...out.values()];
  }

  private prefix(p: string, root: string): string {
    if (p === '') return root;
    if (p.endsWith('N')) {
      const stem = p.slice(0, -1);
      const mono = this.c.data.nasal?.monosyllable;
      if (mono && (root.match(VOWELS)?.length ?? 0) === 1) return stem + mono + root;
      for (const rule of this.c.nasal) {
        if (rule.re.test(root)) return stem + rule.nasal + root.slice(rule.drop);
      }
      return stem + root;
    }
    for (const rule of this.c.prefixRules.get(p) ?? []) {
      if (rule.re.test(root)) return rule.prefix + root;
    }
    return p + root;
  }

  private suffix(stem: string, s: string): string {
    if (s === '') return stem;
    const sp = this.c.data.spelling ?? {};
    let base = stem;
    if (sp.yToI && /[^aeiou]y$/.test(base) && (s === 's' || s === 'ed')) return base.slice(0, -1) + (s === 's' ? 'ies' : 'ied');
    if (sp.sibilantEs && s === 's' && /(s|x|z|ch|sh)$/.test(base)) return base + 'es';
    if (sp.eDrop && base.endsWith('e') && /^[aeiouy]/.test(s)) {
      // A final e meets the suffix's e once (agree → agreed, free → freed); before another vowel a silent
      // e drops (accuse → accusing) but not after e, o or y (agreeing, hoeing, dyeing), and ie becomes y (dying).
      if (s.startsWith('e')) base = base.slice(0, -1);
      else if (base.endsWith('ie') && s === 'ing') base = base.slice(0, -2) + 'y';
      else if (!/[eoy]e$/.test(base)) base = base.slice(0, -1);
    }
    return base + s;
  }
}

const cache = new Map<string, Morphology>();

export function morphology(lang: string): Morphology {
  let m = cache.get(lang);
  if (!m) {
    m = new Morphology(langJson<MorphologyData>(lang, 'morphology.json'));
    cache.set(lang, m);
  }
  return m;
}
