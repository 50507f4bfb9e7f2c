/** The HTML reader: a saved or fetched page → one document (or the reason there is none). */
import type { InputDoc, ReadItem } from '../types.js';
import { idFromPath, idFromText } from '../ids.js';
import { detectLanguage, loadLanguageIdentifier } from '../../langid/detect.js';
import { extractPage, type Page, PageError } from './page.js';

export interface HtmlReadOptions {
  /** the address the page was fetched from */
  url?: string | null;
  /** the HTTP Content-Type header */
  contentType?: string | null;
}

/** The document a page gives: its text, headline, address and date; credits ride in the text. */
export function pageDoc(page: Page, origin: string, id: string): InputDoc {
  const names = (role: string): string[] => page.credits.filter((c) => c.role === role).map((c) => c.value);
  const authors = names('reporter');
  const editors = names('editor');
  return {
    id,
    text: page.text,
    title: page.title,
    url: page.url,
    published: page.published,
    lang: null,
    origin,
    warnings: page.warnings,
    found: { ...(authors.length ? { authors } : {}), ...(editors.length ? { editors } : {}) },
  };
}

export async function readHtml(bytes: Uint8Array, origin: string, fromFile: boolean, opts: HtmlReadOptions = {}): Promise<ReadItem[]> {
  await loadLanguageIdentifier();
  let page: Page;
  try {
    page = extractPage(bytes, {
      url: opts.url ?? null,
      contentType: opts.contentType ?? null,
      detectLang: (text) => detectLanguage(text),
    });
  } catch (e) {
    if (e instanceof PageError) return [{ ok: false, origin, message: e.message }];
    throw e;
  }
  return [{ ok: true, doc: pageDoc(page, origin, fromFile ? idFromPath(origin) : idFromText(page.text)) }];
}
