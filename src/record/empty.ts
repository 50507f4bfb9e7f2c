/** An empty `meta` layer over a body range: for stage inputs built outside the pipeline (evaluation, tests). */
import type { Meta, Range } from './schema.js';

export function emptyMeta(body: Range): Meta {
  return {
    title: null,
    url: null,
    published: null,
    publishedSource: null,
    dateline: null,
    credits: { source: [], reporter: [], translator: [], editor: [], copyright: null },
    related: [],
    body,
  };
}
