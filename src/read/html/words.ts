/**
 * The language data the HTML reader needs (lang/<code>/web.json, plus the credit labels of
 * lang/<code>/article.json), for every language Warta carries, compiled once.
 */
import { DATA_LANGS, langJson } from '../../lang/data.js';
import { wordAlternation } from '../../util/regex.js';
import type { CreditRole } from '../../article/patterns.js';

export type MarkupRole = CreditRole | 'ignore';

interface WebFile {
  creditLabels: Record<MarkupRole, string[]>;
  relatedHeadings: string[];
  captionCredits: string[];
  timeZones: Record<string, string>;
  timeWords: string[];
  datePrefixes?: string[];
  scriptShell: string[];
  nameParticles: string[];
  organisationWords: string[];
  contactLabels: string[];
  listWords: string[];
}
interface ArticleFile {
  credits: Record<CreditRole, string[]>;
  related: string[];
}

export interface WebWords {
  /** lower-case label → role */
  labelRole: Map<string, MarkupRole>;
  /** `Label: value`, `Label : value`; `Oleh Name`, `By Name` — group 1 or 2 the label, group 3 the value */
  creditLine: RegExp;
  /** a label alone, with or without a colon */
  labelOnly: RegExp;
  /** a related-links heading alone (`Baca Juga`, `Jangan Lewatkan!!!`) */
  relatedHeading: RegExp;
  /** `Baca juga: title` — group 1 the title */
  relatedLine: RegExp;
  /** a photo credit closing a caption: `(Foto: X)`, `Foto: X`, `(ANTARA FOTO/X)` */
  captionEnd: RegExp;
  zones: Map<string, string>;
  timeWords: string[];
  datePrefixes: string[];
  scriptShell: RegExp;
  /** lower-case words allowed inside names (`dan`, `bin`, `van`) */
  nameParticles: Set<string>;
  /** a word that makes an author field an organisation (`PT`, `Media`, `Network`) */
  organisation: RegExp;
  /** what separates names in a list: `,` `;` `/` `&` and the list words (`dan`, `and`) */
  nameSeparator: RegExp;
  /** `KONTAK: info@…`: a press-release contact line (label, then an address or number) */
  contactLine: RegExp;
  /** the related label each language writes in front of a related headline */
  relatedLabel: Record<string, string>;
  /** the credit label each language writes in front of names, per role */
  creditLabel: Record<string, Record<CreditRole, string>>;
}

let compiled: WebWords | null = null;

export function webWords(): WebWords {
  if (compiled) return compiled;
  const labelRole = new Map<string, MarkupRole>();
  const related: string[] = [];
  const headings: string[] = [];
  const captions: string[] = [];
  const zones = new Map<string, string>();
  const timeWords: string[] = [];
  const prefixes: string[] = [];
  const shell: string[] = [];
  const particles = new Set<string>();
  const orgWords: string[] = [];
  const contacts: string[] = [];
  const listWords: string[] = [];
  const relatedLabel: Record<string, string> = {};
  const creditLabel: Record<string, Record<CreditRole, string>> = {};
  for (const lang of DATA_LANGS) {
    const web = langJson<WebFile>(lang, 'web.json');
    const art = langJson<ArticleFile>(lang, 'article.json');
    for (const [role, labels] of Object.entries(art.credits) as [CreditRole, string[]][]) {
      for (const l of labels) if (!labelRole.has(l.toLowerCase())) labelRole.set(l.toLowerCase(), role);
    }
    for (const [role, labels] of Object.entries(web.creditLabels) as [MarkupRole, string[]][]) {
      for (const l of labels) labelRole.set(l.toLowerCase(), role);
    }
    related.push(...art.related);
    headings.push(...web.relatedHeadings, ...art.related);
    captions.push(...web.captionCredits);
    for (const [k, v] of Object.entries(web.timeZones)) zones.set(k.toLowerCase(), v);
    timeWords.push(...web.timeWords);
    prefixes.push(...(web.datePrefixes ?? []));
    shell.push(...web.scriptShell);
    for (const p of web.nameParticles) particles.add(p.toLowerCase());
    orgWords.push(...web.organisationWords);
    contacts.push(...web.contactLabels);
    listWords.push(...web.listWords);
    relatedLabel[lang] = art.related[0]!;
    creditLabel[lang] = {
      reporter: art.credits.reporter[0]!,
      editor: art.credits.editor[0]!,
      source: art.credits.source[0]!,
      translator: art.credits.translator[0]!,
    };
  }
  const labels = wordAlternation(labelRole.keys());
  const byLabels = wordAlternation([...labelRole.keys()].filter((l) => /(?:^|\s)(?:by|oleh)$/.test(l)));
  compiled = {
    labelRole,
    creditLine: new RegExp(`^(?:(${labels})\\s*[:：]\\s*|(${byLabels})\\s+(?=\\p{Lu}))(\\S.{0,150})$`, 'iu'),
    labelOnly: new RegExp(`^(${labels})\\s*[:：]?$`, 'iu'),
    relatedHeading: new RegExp(`^(?:${wordAlternation(headings)})\\s*[:：!.]*$`, 'iu'),
    relatedLine: new RegExp(`^(?:${wordAlternation(related)})\\s*[:：]\\s*(\\S.*)$`, 'iu'),
    captionEnd: new RegExp(
      `(?:\\((?:${wordAlternation(captions)})\\s*[:/]?[^()]{0,80}\\)|(?:${wordAlternation(captions)})\\s*:\\s*[^.:]{1,60})\\.?\\s*$`,
      'iu',
    ),
    zones,
    timeWords,
    datePrefixes: prefixes,
    scriptShell: new RegExp(wordAlternation(shell), 'iu'),
    nameParticles: particles,
    nameSeparator: new RegExp(`\\s*(?:[,;/&|]|\\s+(?:${wordAlternation(listWords)})\\s+)\\s*`, 'iu'),
    contactLine: new RegExp(`^(?:${wordAlternation(contacts)})\\s*[:：]\\s*.{0,80}(?:@|https?:|www\\.|\\+?\\d[\\d ()-]{6,})`, 'iu'),
    organisation: new RegExp(`(?<![\\p{L}])(?:${wordAlternation(orgWords)})(?![\\p{L}])`, 'u'),
    relatedLabel,
    creditLabel,
  };
  return compiled;
}
