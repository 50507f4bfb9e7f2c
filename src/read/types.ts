/** What every reader produces: one input document, before analysis. */
export interface InputDoc {
  /** Record id: the input record's id; for a file, its name without extension; else derived from the text. */
  id: string;
  text: string;
  title: string | null;
  url: string | null;
  /** Publication date given by the caller (ISO 8601), or null. */
  published: string | null;
  /** Language given by the caller, or null to detect. */
  lang: string | null;
  /** Where it came from, for messages: a path, `path:line`, `-` or a URL. */
  origin: string;
  /** What the reader had to do or could not do (truncation, charset), carried into the record. */
  warnings: string[];
  /** Metadata a structured reader (HTML page, feed) already found; the article stage keeps it. */
  found?: FoundMeta;
}

/** Metadata read from markup rather than from the text itself. */
export interface FoundMeta {
  authors?: string[];
  editors?: string[];
  publishedSource?: 'text';
}

/** A reader yields documents, or failures that name where and what, and the batch goes on. */
export type ReadItem = { ok: true; doc: InputDoc } | { ok: false; origin: string; message: string };
