/**
 * The one place that knows the order of the stages:
 * read → article → segment → entities → times → quotes → events → record.
 * An analysis is a pure function of (input, knowledge base, models, options).
 */
import type { AnalysisRecord, Meta } from './record/schema.js';
import { SCHEMA_ID } from './record/constants.js';
import type { InputDoc } from './read/types.js';
import { readStructure } from './article/structure.js';
import { decidePublished } from './article/published.js';
import { segment } from './segment/sentences.js';
import { detectLanguage, loadLanguageIdentifier } from './langid/detect.js';
import { dataLangFor } from './lang/data.js';
import type { StageInput } from './stage.js';
import { createEntityStage } from './entities/index.js';
import { createTimeStage } from './times/index.js';
import { createQuoteStage } from './quotes/index.js';
import { createEventStage } from './events/index.js';

export interface AnalyzeOptions {
  /** language to assume instead of detecting it */
  lang?: string | null;
  /** publication date to assume when the input has none */
  published?: string | null;
  /** longer texts are cut (at a paragraph break) to this many characters, with a warning */
  maxChars?: number;
  /**
   * When given, each analysis adds the milliseconds it spent in each stage here (for `warta bench`).
   * Off by default: then no clock is read. "read" counts the truncation and language detection.
   */
  timings?: StageTimings;
}

/** The stages in their order, as `warta bench` reports them ("read" is also the readers' own time). */
export const STAGES = ['read', 'article', 'segment', 'entities', 'times', 'quotes', 'events'] as const;
export type StageName = (typeof STAGES)[number];
export type StageTimings = Record<StageName, number>;

export function emptyTimings(): StageTimings {
  return { read: 0, article: 0, segment: 0, entities: 0, times: 0, quotes: 0, events: 0 };
}

export const DEFAULT_MAX_CHARS = 1_000_000;

export interface Analyzer {
  analyze(input: InputDoc): AnalysisRecord;
}

/** Cuts an over-long text at the last paragraph (or sentence, or space) break before the limit. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const floor = Math.floor(max * 0.8);
  for (const sep of ['\n', '. ', ' ']) {
    const k = text.lastIndexOf(sep, max - 1);
    if (k >= floor) return text.slice(0, k + (sep === '\n' ? 0 : 1));
  }
  // Never cut a surrogate pair in half.
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** Loads models and language data once; then analyze() is synchronous. */
export async function createAnalyzer(options: AnalyzeOptions = {}): Promise<Analyzer> {
  const [, entities, times, quotes, events] = await Promise.all([
    loadLanguageIdentifier(),
    createEntityStage(),
    createTimeStage(),
    createQuoteStage(),
    createEventStage(),
  ]);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const clock = options.timings;
  let t = 0;
  /** Adds the time since the last lap to a stage (only when timings were asked for). */
  const lap = (stage: StageName): void => {
    const now = performance.now();
    clock![stage] += now - t;
    t = now;
  };
  return {
    analyze(input: InputDoc): AnalysisRecord {
      if (clock) t = performance.now();
      const warnings = [...input.warnings];
      let source = input.text;
      if (source.length > maxChars) {
        warnings.push(`text of ${source.length} characters cut to the first ${maxChars} (the maximum document size)`);
        source = truncate(source, maxChars);
      }
      const lang = options.lang ?? input.lang ?? detectLanguage(source);
      const dataLang = dataLangFor(lang);
      if (clock) lap('read');

      const structure = readStructure(source, { title: input.title });
      const text = structure.text;
      const bodyText = text.slice(structure.body.start, structure.body.end);
      if (structure.body.end <= structure.body.start) warnings.push('no article body found');
      // A date a page states in its markup is read in the text, not given by the caller.
      const pageDate = input.found?.publishedSource === 'text' ? input.published : null;
      const published = decidePublished(
        pageDate ? null : (input.published ?? options.published ?? null),
        pageDate ?? structure.publishedInText,
        bodyText,
        structure.credits.copyright?.year ?? null,
        dataLang,
      );
      const meta: Meta = {
        title: input.title ?? structure.title,
        url: input.url,
        published: published.published,
        publishedSource: published.publishedSource,
        dateline: structure.dateline,
        credits: structure.credits,
        related: structure.related,
        body: structure.body,
      };
      if (clock) lap('article');
      const seg = segment(text, structure.body, dataLang);
      if (clock) lap('segment');
      const stage: StageInput = { id: input.id, lang, dataLang, text, meta, seg, entities: [], times: [], quotes: [] };
      stage.entities = entities(stage);
      if (clock) lap('entities');
      const timeLayer = times(stage);
      stage.times = timeLayer.times;
      if (timeLayer.published && (meta.publishedSource === null || meta.publishedSource === 'inferred')) {
        meta.published = timeLayer.published.published;
        meta.publishedSource = timeLayer.published.publishedSource;
      }
      if (clock) lap('times');
      stage.quotes = quotes(stage);
      if (clock) lap('quotes');
      const eventLayer = events(stage);
      if (clock) lap('events');
      return {
        schema: SCHEMA_ID,
        id: input.id,
        lang,
        text,
        meta,
        sentences: seg.sentences,
        entities: stage.entities,
        times: stage.times,
        quotes: stage.quotes,
        events: eventLayer,
        warnings,
      };
    },
  };
}
