import { describe, expect, it } from 'vitest';
import { NerModel } from '../../../src/entities/tagger/model.js';
import { ModelTagger } from '../../../src/entities/tagger/tagger.js';
import { EntityScorer } from '../../../src/entities/tagger/metrics.js';
import { toyCorpora, trainToy } from './toy.js';

describe('training and the model file', () => {
  it('is deterministic: same data and seed give the same bytes', () => {
    const a = trainToy(3, 2).toBuffer();
    const b = trainToy(3, 2).toBuffer();
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('learns the toy corpora', () => {
    const model = trainToy();
    const tagger = new ModelTagger(model, 'idner');
    const s = new EntityScorer();
    for (const sent of toyCorpora()[0].sentences) s.add(sent.labels!, tagger.tagIds(sent.words));
    expect(s.overall().f1).toBeGreaterThan(0.9);
  });

  it('survives a save/load round trip: same tags, same bytes', () => {
    const model = trainToy();
    const bytes = model.toBuffer();
    const loaded = NerModel.fromBuffer(bytes);
    expect(Buffer.compare(loaded.toBuffer(), bytes)).toBe(0);
    expect(loaded.info).toEqual(model.info);
    for (const domain of [null, 'idner', 'nerui', 'nergrit']) {
      const a = new ModelTagger(model, domain);
      const b = new ModelTagger(loaded, domain);
      for (const c of toyCorpora()) for (const s of c.sentences) expect(b.tag(s.words)).toEqual(a.tag(s.words));
    }
  });

  it('tags unseen text with legal BIO sequences, and empty input with nothing', () => {
    const tagger = new ModelTagger(trainToy());
    const tags = tagger.tag(['Kemarin', 'Wulandani', 'Prakoso', 'tiba', 'di', 'Rantau', 'Hijau', '.']);
    expect(tags).toHaveLength(8);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) expect(tags[i - 1].slice(2)).toBe(t.slice(2));
    });
    expect(tagger.tag([])).toEqual([]);
  });

  it('rejects files that are not models', () => {
    expect(() => NerModel.fromBuffer(Buffer.from('not a model at all'))).toThrow(/not a Warta NER model/);
  });
});
