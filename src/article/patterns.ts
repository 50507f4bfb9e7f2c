/** The newsroom conventions of lang/<code>/article.json, compiled once into regular expressions. */
import { DATA_LANGS, langJson } from '../lang/data.js';
import { wordAlternation } from '../util/regex.js';

interface ArticleFile {
  credits: Record<CreditRole, string[]>;
  related: string[];
  copyright: string[];
  boilerplate: string[];
  notes?: string[];
  signoff: string;
  agencies: string[];
}

export type CreditRole = 'source' | 'reporter' | 'translator' | 'editor';
export const CREDIT_ROLES: CreditRole[] = ['source', 'reporter', 'translator', 'editor'];

export interface ArticlePatterns {
  /** `Label: value` or `Label by value` at the start of a line; group 1 label, group 2 value. */
  credit: RegExp;
  labelRole: Map<string, CreditRole>;
  /** `Baca juga: title` — group 1 the title. */
  related: RegExp;
  /** `Copyright © holder year` — group 1 the rest of the line. */
  copyright: RegExp;
  boilerplate: RegExp;
  /** provenance notes after the body (`Artikel ini pertama kali terbit …`) */
  notes: RegExp;
  /** `(abc/def)` at the end of a line — group 1 the initials. */
  signoffAtEnd: RegExp;
  signoffLine: RegExp;
  agencies: Set<string>;
}

const alternation = wordAlternation;

let compiled: ArticlePatterns | null = null;

/** Patterns of every language Warta has data for: credit labels do not depend on the article's language. */
export function articlePatterns(): ArticlePatterns {
  if (compiled) return compiled;
  const files = DATA_LANGS.map((l) => langJson<ArticleFile>(l, 'article.json'));
  const labelRole = new Map<string, CreditRole>();
  const labels: string[] = [];
  for (const f of files) {
    for (const role of CREDIT_ROLES) {
      for (const label of f.credits[role]) {
        labelRole.set(label.toLowerCase().replace(/\s+/g, ' '), role);
        labels.push(label);
      }
    }
  }
  const byLabels = labels.filter((l) => / (?:by|oleh)$/i.test(l));
  const colonLabels = labels.filter((l) => !/ (?:by|oleh)$/i.test(l));
  compiled = {
    credit: new RegExp(
      `^(?:(${alternation(colonLabels)})\\s*[:：]\\s*|(${alternation(byLabels)})\\s+)(\\S.*)$`,
      'iu',
    ),
    labelRole,
    related: new RegExp(`^(?:${alternation(files.flatMap((f) => f.related))})\\s*[:：]\\s*(\\S.*)$`, 'iu'),
    copyright: new RegExp(`^(?:(?:${alternation(files.flatMap((f) => f.copyright))})\\b\\s*|©\\s*|\\(c\\)\\s*)(.*)$`, 'iu'),
    boilerplate: new RegExp(`^(?:${[...new Set(files.flatMap((f) => f.boilerplate))].join('|')})$`, 'iu'),
    notes: new RegExp(`^(?:${files.flatMap((f) => f.notes ?? []).join('|') || '(?!)'})$`, 'iu'),
    signoffAtEnd: new RegExp(`\\s*${files[0]!.signoff}\\s*$`, 'u'),
    signoffLine: new RegExp(`^${files[0]!.signoff}$`, 'u'),
    agencies: new Set(files.flatMap((f) => f.agencies).map((a) => a.toLowerCase())),
  };
  return compiled;
}
