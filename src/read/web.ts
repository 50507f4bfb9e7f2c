/**
 * The web readers (HTML pages, feeds, URLs), plugged into sources.ts. They load on first use:
 * reading a text file never pays for the HTML parser, and nothing touches the network unless a
 * URL was given.
 */
import type { ExtraReaders } from './sources.js';

export const webReaders: ExtraReaders = {
  html: async (bytes, origin, fromFile) => (await import('./html/index.js')).readHtml(bytes, origin, fromFile),
  feed: async function* (bytes, origin, opts) {
    const [{ readFeed }, { fetchPage }] = await Promise.all([import('./feed.js'), import('./url.js')]);
    yield* readFeed(bytes, origin, { ...opts, fetchPage: (link) => fetchPage(link, opts) });
  },
  url: async function* (url, opts) {
    yield* (await import('./url.js')).readUrl(url, opts);
  },
};
