/**
 * Language data (lang/<code>/*.json|txt): loaded once per process and cached.
 * Algorithms ask for data by language and file name; they never hold word lists themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';

/** Languages whose data Warta carries. */
export const DATA_LANGS = ['id', 'en'] as const;
export type DataLang = (typeof DATA_LANGS)[number];

const cache = new Map<string, unknown>();

export function hasLangFile(lang: string, file: string): boolean {
  return existsSync(dataPath('lang', lang, file));
}

export function langJson<T>(lang: string, file: string): T {
  const key = `${lang}/${file}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(dataPath('lang', lang, file), 'utf8')) as T);
  return cache.get(key) as T;
}

/** A list file: one entry a line; blank lines and lines starting with # are skipped. */
export function langLines(lang: string, file: string): string[] {
  const key = `${lang}/${file}#lines`;
  if (!cache.has(key)) {
    const lines = readFileSync(dataPath('lang', lang, file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    cache.set(key, lines);
  }
  return cache.get(key) as string[];
}

/**
 * The clitics the tokenizer splits off the end of a word (clitics.txt: English "'s"), lower case and
 * written with the ASCII apostrophe; none for a language without the file.
 */
export function clitics(lang: string): string[] {
  return hasLangFile(lang, 'clitics.txt') ? langLines(lang, 'clitics.txt').map((c) => c.toLowerCase()) : [];
}

/** The same clitics as tokens may read them: lower case, with either apostrophe ("'s", "’s"). */
export function cliticForms(lang: string): Set<string> {
  return new Set(clitics(lang).flatMap((c) => [c, c.replace(/'/g, '’')]));
}

/** The data language to use for a detected language: Malay reads best with Indonesian data. */
export function dataLangFor(lang: string): DataLang {
  return lang === 'en' ? 'en' : 'id';
}
