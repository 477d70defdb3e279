import { describe, expect, it } from '@jest/globals';
import { SearchConfig } from '@forum/api/platform';
import { postsEmbedder, postsIndex, postsIndexFor } from './posts.index.js';

describe('posts index definition', () => {
  it('has no embedder unless the operator configured one', () => {
    expect(postsIndexFor(new SearchConfig('http://meili', undefined, ''))).toBe(postsIndex);
    expect(postsIndex.settings.embedders).toBeUndefined();
  });

  it("adds the operator's embedder, with a template of title and question unless it has one", () => {
    const embedder = {
      source: 'ollama' as const,
      url: 'http://ollama:11434/api/embeddings',
      model: 'm',
    };
    const definition = postsIndexFor(
      new SearchConfig('http://meili', undefined, '', { embedder, ratio: 0.5 }),
    );
    expect(definition.settings.embedders).toEqual({
      [postsEmbedder]: { ...embedder, documentTemplate: expect.stringContaining('{{doc.title}}') },
    });
    expect(definition.settings.rankingRules).toEqual(postsIndex.settings.rankingRules);
  });

  it('ranks by words and typos, then a chosen sort, then how well the solution is backed', () => {
    expect(postsIndex.settings.rankingRules?.slice(0, 4)).toEqual([
      'words',
      'typo',
      'sort',
      'helpfulness:desc',
    ]);
  });

  it('lets an English term find its German counterpart and a compound its parts', () => {
    const synonyms = postsIndex.settings.synonyms ?? {};
    expect(synonyms['invoice']).toEqual(expect.arrayContaining(['rechnung', 'rechnungen']));
    expect(synonyms['rechnungsnummer']).toEqual(expect.arrayContaining(['rechnung nummer']));
    expect(synonyms['passwort']).toEqual(expect.arrayContaining(['password', 'kennwort']));
  });
});
